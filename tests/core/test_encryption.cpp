// The database encrypted at rest (README, "Encryption at rest"): what is on disk holds no
// personal data, a plain database is encrypted at the first administrator login with every row
// kept, and nothing opens the file without a user's password.
#include "core/Clock.h"
#include "security/KeyRing.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierGenerator.h"
#include "store/Database.h"
#include "store/KeyFile.h"
#include "store/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("quan-tri-2026");
constexpr int kIterations = 1000;

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Row counts of every table.
QMap<QString, qint64> rowCounts(Database& db)
{
    QStringList tables;
    Statement& st = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (st.next())
        tables.append(st.text(0));
    QMap<QString, qint64> counts;
    for (const QString& t : std::as_const(tables)) {
        Statement& c = db.prepare(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        counts.insert(t, c.next() ? c.int64(0) : -1);
        c.reset();
    }
    return counts;
}
} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileAndWalHoldNoPersonalData();
    void plainDatabaseUpgradeKeepsEveryRow();
    void fileDoesNotOpenWithoutTheKey();
    void lockedDatabaseOpensWithAPassword();
    void plainFileInPlaceOfEncryptedIsRefused();
    void filesArePrivate();
    void usersAddedLaterOpenTheDatabase();
    void lockingForgetsTheKeyUntilTheNextLogin();

private:
    std::unique_ptr<AppContext> open(bool encrypt = true);
    // A database with the demo center, an administrator and `dossiers` generated dossiers.
    void seed(qint64 dossiers, bool encrypt);
    Actor login();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppContext> m_ctx;
};

void TestEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data/database"))));
    m_path = m_dir->filePath(QStringLiteral("data/database/motcua.db"));
}

void TestEncryption::cleanup()
{
    m_ctx.reset();
    m_dir.reset();
}

std::unique_ptr<AppContext> TestEncryption::open(bool encrypt)
{
    AppContext::Options options;
    options.databasePath = m_path;
    options.clock = &m_clock;
    options.kdfIterationsForTesting = kIterations;
    options.encryptAtAdminLogin = encrypt;
    auto ctx = AppContext::open(options);
    if (!ctx) {
        qWarning() << ctx.error().message;
        return nullptr;
    }
    return std::move(*ctx);
}

void TestEncryption::seed(qint64 dossiers, bool encrypt)
{
    m_ctx = open(encrypt);
    QVERIFY(m_ctx);
    QVERIFY(m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword));
    GeneratorOptions options;
    options.dossiers = dossiers;
    options.years = 1;
    options.batchSize = 1000;
    DossierGenerator generator(m_ctx->db(), m_ctx->settings(), m_ctx->catalogue(), m_ctx->calendar(), m_clock);
    const auto summary = generator.run(options);
    QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->dossiers, dossiers);
}

Actor TestEncryption::login()
{
    const Result<Actor> actor = m_ctx->users().login(QStringLiteral("admin"), kAdminPassword);
    if (!actor) {
        qWarning() << actor.error().message;
        return {};
    }
    if (Status s = m_ctx->attachments().unlock(QStringLiteral("admin"), kAdminPassword); !s)
        qWarning() << s.error().message;
    return *actor;
}

