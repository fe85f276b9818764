#include "store/AttachmentRepository.h"
#include "store/CenterAccountRepository.h"
#include "store/Database.h"
#include "store/IntakeRepository.h"
#include "store/Journal.h"
#include "store/KeyWrapRepository.h"
#include "store/Migrations.h"
#include "store/OnlineInboxRepository.h"
#include "store/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <sqlite3.h>

using namespace motcua;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pragmasAreSet();
    void openFailureIsStorageError();
    void foldFunction();
    void statementCacheReturnsSameStatement();
    void cachedReferencesSurviveManyStatements();
    void bindingRoundTrip();
    void nullStringBindsNull();
    void syntaxErrorGivesInvalidStatement();
    void constraintErrorIsStorageError();
    void transactionCommit();
    void transactionRollsBackOnDestruction();
    void nestedTransactionIsSavepoint();
    void unfinishedSelectDoesNotPinSnapshot();
    void queryResetsWhenItGoesOutOfScope();
    void queryPrepareErrorIsAResult();
    void repositoryPrepareErrorSaysWhatItWasDoing_data();
    void repositoryPrepareErrorSaysWhatItWasDoing();
    void journalWritesAuditAndOutbox();
    void checkpointsRunOffTheCommitPath();
    void idleCheckpointKeepsThePageCache();
    void killedDuringCheckpointLosesNothing();
    void nameIndexMergesBetweenSaves();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("test.db")); }
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

// A VFS over the default one that counts the writes to main database files, on the thread that
// installed it and on others. A commit in WAL mode writes only the WAL: a write to the database
// file itself is a checkpoint copying pages back. With killAtWrite set, the process kills itself
// (SIGKILL) at that write, in the middle of the checkpoint.
sqlite3_vfs* g_realVfs = nullptr;
sqlite3_vfs g_watchVfs;
sqlite3_io_methods g_watchMethods;
int (*g_realWrite)(sqlite3_file*, const void*, int, sqlite3_int64) = nullptr;
std::atomic<int> g_writesHere{0}, g_writesElsewhere{0}, g_killAtWrite{0};
std::thread::id g_watchedThread;

int watchWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    const bool here = std::this_thread::get_id() == g_watchedThread;
    (here ? g_writesHere : g_writesElsewhere).fetch_add(1);
    if (g_killAtWrite > 0 && g_writesHere + g_writesElsewhere >= g_killAtWrite)
        raise(SIGKILL);
    return g_realWrite(file, data, amount, offset);
}

int watchOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    const int rc = g_realVfs->xOpen(g_realVfs, name, file, flags, outFlags);
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_MAIN_DB) && file->pMethods) {
        if (!g_realWrite) {
            g_watchMethods = *file->pMethods;
            g_realWrite = g_watchMethods.xWrite;
            g_watchMethods.xWrite = &watchWrite;
        }
        file->pMethods = &g_watchMethods;
    }
    return rc;
}

// The watching VFS is the default while one of these lives.
struct WriteWatch
{
    WriteWatch()
    {
        g_realVfs = sqlite3_vfs_find(nullptr);
        g_watchVfs = *g_realVfs;
        g_watchVfs.zName = "motcua-write-watch";
        g_watchVfs.pNext = nullptr;
        g_watchVfs.xOpen = &watchOpen;
        sqlite3_vfs_register(&g_watchVfs, 1);
        g_watchedThread = std::this_thread::get_id();
        reset();
    }
    ~WriteWatch()
    {
        sqlite3_vfs_unregister(&g_watchVfs);
        sqlite3_vfs_register(g_realVfs, 1);
    }
    void reset()
    {
        g_writesHere = 0;
        g_writesElsewhere = 0;
        g_killAtWrite = 0;
    }
};

const QByteArray kRowBlob(9000, 'x'); // a row over three pages, so the WAL fills quickly

qint64 walFrames(const QString& databasePath)
{
    return (QFileInfo(databasePath + QStringLiteral("-wal")).size() - 32) / (4096 + 24);
}

} // namespace

