// Wrong passwords at the first login of an encrypted database: the database cannot be read
// before a password opened its key, so the counters beside the key file (LoginCounterFile)
// throttle and lock there, the same way as the users table does once it is open.
#include "core/Clock.h"
#include "security/LoginThrottle.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "store/KeyFile.h"
#include "store/LoginCounterFile.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("quan-tri-2026");
const QString kClerkPassword = QStringLiteral("thu-ky-2026");
const QString kWrong = QStringLiteral("not-the-password");
} // namespace

class TestLockoutBeforeOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fiveWrongPasswordsLockTheClosedDatabase_data();
    void fiveWrongPasswordsLockTheClosedDatabase();
    void waitIsAppliedBeforeTheKeyIsTried();
    void administratorUnlocks();
    void lockLapsesAfterThePeriod_data();
    void lockLapsesAfterThePeriod();
    void unknownNamesAreNotRecorded();
    void earlierFailuresJoinTheAuditTrail();
    void damagedRecordStartsAfresh();

private:
    std::unique_ptr<AppContext> open();
    Result<Actor> loginClerk(const QString& password, bool freshProcess);
    // n wrong passwords for the clerk, each after the wait the one before asked for.
    void failTimes(int n, bool freshProcess);
    QJsonObject lastAudit(const QString& action);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppContext> m_ctx;
};

void TestLockoutBeforeOpen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data/database"))));
    m_path = m_dir->filePath(QStringLiteral("data/database/motcua.db"));
    m_ctx = open();
    QVERIFY(m_ctx);
    const Result<Actor> admin =
        m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY(admin.ok());
    QVERIFY(m_ctx->users()
                .addUser(*admin, QStringLiteral("clerk1"), QStringLiteral("Lê Thị Hoa"), Role::Clerk, kClerkPassword)
                .ok());
    QCOMPARE(Database::fileKind(m_path), Database::FileKind::Encrypted);
    // A new start: the database is closed until a password opens it.
    m_ctx = open();
    QVERIFY(m_ctx);
    QVERIFY(m_ctx->isLocked());
}

void TestLockoutBeforeOpen::cleanup()
{
    m_ctx.reset();
    m_dir.reset();
}

std::unique_ptr<AppContext> TestLockoutBeforeOpen::open()
{
    m_ctx.reset();
    AppContext::Options options;
    options.databasePath = m_path;
    options.clock = &m_clock;
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    if (!ctx) {
        qWarning() << ctx.error().message;
        return nullptr;
    }
    return std::move(*ctx);
}

Result<Actor> TestLockoutBeforeOpen::loginClerk(const QString& password, bool freshProcess)
{
    // A command-line run starts anew each time: nothing stays in memory between attempts.
    if (freshProcess)
        m_ctx = open();
    return m_ctx->users().login(QStringLiteral("clerk1"), password);
}

void TestLockoutBeforeOpen::failTimes(int n, bool freshProcess)
{
    for (int i = 1; i <= n; ++i) {
        const Result<Actor> r = loginClerk(kWrong, freshProcess);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Forbidden);
        QVERIFY(m_ctx->isLocked());
        m_clock.advanceSecs(LoginThrottle::delaySecs(i));
    }
}

QJsonObject TestLockoutBeforeOpen::lastAudit(const QString& action)
{
    Statement& st =
        m_ctx->db().prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = ?1 ORDER BY id DESC LIMIT 1"));
    st.bind(1, action);
    const QString details = st.next() ? st.text(0) : QString();
    st.reset();
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

void TestLockoutBeforeOpen::fiveWrongPasswordsLockTheClosedDatabase_data()
{
    QTest::addColumn<bool>("freshProcess");
    QTest::newRow("one window") << false;
    QTest::newRow("a command each time") << true;
}

void TestLockoutBeforeOpen::fiveWrongPasswordsLockTheClosedDatabase()
{
    QFETCH(bool, freshProcess);
    failTimes(LoginThrottle::kLockAfter - 1, freshProcess);
    const Result<Actor> fifth = loginClerk(kWrong, freshProcess);
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().code, Error::Forbidden);
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")), qPrintable(fifth.error().message));

    // Locked: the right password does not open the database, minutes later either.
    m_clock.advanceSecs(20 * 60);
    const Result<Actor> right = loginClerk(kClerkPassword, freshProcess);
    QVERIFY(!right.ok());
    QVERIFY2(right.error().message.contains(QStringLiteral("locked")), qPrintable(right.error().message));
    QVERIFY(m_ctx->isLocked());
    QVERIFY(!m_ctx->db().isOpen());

    // The record is private and holds no password.
    const QString record = LoginCounterFile::pathFor(m_path);
    QCOMPARE(QFileInfo(record).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(kWrong.toUtf8()));
    QVERIFY(!bytes.contains(kClerkPassword.toUtf8()));

    // The administrator still gets in, and sees the clerk locked in the user list.
    const Result<Actor> admin = m_ctx->users().login(QStringLiteral("admin"), kAdminPassword);
    QVERIFY2(admin.ok(), admin ? "" : qPrintable(admin.error().message));
    int locked = 0;
    for (const UserInfo& u : m_ctx->users().list(*admin))
        locked += m_ctx->users().isLocked(u) ? 1 : 0;
    QCOMPARE(locked, 1);
    // And with the database open the clerk stays locked.
    QVERIFY(!m_ctx->users().login(QStringLiteral("clerk1"), kClerkPassword).ok());
    QCOMPARE(lastAudit(QStringLiteral("user.login_failed")).value(QLatin1String("reason")).toString(),
             QStringLiteral("locked"));
}