void TestEncryption::fileAndWalHoldNoPersonalData()
{
    // The first administrator's creation encrypts the new database at once; the dossiers are
    // written after, through the encrypted connection, and stay in the WAL (it is not closed).
    seed(300, true);
    QVERIFY(m_ctx->db().isKeyed());
    QCOMPARE(Database::fileKind(m_path), Database::FileKind::Encrypted);

    QStringList secrets;
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT id_number, applicant_name, phone FROM dossiers WHERE id_number <> '' LIMIT 20"));
    while (st.next()) {
        secrets << st.text(0) << st.text(1) << st.text(2);
    }
    QVERIFY(secrets.size() >= 30);
    const QByteArray file = bytesOf(m_path);
    const QByteArray wal = bytesOf(m_path + QStringLiteral("-wal"));
    const QByteArray keys = bytesOf(KeyFile::pathFor(m_path));
    QVERIFY2(wal.size() > 4096, "the dossiers should still be in the WAL");
    QVERIFY(!file.startsWith("SQLite format 3"));
    for (const QString& secret : std::as_const(secrets)) {
        if (secret.size() < 6)
            continue;
        const QByteArray utf8 = secret.toUtf8();
        QVERIFY2(!file.contains(utf8), qPrintable(QStringLiteral("in the file: %1").arg(secret)));
        QVERIFY2(!wal.contains(utf8), qPrintable(QStringLiteral("in the WAL: %1").arg(secret)));
        QVERIFY2(!keys.contains(utf8), qPrintable(QStringLiteral("in the key file: %1").arg(secret)));
    }
    // The demo center's name and the catalogue are encrypted as well: nothing readable at all.
    QVERIFY(!file.contains("CREATE TABLE"));
    QVERIFY(!wal.contains("dossiers"));
}

void TestEncryption::plainDatabaseUpgradeKeepsEveryRow()
{
    // A database of an earlier version: plain, with dossiers and a data key.
    seed(500, false);
    QVERIFY(!m_ctx->db().isKeyed());
    const QMap<QString, qint64> before = rowCounts(m_ctx->db());
    const int version = m_ctx->db().userVersion();
    QVERIFY(before.value(QStringLiteral("dossiers")) == 500);
    m_ctx.reset();
    QCOMPARE(Database::fileKind(m_path), Database::FileKind::Plain);

    m_ctx = open();
    QVERIFY(m_ctx);
    QVERIFY(!m_ctx->isLocked());
    QVERIFY(!login().username.isEmpty());
    QVERIFY(m_ctx->db().isKeyed());
    QCOMPARE(Database::fileKind(m_path), Database::FileKind::Encrypted);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".plain-copy")));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".encrypting")));
    QVERIFY(QFile::exists(KeyFile::pathFor(m_path)));

    QMap<QString, qint64> after = rowCounts(m_ctx->db());
    // The login and the encryption themselves are audited: two rows more, nothing else.
    QVERIFY(after.value(QStringLiteral("audit_log")) > before.value(QStringLiteral("audit_log")));
    after.remove(QStringLiteral("audit_log"));
    QMap<QString, qint64> expected = before;
    expected.remove(QStringLiteral("audit_log"));
    QCOMPARE(after, expected);
    QCOMPARE(m_ctx->db().userVersion(), version);
    // Full-text search still works on the encrypted copy.
    Statement& st = m_ctx->db().prepare(QStringLiteral("SELECT count(*) FROM dossiers_fts"));
    QVERIFY(st.next());
    QVERIFY(st.int64(0) > 0);
    st.reset();
}

void TestEncryption::fileDoesNotOpenWithoutTheKey()
{
    seed(20, true);
    m_ctx.reset(); // no connection left in this process: no key remembered
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const int rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    QCOMPARE(rc, SQLITE_NOTADB);
    sqlite3_close_v2(raw);

    Database db;
    QVERIFY(!db.open(m_path)); // the connection's first read fails
    QByteArray wrong(32, 'x');
    QVERIFY(!db.open(m_path, wrong));

    // The sqlite3 shell, when installed, says what an administrator would see.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {m_path, QStringLiteral(".tables")});
    if (shell.waitForStarted(5000)) {
        shell.waitForFinished(10000);
        QVERIFY(QString::fromUtf8(shell.readAllStandardError()).contains(QStringLiteral("file is not a database")));
    }
}

