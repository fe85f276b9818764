// Login throttling and lockout (LoginThrottle, UserService::login/unlockUser), the password
// rules (PasswordPolicy), and what disabling does to an account's copy of the data key.
#include "core/Clock.h"
#include "security/KeyRing.h"
#include "security/LoginThrottle.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"
#include "security/UserService.h"
#include "store/Database.h"
#include "store/KeyWrapRepository.h"
#include "store/Migrations.h"
#include "store/Settings.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("Quan-tri-2026");
const QString kClerkPassword = QStringLiteral("Mot-cua-thu-ky");
const QString kWrong = QStringLiteral("not-the-password");
} // namespace

class TestLoginLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void delays_data();
    void delays();
    void growingDelayUsesTheClock();
    void fiveWrongPasswordsLock();
    void adminUnlocks();
    void lockLapsesAfterTheSetting_data();
    void lockLapsesAfterTheSetting();
    void oldFailuresAreForgotten();
    void successClearsTheCount();
    void resetByAdminClearsTheLock();
    void passwordRules_data();
    void passwordRules();
    void weakPasswordMustBeChanged();
    void disablingRemovesTheKeyWrap();
    void fullNameRefusesDirectionCharacters_data();
    void fullNameRefusesDirectionCharacters();

private:
    Actor admin() const { return m_admin; }
    Result<Actor> loginClerk(const QString& password) { return m_users->login(QStringLiteral("clerk1"), password); }
    // Wrong passwords, each after the wait the one before it asked for.
    void failTimes(int n);
    QString lastAuditAction();
    QJsonObject lastAuditDetails();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<UserService> m_users;
    Actor m_admin;
    const PasswordHasher m_hasher = PasswordHasher::withIterationsForTesting(1000);
};

void TestLoginLockout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC));
    m_keys = std::make_unique<KeyRing>(*m_db, 1000);
    m_users = std::make_unique<UserService>(*m_db, *m_clock, m_hasher, m_keys.get());
    const Result<Actor> a =
        m_users->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Nguyễn Văn Quản"), kAdminPassword);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    m_admin = *a;
    const Result<Actor> c = m_users->addUser(m_admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"),
                                             Role::Clerk, kClerkPassword);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
}

void TestLoginLockout::cleanup()
{
    m_users.reset();
    m_keys.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestLoginLockout::failTimes(int n)
{
    for (int i = 0; i < n; ++i) {
        const Result<Actor> r = loginClerk(kWrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Forbidden);
        m_clock->advanceSecs(LoginThrottle::delaySecs(i + 1));
    }
}

QString TestLoginLockout::lastAuditAction()
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"));
    const QString action = st.next() ? st.text(0) : QString();
    st.reset();
    return action;
}

QJsonObject TestLoginLockout::lastAuditDetails()
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"));
    const QString details = st.next() ? st.text(0) : QString();
    st.reset();
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

void TestLoginLockout::delays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("one typo") << 1 << qint64(0);
    QTest::newRow("two typos") << 2 << qint64(0);
    QTest::newRow("three") << 3 << qint64(1);
    QTest::newRow("four") << 4 << qint64(2);
}

void TestLoginLockout::delays()
{
    QFETCH(int, failures);
    QFETCH(qint64, seconds);
    QCOMPARE(LoginThrottle::delaySecs(failures), seconds);
}

void TestLoginLockout::growingDelayUsesTheClock()
{
    // Two typos: the right password works at once.
    QVERIFY(!loginClerk(kWrong).ok());
    QVERIFY(!loginClerk(kWrong).ok());
    QVERIFY(loginClerk(kClerkPassword).ok());

    // Three wrong ones in a row: the next try waits 1 s, the one after four waits 2 s.
    QVERIFY(!loginClerk(kWrong).ok());
    QVERIFY(!loginClerk(kWrong).ok());
    QVERIFY(!loginClerk(kWrong).ok());
    const Result<Actor> early = loginClerk(kClerkPassword);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, Error::Forbidden);
    QCOMPARE(early.error().message,
             QCoreApplication::translate("motcua::UserService",
                                         "Too many wrong passwords: wait %n second(s) before trying again.", nullptr,
                                         1));
    m_clock->advanceSecs(1);
    QVERIFY(!loginClerk(kWrong).ok()); // the fourth
    m_clock->advanceSecs(1);
    const Result<Actor> stillEarly = loginClerk(kClerkPassword);
    QVERIFY(!stillEarly.ok());
    QVERIFY2(stillEarly.error().message.contains(QStringLiteral("1")), qPrintable(stillEarly.error().message));
    // An attempt inside the wait is not counted and does not check the password.
    UserRepository repo(*m_db);
    QCOMPARE(repo.byUsername(QStringLiteral("clerk1"))->failedLogins, 4);
    m_clock->advanceSecs(1);
    QVERIFY(loginClerk(kClerkPassword).ok());
    QCOMPARE(repo.byUsername(QStringLiteral("clerk1"))->failedLogins, 0);
}