void TestDatabase::checkpointsRunOffTheCommitPath()
{
    m_db.reset();
    const QString path = m_dir->filePath(QStringLiteral("wal.db"));
    WriteWatch watch;
    constexpr int kCommits = 3000; // over 12,000 pages through the WAL
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.execute(QStringLiteral("CREATE TABLE w (id INTEGER PRIMARY KEY, b BLOB)")));
        Statement& autoCheckpoint = db.prepare(QStringLiteral("PRAGMA wal_autocheckpoint"));
        QVERIFY(autoCheckpoint.next());
        QCOMPARE(autoCheckpoint.integer(0), 0); // SQLite's own, in the commit, is off
        autoCheckpoint.reset();
        watch.reset();
        qint64 largestWal = 0;
        auto commit = [&](int i) {
            Transaction tx(db);
            return db.prepare(QStringLiteral("INSERT INTO w (id, b) VALUES (?1, ?2)"))
                       .bind(1, i)
                       .bind(2, kRowBlob)
                       .exec() &&
                   tx.commit();
        };
        // Fewer pages than a RESTART waits for: no commit copied a page into the database file;
        // the checkpointer's thread did.
        constexpr int kBelowRestart = 600;
        for (int i = 1; i <= kBelowRestart; ++i) {
            QVERIFY(commit(i));
            largestWal = std::max(largestWal, walFrames(path));
        }
        QCOMPARE(g_writesHere.load(), 0);
        QVERIFY(g_writesElsewhere.load() > 0);
        const WalCheckpointer::Counts counts =
            WalCheckpointer::forFile(QFileInfo(path).canonicalFilePath(), {})->counts();
        QVERIFY2(counts.passive > 0, "no PASSIVE checkpoint ran");
        // Commits back to back outrun the PASSIVE checkpoints, and on a busy machine they may
        // keep even the RESTART from the lock: the WAL stays bounded all the same.
        for (int i = kBelowRestart + 1; i <= kCommits; ++i) {
            QVERIFY(commit(i));
            largestWal = std::max(largestWal, walFrames(path));
        }
        QVERIFY2(largestWal < WalCheckpointer::kWriterPages + 2 * WalCheckpointer::kPassivePages,
                 qPrintable(QStringLiteral("the WAL grew to %1 pages").arg(largestWal)));
    }
    Database reopened;
    QVERIFY(reopened.open(path));
    Statement& st = reopened.prepare(QStringLiteral("SELECT count(*), sum(length(b)) FROM w"));
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), qint64(kCommits));
    QCOMPARE(st.int64(1), qint64(kCommits) * kRowBlob.size());
    st.reset();
}

void TestDatabase::idleCheckpointKeepsThePageCache()
{
    const WalCheckpointer::Counts before =
        WalCheckpointer::forFile(QFileInfo(dbPath()).canonicalFilePath(), {})->counts();
    for (int i = 1; i <= 20; ++i)
        QVERIFY(
            m_db->prepare(QStringLiteral("INSERT INTO t (id, b) VALUES (?1, ?2)")).bind(1, i).bind(2, kRowBlob).exec());
    QVERIFY(walFrames(dbPath()) > 0);
    auto readAll = [this] {
        qint64 bytes = 0;
        Statement& st = m_db->prepare(QStringLiteral("SELECT b FROM t"));
        while (st.next())
            bytes += st.blob(0).size();
        return bytes;
    };
    QCOMPARE(readAll(), 20 * kRowBlob.size()); // every page in this connection's cache
    // Once no commit came for a while the checkpointer copies the WAL back...
    auto checkpoints = [this] {
        const WalCheckpointer::Counts c =
            WalCheckpointer::forFile(QFileInfo(dbPath()).canonicalFilePath(), {})->counts();
        return c.passive + c.restarted + c.truncated;
    };
    QTRY_VERIFY_WITH_TIMEOUT(checkpoints() > before.passive + before.restarted + before.truncated,
                             WalCheckpointer::kIdleMs + 5000);
    // ...without starting the WAL over, which would make this connection drop its page cache.
    int misses = 0, highest = 0;
    sqlite3_db_status(m_db->handle(), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 1);
    QCOMPARE(readAll(), 20 * kRowBlob.size());
    sqlite3_db_status(m_db->handle(), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 0);
    QCOMPARE(misses, 0);
}

