// The running app keeps its database whatever else touches the file. Closing any descriptor of a
// file drops all of a process's POSIX locks on it, and Qt's file dialogs open every file they
// list to guess its type: a dialog showing the database's folder took the app's SQLite locks
// away; a `motcuactl` run then believed it was the last user, checkpointed and deleted the WAL
// and its index under the app, and every later write failed with "database is locked".
#include "DatabaseGuard.h"
#include "FileChooser.h"
#include "security/KeyRing.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "store/FileLocks.h"
#include "store/KeyFile.h"
#include "store/Settings.h"

#include <QAbstractItemView>
#include <QFileDialog>
#include <QMimeDatabase>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kPassword = QStringLiteral("admin-pass-1");
}

class TestDatabaseLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogAndCommandLoseNoWrite();
    void guardTakesTheLockBack();
    void guardIsQuietWhileTheDatabaseIsClosed();
    void ourDialogsKeepAway();
    void protectedPaths_data();
    void protectedPaths();
    void databaseHasAFolderOfItsOwn();
    void legacyDatabaseMoves();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("database/motcua.db")); }
    QString dbFolder() const { return m_dir->filePath(QStringLiteral("database")); }
    void write(int i);
    int written();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    Actor m_admin;
};

void TestDatabaseLocks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.databasePath = dbPath();
    options.kdfIterationsForTesting = 1000;
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_context = std::move(*opened);
    auto admin = m_context->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kPassword);
    QVERIFY(admin.ok());
    m_admin = *admin;
    FileChooser::protectDatabase(dbPath(), AppContext::dedicatedDatabaseFolder(dbPath()));
}

void TestDatabaseLocks::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

// One committed change as the app makes them: a clerk's account (user row, key wrap, audit).
void TestDatabaseLocks::write(int i)
{
    const auto s = m_context->users().addUser(m_admin, QStringLiteral("clerk%1").arg(i),
                                              QStringLiteral("Nhân Viên %1").arg(i), Role::Clerk, kPassword);
    QVERIFY2(s.ok(), qPrintable(QStringLiteral("write %1: %2").arg(i).arg(s.ok() ? QString() : s.error().message)));
}

