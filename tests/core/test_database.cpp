#include "store/Database.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
    void journalWritesAuditAndOutbox();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("test.db")); }
    qint64 count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

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
        QVERIFY(enqueueOutbox(db, at, QStringLiteral("dossier"), QStringLiteral("H34-260302-0001"),
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
        QVERIFY(enqueueOutbox(db, at, QStringLiteral("history"), QStringLiteral("x"), {}));
    }
    Statement& n = db.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(n.next());
    QCOMPARE(n.int64(0), 1);
    n.reset();
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