void TestLoginLockout::fiveWrongPasswordsLock()
{
    failTimes(LoginThrottle::kLockAfter - 1);
    const Result<Actor> fifth = loginClerk(kWrong);
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().code, Error::Forbidden);
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")), qPrintable(fifth.error().message));
    QCOMPARE(lastAuditAction(), QStringLiteral("user.login_failed"));
    QCOMPARE(lastAuditDetails().value(QLatin1String("locked")).toBool(), true);
    QCOMPARE(lastAuditDetails().value(QLatin1String("failures")).toInt(), 5);

    // Locked: even the right password is refused, an hour of waits later too (default 30 min
    // lock: 29 minutes here).
    m_clock->advanceSecs(29 * 60);
    const Result<Actor> right = loginClerk(kClerkPassword);
    QVERIFY(!right.ok());
    QVERIFY2(right.error().message.contains(QStringLiteral("locked")), qPrintable(right.error().message));
    QCOMPARE(lastAuditDetails().value(QLatin1String("reason")).toString(), QStringLiteral("locked"));
    const Result<QList<UserInfo>> users = m_users->listUsers(admin());
    QVERIFY(users.ok());
    int locked = 0;
    for (const UserInfo& u : *users)
        locked += m_users->isLocked(u) ? 1 : 0;
    QCOMPARE(locked, 1);
}