void TestDatabase::killedDuringCheckpointLosesNothing()
{
    m_db.reset(); // no thread of this process while it forks
    const QString path = m_dir->filePath(QStringLiteral("killed.db"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.execute(QStringLiteral("CREATE TABLE w (id INTEGER PRIMARY KEY, b BLOB)")));
    }
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // Commits, and says which after each; killed at the 50th page a checkpoint copies.
        ::close(fds[0]);
        WriteWatch watch;
        g_killAtWrite = 50;
        Database db;
        if (!db.open(path))
            _exit(2);
        for (qint64 i = 1; i < 100000; ++i) {
            Transaction tx(db);
            if (!db.prepare(QStringLiteral("INSERT INTO w (id, b) VALUES (?1, ?2)"))
                     .bind(1, i)
                     .bind(2, kRowBlob)
                     .exec() ||
                !tx.commit())
                _exit(2);
            if (::write(fds[1], &i, sizeof i) != sizeof i)
                _exit(2);
        }
        _exit(3); // no checkpoint ran
    }
    ::close(fds[1]);
    qint64 committed = 0, id = 0;
    while (::read(fds[0], &id, sizeof id) == sizeof id)
        committed = id;
    ::close(fds[0]);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
             qPrintable(QStringLiteral("the child was not killed during a checkpoint (status %1)").arg(status)));
    QVERIFY2(committed >= 100, qPrintable(QString::number(committed)));

    Database db;
    QVERIFY(db.open(path));
    Statement& check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.next());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    check.reset();
    // Every commit the child saw succeed is there, whole.
    Statement& st = db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(length(b)), 0) FROM w WHERE id <= ?1"))
                        .bind(1, committed);
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), committed);
    QCOMPARE(st.int64(1), committed * kRowBlob.size());
    st.reset();
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(dbPath()));
    QVERIFY(m_db->execute(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, r REAL, "
                                         "b BLOB, u TEXT UNIQUE)")));
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestDatabase::count(const QString& table)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!st.next())
        return -1;
    const qint64 n = st.int64(0);
    st.reset();
    return n;
}

void TestDatabase::pragmasAreSet()
{
    auto pragma = [this](const QString& name) {
        Statement& st = m_db->prepare(QStringLiteral("PRAGMA ") + name);
        QString v;
        if (st.next())
            v = st.text(0);
        st.reset();
        return v;
    };
    QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(m_db->path(), dbPath());
}

void TestDatabase::openFailureIsStorageError()
{
    Database db;
    // A directory cannot be opened as a database file.
    const Status s = db.open(m_dir->filePath(QStringLiteral("missing-dir/sub/x.db")));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Storage);
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(!db.isOpen());
}

void TestDatabase::foldFunction()
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT fold(?1), fold(NULL)"));
    st.bind(1, QStringLiteral("Đặng Văn Đức"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("dang van duc"));
    QVERIFY(st.isNull(1));
    st.reset();
}

void TestDatabase::statementCacheReturnsSameStatement()
{
    const QString sql = QStringLiteral("SELECT name FROM t WHERE id = ?1");
    Statement& a = m_db->prepare(sql);
    sqlite3_stmt* handle = a.handle();
    Statement& b = m_db->prepare(sql);
    QCOMPARE(b.handle(), handle);
    QCOMPARE(&a, &b);
}