// Rows of write() seen by a connection of its own, as another program would see them.
int TestDatabaseLocks::written()
{
    // The database is encrypted: another program opens it with the key a password unwraps.
    Result<std::unique_ptr<DataKey>> key =
        KeyRing::unlockFromKeyFile(KeyFile::pathFor(dbPath()), QStringLiteral("admin"), kPassword);
    if (!key)
        return -1;
    Database other;
    if (!other.open(dbPath(), (*key)->bytes()))
        return -1;
    Statement& st = other.prepare(QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'clerk%'"));
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

void TestDatabaseLocks::dialogAndCommandLoseNoWrite()
{
    for (int i = 0; i < 5; ++i)
        write(i);
    QCOMPARE(processLockOn(dbPath()), LockHolding::Held);

    // Qt's own file dialog on the database's folder, as any dialog of the process might be.
    {
        QFileDialog dialog(nullptr, QStringLiteral("any"), dbFolder());
        dialog.setOption(QFileDialog::DontUseNativeDialog, true);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        // It reads each file's type from its first bytes (and so closes a descriptor of it).
        QMimeDatabase().mimeTypeForFile(dbPath());
        QTRY_COMPARE_WITH_TIMEOUT(processLockOn(dbPath()), LockHolding::NotHeld, 10000);
    }

    // A read-only command while the app runs (the database is encrypted: it signs in).
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(MOTCUACTL_PATH),
              {QStringLiteral("--db"), dbPath(), QStringLiteral("--user"), QStringLiteral("admin"),
               QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
               QStringLiteral("2026-01-31"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--out"), m_dir->filePath(QStringLiteral("report.json"))});
    QVERIFY(ctl.waitForFinished(60000));
    QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
    // Nothing pulled the WAL or its index out from under the running app.
    QVERIFY(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(dbPath() + QStringLiteral("-shm")));

    // Every later write from the app works, a login among them, and is kept.
    for (int i = 5; i < 10; ++i)
        write(i);
    QVERIFY(m_context->users().login(QStringLiteral("admin"), kPassword).ok());
    QCOMPARE(written(), 10);
    m_context.reset();
    QCOMPARE(written(), 10);
}

void TestDatabaseLocks::guardTakesTheLockBack()
{
    write(0);
    DatabaseGuard guard(m_context->db());
    QSignalSpy reopened(&guard, &DatabaseGuard::reopened);
    guard.check();
    QCOMPARE(reopened.count(), 0);

    QMimeDatabase().mimeTypeForFile(dbPath()); // opens and closes the file: the lock is gone
    QCOMPARE(processLockOn(dbPath()), LockHolding::NotHeld);
    guard.check();
    QCOMPARE(reopened.count(), 1);
    QVERIFY(!reopened.first().first().toString().isEmpty());
    QCOMPARE(processLockOn(dbPath()), LockHolding::Held);

    // Statements prepared before the reopening still run, and writes go on.
    write(1);
    write(2);
    QVERIFY(m_context->users().login(QStringLiteral("admin"), kPassword).ok());
    QCOMPARE(written(), 3);
    guard.check();
    QCOMPARE(reopened.count(), 1);
}

// At the login screen (an encrypted database closed until a password opens it) the guard's
// timer finds nothing to check: no warning every two seconds, no signal.
void TestDatabaseLocks::guardIsQuietWhileTheDatabaseIsClosed()
{
    write(0);
    QVERIFY(m_context->lockDatabase());
    QVERIFY(!m_context->db().isOpen());
    DatabaseGuard guard(m_context->db());
    QSignalSpy reopened(&guard, &DatabaseGuard::reopened);
    QSignalSpy failed(&guard, &DatabaseGuard::failed);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    guard.check();
    guard.check();
    QCOMPARE(reopened.count(), 0);
    QCOMPARE(failed.count(), 0);
    // Opened again by a login, the guard goes on checking it.
    QVERIFY(m_context->users().login(QStringLiteral("admin"), kPassword).ok());
    guard.check();
    QCOMPARE(reopened.count(), 0);
}

void TestDatabaseLocks::ourDialogsKeepAway()
{
    // Asked to start beside the database, the dialog starts in Documents instead.
    std::unique_ptr<QFileDialog> dialog(FileChooser::createDialog(nullptr, QStringLiteral("save"), QString(), true,
                                                                  dbFolder() + QStringLiteral("/so-tiep-nhan.pdf")));
    QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(FileChooser::startFolder()).absolutePath());
    QVERIFY(!FileChooser::isProtected(FileChooser::startFolder()));
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();

    // Even taken into the database's folder (typed by hand), it lists nothing there and never
    // opens the database to tell its type.
    dialog->setDirectory(dbFolder());
    auto* view = dialog->findChild<QAbstractItemView*>(QStringLiteral("treeView"));
    QVERIFY(view);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 1500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCOMPARE(processLockOn(dbPath()), LockHolding::Held);
    }
    // The folder itself is filtered out, so the view has nothing of it to show.
    for (int r = 0; r < view->model()->rowCount(view->rootIndex()); ++r) {
        const QString name = view->model()->index(r, 0, view->rootIndex()).data().toString();
        QVERIFY2(!name.startsWith(QLatin1String("motcua.db")), qPrintable(name));
    }
    QFile ledger(m_dir->filePath(QStringLiteral("so-theo-doi.pdf")));
    QVERIFY(ledger.open(QIODevice::WriteOnly));
    ledger.close();
    dialog->setDirectory(m_dir->path());
    QTRY_VERIFY(view->model()->rowCount(view->rootIndex()) >= 1); // the ledger is listed
    for (int r = 0; r < view->model()->rowCount(view->rootIndex()); ++r)
        QVERIFY(view->model()->index(r, 0, view->rootIndex()).data().toString() != QLatin1String("database"));
    QCOMPARE(processLockOn(dbPath()), LockHolding::Held);
}

void TestDatabaseLocks::protectedPaths_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("isProtected");
    QTest::newRow("database") << "database/motcua.db" << true;
    QTest::newRow("wal") << "database/motcua.db-wal" << true;
    QTest::newRow("shm") << "database/motcua.db-shm" << true;
    QTest::newRow("folder") << "database" << true;
    QTest::newRow("inside") << "database/report.pdf" << true;
    QTest::newRow("dot-dot") << "attachments/../database/motcua.db" << true;
    QTest::newRow("beside") << "database-old/report.pdf" << false;
    QTest::newRow("data folder") << "report.pdf" << false;
    QTest::newRow("attachments") << "attachments" << false;
}

void TestDatabaseLocks::protectedPaths()
{
    QFETCH(QString, relative);
    QFETCH(bool, isProtected);
    QCOMPARE(FileChooser::isProtected(m_dir->filePath(relative)), isProtected);
}

void TestDatabaseLocks::databaseHasAFolderOfItsOwn()
{
    const QString path = AppContext::defaultDatabasePath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("motcua.db"));
    QVERIFY(!AppContext::dedicatedDatabaseFolder(path).isEmpty());
    QCOMPARE(AppContext::attachmentFolderFor(path),
             QFileInfo(AppContext::dedicatedDatabaseFolder(path)).absolutePath() + QStringLiteral("/attachments"));
    // The folder is its owner's alone.
    QCOMPARE(QFileInfo(dbFolder()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    // A database given by path among other files keeps its attachments beside it.
    QCOMPARE(AppContext::attachmentFolderFor(m_dir->filePath(QStringLiteral("desk.db"))),
             m_dir->filePath(QStringLiteral("attachments")));
}

// A database of an older version, directly in the data folder, moves into its own folder with
// every row; while another connection has it open it stays where it is.
void TestDatabaseLocks::legacyDatabaseMoves()
{
    // The user's data directory lives in this test's folder.
    const QByteArray before = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("xdg")).toUtf8());
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(data).removeRecursively();
    QVERIFY(QDir().mkpath(data));
    const QString legacy = data + QStringLiteral("/motcua.db");
    {
        Database old;
        QVERIFY(old.open(legacy).ok());
        QVERIFY(old.execute(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")).ok());

        // In use: it stays.
        QVERIFY(AppContext::moveLegacyDatabase().ok());
        QVERIFY(QFileInfo::exists(legacy));
        QVERIFY(!QFileInfo::exists(AppContext::defaultDatabasePath()));
    }
    QVERIFY(AppContext::moveLegacyDatabase().ok());
    QVERIFY(!QFileInfo::exists(legacy));
    QVERIFY(!QFileInfo::exists(legacy + QStringLiteral("-wal")));
    Database moved;
    QVERIFY(moved.open(AppContext::defaultDatabasePath()).ok());
    Statement& st = moved.prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(st.next());
    QCOMPARE(st.integer(0), 3);
    st.reset();
    moved.close();
    QVERIFY(data.startsWith(m_dir->path()));
    if (before.isEmpty())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", before);
}

QTEST_MAIN(TestDatabaseLocks)
#include "test_databaselocks.moc"