void TestEncryption::lockedDatabaseOpensWithAPassword()
{
    seed(10, true);
    m_ctx.reset();
    m_ctx = open();
    QVERIFY(m_ctx);
    QVERIFY(m_ctx->isLocked());
    QVERIFY(!m_ctx->needsFirstAdmin());
    const Result<Actor> wrong = m_ctx->users().login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Forbidden);
    QVERIFY(m_ctx->isLocked());
    const Result<Actor> stranger = m_ctx->users().login(QStringLiteral("nobody"), kAdminPassword);
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().code, Error::Forbidden);

    QVERIFY(!login().username.isEmpty());
    QVERIFY(!m_ctx->isLocked());
    QVERIFY(m_ctx->attachments().isUnlocked());
    QVERIFY(!m_ctx->settings().string(QStringLiteral("center.name")).isEmpty());
    QCOMPARE(m_ctx->catalogue().hasCatalogue(), true);
}

void TestEncryption::plainFileInPlaceOfEncryptedIsRefused()
{
    seed(5, true);
    m_ctx.reset();
    // Someone puts a plain database where the encrypted one was.
    QVERIFY(QFile::remove(m_path));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    {
        Database plain;
        QVERIFY(plain.open(m_path));
        QVERIFY(plain.execute(QStringLiteral("CREATE TABLE t (x)")));
    }
    QCOMPARE(Database::fileKind(m_path), Database::FileKind::Plain);
    AppContext::Options options;
    options.databasePath = m_path;
    options.clock = &m_clock;
    const auto refused = AppContext::open(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Crypto);
}

void TestEncryption::filesArePrivate()
{
    seed(5, true);
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(m_path).permissions() & 0x7077, privateFile);
    QCOMPARE(QFileInfo(KeyFile::pathFor(m_path)).permissions() & 0x7077, privateFile);
    QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).permissions() & 0x7077, privateFile);
    const auto privateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QCOMPARE(QFileInfo(QFileInfo(m_path).absolutePath()).permissions() & 0x7077, privateFolder);
}

void TestEncryption::usersAddedLaterOpenTheDatabase()
{
    // A clerk added after the encryption, and an administrator's new password, open the
    // database after a restart: the key file follows the wraps.
    seed(5, true);
    const Actor admin = login();
    QVERIFY(!admin.username.isEmpty());
    const QString clerkPassword = QStringLiteral("thu-ky-2026");
    QVERIFY(m_ctx->users().addUser(admin, QStringLiteral("clerk1"), QStringLiteral("Lê Thị Hoa"), Role::Clerk,
                                   clerkPassword));
    const QString newPassword = QStringLiteral("quan-tri-moi-2026");
    QVERIFY(m_ctx->users().setPassword(admin, QStringLiteral("admin"), newPassword));
    m_ctx.reset();

    m_ctx = open();
    QVERIFY(m_ctx->isLocked());
    const Result<Actor> clerk = m_ctx->users().login(QStringLiteral("clerk1"), clerkPassword);
    QVERIFY2(clerk.ok(), clerk ? "" : qPrintable(clerk.error().message));
    QVERIFY(m_ctx->attachments().unlock(QStringLiteral("clerk1"), clerkPassword));
    m_ctx.reset();

    m_ctx = open();
    QVERIFY(!m_ctx->users().login(QStringLiteral("admin"), kAdminPassword));
    QVERIFY(m_ctx->isLocked());
    QVERIFY(m_ctx->users().login(QStringLiteral("admin"), newPassword));
    QVERIFY(!m_ctx->isLocked());
}

void TestEncryption::lockingForgetsTheKeyUntilTheNextLogin()
{
    seed(5, true);
    QVERIFY(!login().username.isEmpty());
    QVERIFY(m_ctx->lockDatabase());
    QVERIFY(m_ctx->isLocked());
    QVERIFY(!m_ctx->db().isOpen());
    QVERIFY(!m_ctx->attachments().isUnlocked());
    // Another connection of this process finds no key to borrow.
    Database other;
    QVERIFY(!other.open(m_path));
    QVERIFY(!m_ctx->users().login(QStringLiteral("admin"), QStringLiteral("wrong-password")));
    QVERIFY(m_ctx->isLocked());
    QVERIFY(!login().username.isEmpty());
    QVERIFY(!m_ctx->isLocked());
    QCOMPARE(m_ctx->catalogue().hasCatalogue(), true);
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "test_encryption.moc"