void TestDatabase::cachedReferencesSurviveManyStatements()
{
    Statement& insert = m_db->prepare(QStringLiteral("INSERT INTO t (name, n) VALUES (?1, ?2)"));
    sqlite3_stmt* handle = insert.handle();
    // Enough other statements to force the cache to grow several times.
    for (int i = 0; i < 300; ++i)
        QVERIFY(m_db->prepare(QStringLiteral("SELECT %1").arg(i)).isValid());
    QCOMPARE(insert.handle(), handle);
    QVERIFY(insert.bind(1, QStringLiteral("x")).bind(2, 1).exec());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestDatabase::bindingRoundTrip()
{
    const QByteArray blob("\x00\x01\xff", 3);
    const QDateTime when = QDateTime(QDate(2026, 2, 13), QTime(23, 30), Qt::UTC);
    Statement& ins = m_db->prepare(QStringLiteral("INSERT INTO t (name, n, r, b, u) VALUES (?1, ?2, ?3, ?4, ?5)"));
    QVERIFY(ins.bind(1, QStringLiteral("Nguyễn Thị Ánh"))
                .bind(2, qint64(9'000'000'000))
                .bind(3, 2.5)
                .bind(4, blob)
                .bind(5, when)
                .exec());
    const qint64 id = m_db->lastInsertId();
    QCOMPARE(m_db->changes(), 1);

    Statement& sel = m_db->prepare(QStringLiteral("SELECT name, n, r, b, u FROM t WHERE id = ?1"));
    sel.bind(1, id);
    QVERIFY(sel.next());
    QCOMPARE(sel.text(0), QStringLiteral("Nguyễn Thị Ánh"));
    QCOMPARE(sel.int64(1), qint64(9'000'000'000));
    QCOMPARE(sel.real(2), 2.5);
    QCOMPARE(sel.blob(3), blob);
    QCOMPARE(sel.dateTime(4), when);
    QCOMPARE(sel.int64(4), when.toSecsSinceEpoch());
    QVERIFY(!sel.next());
    QVERIFY(sel.error());
}

void TestDatabase::nullStringBindsNull()
{
    Statement& ins = m_db->prepare(QStringLiteral("INSERT INTO t (name, b, u) VALUES (?1, ?2, ?3)"));
    QVERIFY(ins.bind(1, QString()).bind(2, QByteArray()).bind(3, QDateTime()).exec());
    Statement& empty = m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES (?1)"));
    QVERIFY(empty.bind(1, QStringLiteral("")).exec());

    Statement& sel = m_db->prepare(QStringLiteral("SELECT name IS NULL, b IS NULL, u IS NULL FROM t ORDER BY id"));
    QVERIFY(sel.next());
    QCOMPARE(sel.integer(0), 1);
    QCOMPARE(sel.integer(1), 1);
    QCOMPARE(sel.integer(2), 1);
    QVERIFY(sel.next());
    QCOMPARE(sel.integer(0), 0); // an empty, non-null string stays a string
    QVERIFY(!sel.next());
}

void TestDatabase::syntaxErrorGivesInvalidStatement()
{
    Statement& st = m_db->prepare(QStringLiteral("SELEC nonsense"));
    QVERIFY(!st.isValid());
    QVERIFY(!m_db->lastError());
    QCOMPARE(m_db->lastError().error().code, Error::Storage);
    QVERIFY(m_db->lastError().error().message.contains(QStringLiteral("syntax error")));
    QVERIFY(!st.next());
    QVERIFY(!st.exec());
    // A good statement after a bad one is unaffected.
    QVERIFY(m_db->prepare(QStringLiteral("SELECT 1")).isValid());
}

void TestDatabase::constraintErrorIsStorageError()
{
    Statement& ins = m_db->prepare(QStringLiteral("INSERT INTO t (u) VALUES (?1)"));
    QVERIFY(ins.bind(1, QStringLiteral("same")).exec());
    Statement& again = m_db->prepare(QStringLiteral("INSERT INTO t (u) VALUES (?1)"));
    const Status s = again.bind(1, QStringLiteral("same")).exec();
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Storage);
    QVERIFY(s.error().message.contains(QStringLiteral("UNIQUE")));
    // Run again without prepare(): a success is not reported as the old failure.
    QVERIFY(again.bind(1, QStringLiteral("another")).exec());
    // The next use of the cached statement starts clean.
    Statement& third = m_db->prepare(QStringLiteral("INSERT INTO t (u) VALUES (?1)"));
    QVERIFY(third.error());
    QVERIFY(third.bind(1, QStringLiteral("other")).exec());
}

void TestDatabase::transactionCommit()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begun());
        QVERIFY(m_db->inTransaction());
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES ('a')")).exec());
        QVERIFY(tx.commit());
        QVERIFY(!tx.commit()); // only once
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(count(QStringLiteral("t")), 1);
    // Visible to a second connection: really committed.
    Database other;
    QVERIFY(other.open(dbPath()));
    Statement& st = other.prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), 1);
}