void TestLockoutBeforeOpen::waitIsAppliedBeforeTheKeyIsTried()
{
    failTimes(3, true);
    m_clock.advanceSecs(-LoginThrottle::delaySecs(3)); // back inside the wait the third one set
    const Result<Actor> early = loginClerk(kClerkPassword, true);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().message,
             QCoreApplication::translate("motcua::UserService",
                                         "Too many wrong passwords: wait %n second(s) before trying again.", nullptr,
                                         1));
    QVERIFY(m_ctx->isLocked());
    m_clock.advanceSecs(1);
    const Result<Actor> later = loginClerk(kClerkPassword, true);
    QVERIFY2(later.ok(), later ? "" : qPrintable(later.error().message));
    QVERIFY(!m_ctx->isLocked());
}

void TestLockoutBeforeOpen::administratorUnlocks()
{
    failTimes(LoginThrottle::kLockAfter, true);
    QVERIFY(!loginClerk(kClerkPassword, true).ok());
    m_ctx = open();
    const Result<Actor> admin = m_ctx->users().login(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin.ok());
    const Status unlocked = m_ctx->users().unlockUser(*admin, QStringLiteral("clerk1"));
    QVERIFY2(unlocked.ok(), unlocked ? "" : qPrintable(unlocked.error().message));
    const QJsonObject details = lastAudit(QStringLiteral("user.unlock"));
    QCOMPARE(details.value(QLatin1String("was_locked")).toBool(), true);
    QCOMPARE(details.value(QLatin1String("failures")).toInt(), LoginThrottle::kLockAfter);
    // A new start: the clerk opens the database.
    const Result<Actor> clerk = loginClerk(kClerkPassword, true);
    QVERIFY2(clerk.ok(), clerk ? "" : qPrintable(clerk.error().message));
    QVERIFY(!m_ctx->isLocked());
}

void TestLockoutBeforeOpen::lockLapsesAfterThePeriod_data()
{
    QTest::addColumn<int>("minutes"); // 0: the default (30)
    QTest::addColumn<int>("waited");
    QTest::addColumn<bool>("opens");
    QTest::newRow("default, after 29") << 0 << 29 << false;
    QTest::newRow("default, after 30") << 0 << 30 << true;
    QTest::newRow("5, after 4") << 5 << 4 << false;
    QTest::newRow("5, after 5") << 5 << 5 << true;
}

void TestLockoutBeforeOpen::lockLapsesAfterThePeriod()
{
    QFETCH(int, minutes);
    QFETCH(int, waited);
    QFETCH(bool, opens);
    if (minutes > 0) {
        // Set while open; the next login carries it beside the key file.
        QVERIFY(m_ctx->users().login(QStringLiteral("admin"), kAdminPassword).ok());
        QVERIFY(m_ctx->settings().set(QStringLiteral("security.lockoutMinutes"), minutes).ok());
        QVERIFY(m_ctx->users().login(QStringLiteral("admin"), kAdminPassword).ok());
    }
    failTimes(LoginThrottle::kLockAfter, true);
    m_clock.advanceSecs(qint64(waited) * 60 - LoginThrottle::delaySecs(LoginThrottle::kLockAfter));
    const Result<Actor> r = loginClerk(kClerkPassword, true);
    QVERIFY2(r.ok() == opens, r ? "opened" : qPrintable(r.error().message));
    QCOMPARE(m_ctx->isLocked(), !opens);
}

void TestLockoutBeforeOpen::unknownNamesAreNotRecorded()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_ctx->users().login(QStringLiteral("nobody%1").arg(i), kWrong).ok());
    const Result<LoginCounterFile::Content> content = LoginCounterFile(LoginCounterFile::pathFor(m_path)).read();
    QVERIFY(content.ok());
    QVERIFY(content->entries.isEmpty());
}

void TestLockoutBeforeOpen::earlierFailuresJoinTheAuditTrail()
{
    failTimes(2, true);
    const Result<Actor> clerk = loginClerk(kClerkPassword, true);
    QVERIFY2(clerk.ok(), clerk ? "" : qPrintable(clerk.error().message));
    QCOMPARE(lastAudit(QStringLiteral("user.login")).value(QLatin1String("earlier_failures")).toInt(), 2);
    // The count starts again: four more wrong ones lock nothing.
    failTimes(LoginThrottle::kLockAfter - 1, true);
    QVERIFY(loginClerk(kClerkPassword, true).ok());
}

void TestLockoutBeforeOpen::damagedRecordStartsAfresh()
{
    failTimes(2, true);
    const QString record = LoginCounterFile::pathFor(m_path);
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes.replace("\"failures\": 2", "\"failures\": 0");
    QVERIFY(f.seek(0));
    QVERIFY(f.resize(0));
    f.write(bytes);
    f.close();
    const Result<LoginCounterFile::Content> damaged = LoginCounterFile(record).read();
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, Error::Crypto);
    // A wrong password writes a sound record again, counting from there.
    QVERIFY(!loginClerk(kWrong, true).ok());
    const Result<LoginCounterFile::Content> rewritten = LoginCounterFile(record).read();
    QVERIFY(rewritten.ok());
    QCOMPARE(LoginCounterFile::entryOf(*rewritten, QStringLiteral("CLERK1")).failures, 1);
}

QTEST_GUILESS_MAIN(TestLockoutBeforeOpen)
#include "test_lockoutbeforeopen.moc"