void TestLoginLockout::adminUnlocks()
{
    failTimes(LoginThrottle::kLockAfter);
    QVERIFY(!loginClerk(kClerkPassword).ok());

    // A clerk cannot lift it (not even their own), an administrator can.
    Actor clerk;
    clerk.userId = 2;
    clerk.username = QStringLiteral("clerk1");
    clerk.role = Role::Clerk;
    const Status refused = m_users->unlockUser(clerk, QStringLiteral("clerk1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Forbidden);

    const Status unlocked = m_users->unlockUser(admin(), QStringLiteral("clerk1"));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
    QCOMPARE(lastAuditAction(), QStringLiteral("user.unlock"));
    QCOMPARE(lastAuditDetails().value(QLatin1String("was_locked")).toBool(), true);
    QVERIFY(loginClerk(kClerkPassword).ok());
    // Nothing left to lift: nothing written.
    QVERIFY(m_users->unlockUser(admin(), QStringLiteral("clerk1")).ok());
    QCOMPARE(lastAuditAction(), QStringLiteral("user.login"));
}

void TestLoginLockout::lockLapsesAfterTheSetting_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("waited");
    QTest::addColumn<bool>("opens");
    QTest::newRow("default 30, after 29") << 0 << 29 << false;
    QTest::newRow("default 30, after 30") << 0 << 30 << true;
    QTest::newRow("5, after 4") << 5 << 4 << false;
    QTest::newRow("5, after 5") << 5 << 5 << true;
    QTest::newRow("a day, after 12 h") << 1440 << 720 << false;
}

void TestLoginLockout::lockLapsesAfterTheSetting()
{
    QFETCH(int, minutes);
    QFETCH(int, waited);
    QFETCH(bool, opens);
    if (minutes > 0)
        QVERIFY(Settings(*m_db).set(QStringLiteral("security.lockoutMinutes"), minutes).ok());
    failTimes(LoginThrottle::kLockAfter);
    m_clock->advanceSecs(qint64(waited) * 60 - LoginThrottle::delaySecs(LoginThrottle::kLockAfter));
    QCOMPARE(loginClerk(kClerkPassword).ok(), opens);
}

void TestLoginLockout::oldFailuresAreForgotten()
{
    failTimes(LoginThrottle::kLockAfter - 1);
    // A day later the four old mistakes no longer count: one more wrong password locks nothing.
    m_clock->advanceSecs(24 * 3600);
    QVERIFY(!loginClerk(kWrong).ok());
    QVERIFY(loginClerk(kClerkPassword).ok());
}

void TestLoginLockout::successClearsTheCount()
{
    failTimes(LoginThrottle::kLockAfter - 1);
    QVERIFY(loginClerk(kClerkPassword).ok());
    // Four more wrong ones do not lock: the count started again.
    failTimes(LoginThrottle::kLockAfter - 1);
    QVERIFY(loginClerk(kClerkPassword).ok());
}

void TestLoginLockout::resetByAdminClearsTheLock()
{
    failTimes(LoginThrottle::kLockAfter);
    QVERIFY(m_users->setPassword(admin(), QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-2026")).ok());
    const Result<Actor> r = loginClerk(QStringLiteral("Tam-thoi-2026"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r->mustChangePassword);
}

void TestLoginLockout::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("valid");
    QTest::newRow("clerk, 8 characters") << QStringLiteral("Ha-noi-7") << Role::Clerk << true;
    QTest::newRow("clerk, 7 characters") << QStringLiteral("Ha-noi7") << Role::Clerk << false;
    QTest::newRow("admin, 9 characters") << QStringLiteral("Ha-noi-77") << Role::Admin << false;
    QTest::newRow("admin, 10 characters") << QStringLiteral("Ha-noi-777") << Role::Admin << true;
    QTest::newRow("supervisor, 8") << QStringLiteral("Ha-noi-7") << Role::Supervisor << true;
    QTest::newRow("common 12345678") << QStringLiteral("12345678") << Role::Clerk << false;
    QTest::newRow("common 1234567890") << QStringLiteral("1234567890") << Role::Admin << false;
    QTest::newRow("common password1") << QStringLiteral("password1") << Role::Clerk << false;
    QTest::newRow("Vietnamese matkhau123") << QStringLiteral("matkhau123") << Role::Clerk << false;
    QTest::newRow("Vietnamese motcua123") << QStringLiteral("motcua123") << Role::Clerk << false;
    QTest::newRow("case does not help") << QStringLiteral("MatKhau@2025") << Role::Admin << false;
    QTest::newRow("anhyeuem123") << QStringLiteral("anhyeuem123") << Role::Clerk << false;
    QTest::newRow("qwertyuiop") << QStringLiteral("qwertyuiop") << Role::Admin << false;
    QTest::newRow("Vietnamese with diacritics") << QStringLiteral("Mật-khẩu-riêng") << Role::Admin << true;
}

void TestLoginLockout::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(Role, role);
    QFETCH(bool, valid);
    const Status s = UserService::validatePassword(password, role);
    QVERIFY2(s.ok() == valid, qPrintable(s.ok() ? QStringLiteral("accepted") : s.error().message));
    if (!valid)
        QCOMPARE(s.error().code, Error::BadInput);
    // Adding an account applies the same rule.
    const Result<Actor> added =
        m_users->addUser(admin(), QStringLiteral("new.user"), QStringLiteral("Người Mới"), role, password);
    QCOMPARE(added.ok(), valid);
}

void TestLoginLockout::weakPasswordMustBeChanged()
{
    // An administrator from before the rules, with an 8-character password: let in, but asked for
    // a new one first (as after a reset).
    const Result<QString> hash = m_hasher.hash(QStringLiteral("Adm1n-pw"));
    QVERIFY(hash.ok());
    UserRepository repo(*m_db);
    QVERIFY(repo.setPasswordHash(admin().userId, *hash).ok());
    const Result<Actor> r = m_users->login(QStringLiteral("admin"), QStringLiteral("Adm1n-pw"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r->mustChangePassword);
    QCOMPARE(lastAuditDetails().value(QLatin1String("weak_password")).toBool(), true);
    // A good one does not.
    QVERIFY(!loginClerk(kClerkPassword)->mustChangePassword);
}

void TestLoginLockout::disablingRemovesTheKeyWrap()
{
    KeyWrapRepository wraps(*m_db);
    const qint64 clerkId = UserRepository(*m_db).byUsername(QStringLiteral("clerk1"))->id;
    QVERIFY(wraps.wrapOf(clerkId).ok());
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("clerk1"), true).ok());
    const Result<DataKeyWrap> gone = wraps.wrapOf(clerkId);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::NotFound);
    QCOMPARE(lastAuditDetails().value(QLatin1String("data_key")).toString(), QStringLiteral("removed"));
    // Enabled again and reset by an administrator with an unlocked session: a fresh wrap.
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("clerk1"), false).ok());
    QVERIFY(!wraps.wrapOf(clerkId).ok());
    QVERIFY(m_users->setPassword(admin(), QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-2026")).ok());
    QVERIFY(wraps.wrapOf(clerkId).ok());
}

void TestLoginLockout::fullNameRefusesDirectionCharacters_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Vietnamese") << QStringLiteral("Trần Thị Bích Ngọc") << true;
    QTest::newRow("RLO") << QStringLiteral("Trần \u202EcọgN") << false;
    QTest::newRow("FSI") << QStringLiteral("\u2068Ngọc") << false;
    QTest::newRow("BEL") << QStringLiteral("Ngọc\u0007") << false;
}

void TestLoginLockout::fullNameRefusesDirectionCharacters()
{
    QFETCH(QString, fullName);
    QFETCH(bool, valid);
    QCOMPARE(UserService::validateFullName(fullName).ok(), valid);
    QCOMPARE(m_users->addUser(admin(), QStringLiteral("ngoc.tt"), fullName, Role::Clerk, kClerkPassword).ok(), valid);
}

QTEST_GUILESS_MAIN(TestLoginLockout)
#include "test_loginlockout.moc"