void TestDatabase::transactionRollsBackOnDestruction()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begun());
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES ('a')")).exec());
        QCOMPARE(count(QStringLiteral("t")), 1);
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(count(QStringLiteral("t")), 0);
}

void TestDatabase::nestedTransactionIsSavepoint()
{
    Statement* ins = &m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES (?1)"));
    {
        Transaction outer(*m_db);
        QVERIFY(outer.begun());
        QVERIFY(ins->bind(1, QStringLiteral("outer")).exec());
        {
            Transaction inner(*m_db);
            QVERIFY(inner.begun());
            QVERIFY(ins->bind(1, QStringLiteral("inner rolled back")).exec());
        }
        QVERIFY(m_db->inTransaction()); // the outer one is still open
        QCOMPARE(count(QStringLiteral("t")), 1);
        {
            Transaction inner(*m_db);
            QVERIFY(ins->bind(1, QStringLiteral("inner kept")).exec());
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(count(QStringLiteral("t")), 2);

    // An outer rollback also drops what a committed inner savepoint wrote.
    {
        Transaction outer(*m_db);
        Transaction inner(*m_db);
        QVERIFY(ins->bind(1, QStringLiteral("gone")).exec());
        QVERIFY(inner.commit());
    }
    QCOMPARE(count(QStringLiteral("t")), 2);
}

void TestDatabase::unfinishedSelectDoesNotPinSnapshot()
{
    QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES ('a'), ('b')")).exec());
    Statement& sel = m_db->prepare(QStringLiteral("SELECT name FROM t ORDER BY id"));
    QVERIFY(sel.next()); // read one row of two, then stop
    sel.reset();

    Database other;
    QVERIFY(other.open(dbPath()));
    QVERIFY(other.prepare(QStringLiteral("INSERT INTO t (name) VALUES ('c')")).exec());
    QCOMPARE(count(QStringLiteral("t")), 3); // this connection sees the other's commit
}

void TestDatabase::queryResetsWhenItGoesOutOfScope()
{
    QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO t (name) VALUES ('a'), ('b')")).exec());
    sqlite3_stmt* handle = nullptr;
    {
        auto q = m_db->query(QStringLiteral("SELECT name FROM t WHERE name >= ?1 ORDER BY id"), QStringLiteral("test"));
        QVERIFY(q);
        q->bind(1, QStringLiteral("a"));
        QVERIFY(q->next()); // one row of two, then the scope ends
        QCOMPARE(q->text(0), QStringLiteral("a"));
        handle = q->statement().handle();
        QVERIFY(sqlite3_stmt_busy(handle));
    }
    QVERIFY(!sqlite3_stmt_busy(handle));
    Database other;
    QVERIFY(other.open(dbPath()));
    QVERIFY(other.prepare(QStringLiteral("INSERT INTO t (name) VALUES ('c')")).exec());
    QCOMPARE(count(QStringLiteral("t")), 3); // no snapshot pinned by the first read

    // The same SQL again: the cached statement, its bindings cleared.
    auto again = m_db->query(QStringLiteral("SELECT name FROM t WHERE name >= ?1 ORDER BY id"), QStringLiteral("test"));
    QVERIFY(again);
    QCOMPARE(again->statement().handle(), handle);
    QVERIFY(!again->next()); // NULL bound: no row
    QVERIFY(again->error());
}

void TestDatabase::queryPrepareErrorIsAResult()
{
    auto bad = m_db->query(QStringLiteral("SELEC name FROM t"), QStringLiteral("reading the test rows"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Storage);
    QVERIFY2(bad.error().message.contains(QStringLiteral("reading the test rows")), qPrintable(bad.error().message));
    Database closed;
    auto none = closed.query(QStringLiteral("SELECT 1"), QStringLiteral("anything"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Storage);
}

namespace {

// A repository call on a database without its tables: the statement cannot be prepared.
Error failure(Database& db, int which)
{
    switch (which) {
    case 0:
        return CenterAccountRepository(db).value(QStringLiteral("signing")).error();
    case 1:
        return KeyWrapRepository(db).keyId().error();
    case 2:
        return AttachmentRepository(db).dossierId(QStringLiteral("000.00.00.H00-260101-0001")).error();
    case 3:
        return OnlineInboxRepository(db).waiting().error();
    case 4:
        return IntakeRepository(db).documents(1, false).error();
    default:
        return auditHead(db).error();
    }
}

} // namespace

void TestDatabase::repositoryPrepareErrorSaysWhatItWasDoing_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("doing");
    QTest::newRow("center keys") << 0 << QStringLiteral("reading the center's keys");
    QTest::newRow("data key") << 1 << QStringLiteral("reading the data key");
    QTest::newRow("attachment's dossier") << 2 << QStringLiteral("finding the dossier");
    QTest::newRow("online inbox") << 3 << QStringLiteral("reading the dossiers submitted online");
    QTest::newRow("kept forms") << 4 << QStringLiteral("reading the kept forms");
    QTest::newRow("audit trail") << 5 << QStringLiteral("reading the audit trail");
}

void TestDatabase::repositoryPrepareErrorSaysWhatItWasDoing()
{
    QFETCH(int, which);
    QFETCH(QString, doing);
    const Error e = failure(*m_db, which);
    QCOMPARE(e.code, Error::Storage);
    QVERIFY2(e.message.contains(doing), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("no such table")), qPrintable(e.message));
}

void TestDatabase::journalWritesAuditAndOutbox()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(QStringLiteral("journal.db"))));
    QVERIFY(migrate(db));
    const QDateTime at(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC);
    Actor clerk;
    clerk.username = QStringLiteral("clerk1");
    {
        Transaction tx(db);
        QVERIFY(writeAudit(db, at, clerk, QStringLiteral("dossier.create"), QStringLiteral("dossier"),
                           QStringLiteral("H34-260302-0001"), QJsonObject{{QStringLiteral("state"), 2}}));
        QVERIFY(enqueueOutbox(db, at, SyncKind::Dossier, QStringLiteral("H34-260302-0001"),
                              QJsonObject{{QStringLiteral("MaHoSo"), QStringLiteral("H34-260302-0001")}}));
        QVERIFY(writeAudit(db, at, Actor{}, QStringLiteral("sync.run"), QStringLiteral("sync"), QStringLiteral("-")));
        QVERIFY(tx.commit());
    }
    Statement& a = db.prepare(
        QStringLiteral("SELECT at, username, action, entity, entity_key, details FROM audit_log ORDER BY id"));
    QVERIFY(a.next());
    QCOMPARE(a.int64(0), at.toSecsSinceEpoch());
    QCOMPARE(a.text(1), QStringLiteral("clerk1"));
    QCOMPARE(a.text(2), QStringLiteral("dossier.create"));
    QCOMPARE(a.text(3), QStringLiteral("dossier"));
    QCOMPARE(a.text(4), QStringLiteral("H34-260302-0001"));
    QCOMPARE(QJsonDocument::fromJson(a.text(5).toUtf8()).object().value(QStringLiteral("state")).toInt(), 2);
    QVERIFY(a.next());
    QCOMPARE(a.text(1), QString()); // system action
    QCOMPARE(a.text(5), QStringLiteral("{}"));
    QVERIFY(!a.next());

    Statement& o = db.prepare(
        QStringLiteral("SELECT kind, entity_key, payload, state, attempts, next_attempt_at, created_at FROM outbox"));
    QVERIFY(o.next());
    QCOMPARE(o.text(0), QStringLiteral("dossier"));
    QCOMPARE(o.text(1), QStringLiteral("H34-260302-0001"));
    QCOMPARE(QJsonDocument::fromJson(o.text(2).toUtf8()).object().value(QStringLiteral("MaHoSo")).toString(),
             QStringLiteral("H34-260302-0001"));
    QCOMPARE(o.text(3), QStringLiteral("queued"));
    QCOMPARE(o.integer(4), 0);
    QCOMPARE(o.int64(5), at.toSecsSinceEpoch());
    QCOMPARE(o.int64(6), at.toSecsSinceEpoch());
    o.reset();

    // Without a commit nothing of it stays.
    {
        Transaction tx(db);
        QVERIFY(enqueueOutbox(db, at, SyncKind::History, QStringLiteral("x"), {}));
    }
    Statement& n = db.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(n.next());
    QCOMPARE(n.int64(0), 1);
    n.reset();
}

void TestDatabase::nameIndexMergesBetweenSaves()
{
    QVERIFY(migrate(*m_db));
    // Saves merge nothing of the name index (FTS5's automerge off): a merge there rewrote
    // hundreds of pages inside one dossier's save.
    Statement& automerge = m_db->prepare(QStringLiteral("SELECT v FROM dossiers_fts_config WHERE k = 'automerge'"));
    QVERIFY(automerge.next());
    QCOMPARE(automerge.integer(0), 0);
    automerge.reset();
    auto segments = [this] {
        Statement& st = m_db->prepare(QStringLiteral("SELECT count(DISTINCT segid) FROM dossiers_fts_idx"));
        const int n = st.next() ? st.integer(0) : -1;
        st.reset();
        return n;
    };
    auto found = [this] {
        Statement& st = m_db->prepare(
            QStringLiteral("SELECT count(*) FROM dossiers_fts WHERE dossiers_fts MATCH 'nguyen* AND van*'"));
        const int n = st.next() ? st.integer(0) : -1;
        st.reset();
        return n;
    };
    constexpr int kSaves = 12; // fewer than FTS5's crisis merge (16 segments of a level)
    for (int i = 1; i <= kSaves; ++i) {
        Transaction tx(*m_db);
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO dossiers_fts (rowid, name_folded) VALUES (?1, ?2)"))
                    .bind(1, i)
                    .bind(2, QStringLiteral("nguyen van an %1").arg(i))
                    .exec());
        QVERIFY(tx.commit());
    }
    QCOMPARE(segments(), kSaves); // one small segment per save
    QCOMPARE(found(), kSaves);

    // Never inside a transaction, and never waiting for another connection that writes.
    {
        Transaction tx(*m_db);
        const Result<bool> inside = m_db->mergeTextIndexes();
        QVERIFY(inside);
        QVERIFY(!*inside);
    }
    QCOMPARE(segments(), kSaves);
    {
        Database other;
        QVERIFY(other.open(dbPath()));
        QVERIFY(other.execute(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer timer;
        timer.start();
        const Result<bool> busy = m_db->mergeTextIndexes();
        QVERIFY2(busy, qPrintable(busy ? QString() : busy.error().message));
        QVERIFY(*busy); // still to do
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("waited %1 ms").arg(timer.elapsed())));
        QVERIFY(other.execute(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(segments(), kSaves);

    // Between pieces of work the segments are merged, a few pages at a time, until none is left to
    // merge; every name is found all along.
    int calls = 0;
    for (;;) {
        const Result<bool> more = m_db->mergeTextIndexes(4);
        QVERIFY2(more, qPrintable(more ? QString() : more.error().message));
        QCOMPARE(found(), kSaves);
        if (!*more)
            break;
        QVERIFY2(++calls < 100, "the merges never finish");
    }
    QVERIFY(calls > 0);
    QCOMPARE(segments(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
