// Account administration in UserService: editing a user's full name and role (the last enabled
// administrator keeps the role), temporary passwords set by an administrator (a reset, or a new
// account) that the user must replace at the next login, and the data key wraps that follow
// them, exactly like the first login of an account added with `motcuactl users add`.
#include "core/Clock.h"
#include "security/KeyRing.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {
constexpr int kIterations = 1000;
const QString kAdminPassword = QStringLiteral("Adm1n-pass");
const QString kClerkPassword = QStringLiteral("Clerk-pass-1");
} // namespace

class TestUserAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void updateChangesNameAndRole();
    void updateWithoutChangeWritesNothing();
    void updateNeedsAdmin_data();
    void updateNeedsAdmin();
    void updateValidatesFullName_data();
    void updateValidatesFullName();
    void lastAdminKeepsRole();
    void resetMakesPasswordTemporary();
    void ownChangeClearsTemporary();
    void newAccountWithTemporaryPassword();
    void resetGivesDataKeyUnderTemporaryPassword();

private:
    Actor admin();
    Actor addClerk(const Actor& by, bool temporary = false);
    QJsonObject lastAudit(const QString& action);
    int auditCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<UserService> m_users;
};

void TestUserAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(1, 30), Qt::UTC));
    m_keys = std::make_unique<KeyRing>(*m_db, kIterations);
    m_users = std::make_unique<UserService>(*m_db, *m_clock, PasswordHasher::withIterationsForTesting(kIterations),
                                            m_keys.get());
}

void TestUserAdmin::cleanup()
{
    m_users.reset();
    m_keys.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

Actor TestUserAdmin::admin()
{
    const Result<Actor> a =
        m_users->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Nguyễn Văn Quản"), kAdminPassword);
    if (!a) {
        qWarning("createFirstAdmin: %s", qPrintable(a.error().message));
        return {};
    }
    return *a;
}

Actor TestUserAdmin::addClerk(const Actor& by, bool temporary)
{
    const Result<Actor> c = m_users->addUser(by, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Ngọc"), Role::Clerk,
                                             kClerkPassword, temporary);
    if (!c) {
        qWarning("addUser: %s", qPrintable(c.error().message));
        return {};
    }
    return *c;
}

QJsonObject TestUserAdmin::lastAudit(const QString& action)
{
    Statement& st = m_db->prepare(QStringLiteral(
        "SELECT username, entity_key, details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
    st.bind(1, action);
    if (!st.next())
        return {};
    QJsonObject o = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
    o.insert(QStringLiteral("_by"), st.text(0));
    o.insert(QStringLiteral("_key"), st.text(1));
    st.reset();
    return o;
}

int TestUserAdmin::auditCount()
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!st.next())
        return -1;
    const int n = st.integer(0);
    st.reset();
    return n;
}

void TestUserAdmin::updateChangesNameAndRole()
{
    const Actor a = admin();
    addClerk(a);
    const Status s =
        m_users->updateUser(a, QStringLiteral("CLERK1"), QStringLiteral("  Trần Ngọc Anh "), Role::Supervisor);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    const Result<Actor> logged = m_users->login(QStringLiteral("clerk1"), kClerkPassword);
    QVERIFY(logged.ok());
    QCOMPARE(logged->fullName, QStringLiteral("Trần Ngọc Anh"));
    QCOMPARE(logged->role, Role::Supervisor);

    const QJsonObject audit = lastAudit(QStringLiteral("user.update"));
    QCOMPARE(audit.value(QStringLiteral("_by")).toString(), QStringLiteral("admin"));
    QCOMPARE(audit.value(QStringLiteral("_key")).toString(), QStringLiteral("clerk1"));
    QCOMPARE(audit.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(audit.value(QStringLiteral("previous_role")).toString(), QStringLiteral("clerk"));
    QCOMPARE(audit.value(QStringLiteral("full_name_changed")).toBool(), true);
}

void TestUserAdmin::updateWithoutChangeWritesNothing()
{
    const Actor a = admin();
    addClerk(a);
    const int before = auditCount();
    QVERIFY(m_users->updateUser(a, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Ngọc"), Role::Clerk).ok());
    QCOMPARE(auditCount(), before);
    const Status missing = m_users->updateUser(a, QStringLiteral("ghost"), QStringLiteral("X Y"), Role::Clerk);
    QCOMPARE(missing.error().code, Error::NotFound);
}

void TestUserAdmin::updateNeedsAdmin_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("clerk") << int(Role::Clerk);
    QTest::newRow("supervisor") << int(Role::Supervisor);
}

void TestUserAdmin::updateNeedsAdmin()
{
    QFETCH(int, role);
    const Actor a = admin();
    const Result<Actor> who = m_users->addUser(a, QStringLiteral("someone"), QStringLiteral("Lê Văn Tám"),
                                               static_cast<Role>(role), kClerkPassword);
    QVERIFY(who.ok());
    // Not even their own role.
    const Status s = m_users->updateUser(*who, QStringLiteral("someone"), QStringLiteral("Lê Văn Tám"), Role::Admin);
    QCOMPARE(s.error().code, Error::Forbidden);
    QVERIFY(m_users->login(QStringLiteral("someone"), kClerkPassword)->role == static_cast<Role>(role));
}

void TestUserAdmin::updateValidatesFullName_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("too long") << QString(UserService::kFullNameMax + 1, QLatin1Char('a'));
}

void TestUserAdmin::updateValidatesFullName()
{
    QFETCH(QString, fullName);
    const Actor a = admin();
    addClerk(a);
    const Status s = m_users->updateUser(a, QStringLiteral("clerk1"), fullName, Role::Clerk);
    QCOMPARE(s.error().code, Error::BadInput);
    QCOMPARE(m_users->login(QStringLiteral("clerk1"), kClerkPassword)->fullName, QStringLiteral("Trần Thị Ngọc"));
}

void TestUserAdmin::lastAdminKeepsRole()
{
    const Actor a = admin();
    const Status alone =
        m_users->updateUser(a, QStringLiteral("admin"), QStringLiteral("Nguyễn Văn Quản"), Role::Clerk);
    QCOMPARE(alone.error().code, Error::Conflict);
    // The name alone may change.
    QVERIFY(m_users->updateUser(a, QStringLiteral("admin"), QStringLiteral("Nguyễn Quản"), Role::Admin).ok());

    // A second administrator, disabled, does not count.
    const Result<Actor> second = m_users->addUser(a, QStringLiteral("admin2"), QStringLiteral("Hai"), Role::Admin,
                                                  QStringLiteral("Admin2-pass"));
    QVERIFY(second.ok());
    QVERIFY(m_users->setDisabled(a, QStringLiteral("admin2"), true).ok());
    QCOMPARE(
        m_users->updateUser(a, QStringLiteral("admin"), QStringLiteral("Nguyễn Quản"), Role::Supervisor).error().code,
        Error::Conflict);
    // Enabled, it does: now the first may step down.
    QVERIFY(m_users->setDisabled(a, QStringLiteral("admin2"), false).ok());
    const Status down =
        m_users->updateUser(a, QStringLiteral("admin"), QStringLiteral("Nguyễn Quản"), Role::Supervisor);
    QVERIFY2(down.ok(), qPrintable(down.error().message));
    // And admin2, the last one, cannot.
    QCOMPARE(m_users->updateUser(*second, QStringLiteral("admin2"), QStringLiteral("Hai"), Role::Clerk).error().code,
             Error::Conflict);
}

void TestUserAdmin::resetMakesPasswordTemporary()
{
    const Actor a = admin();
    addClerk(a);
    QVERIFY(!m_users->login(QStringLiteral("clerk1"), kClerkPassword)->mustChangePassword);
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1")).ok());
    QVERIFY(!m_users->login(QStringLiteral("clerk1"), kClerkPassword).ok());
    const Result<Actor> logged = m_users->login(QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1"));
    QVERIFY(logged.ok());
    QVERIFY(logged->mustChangePassword);
    QVERIFY(m_users->list(a).first().mustChangePassword == false); // "admin" sorts first
    QVERIFY(m_users->list(a).last().mustChangePassword);
    const QJsonObject audit = lastAudit(QStringLiteral("user.password"));
    QCOMPARE(audit.value(QStringLiteral("temporary")).toBool(), true);
    QCOMPARE(audit.value(QStringLiteral("self")).toBool(), false);
    // The audit never holds the password.
    QVERIFY(!QJsonDocument(audit).toJson().contains("Tam-thoi-1"));
}

void TestUserAdmin::ownChangeClearsTemporary()
{
    const Actor a = admin();
    addClerk(a);
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1")).ok());
    const Result<Actor> clerk = m_users->login(QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1"));
    QVERIFY(clerk.ok());
    QVERIFY(m_users->setPassword(*clerk, QStringLiteral("clerk1"), QStringLiteral("Rieng-cua-toi")).ok());
    const Result<Actor> again = m_users->login(QStringLiteral("clerk1"), QStringLiteral("Rieng-cua-toi"));
    QVERIFY(again.ok());
    QVERIFY(!again->mustChangePassword);
    QCOMPARE(lastAudit(QStringLiteral("user.password")).value(QStringLiteral("self")).toBool(), true);
    // An administrator's own change is not temporary either.
    QVERIFY(m_users->setPassword(a, QStringLiteral("admin"), QStringLiteral("Adm1n-pass-2")).ok());
    QVERIFY(!m_users->login(QStringLiteral("admin"), QStringLiteral("Adm1n-pass-2"))->mustChangePassword);
}

void TestUserAdmin::newAccountWithTemporaryPassword()
{
    const Actor a = admin();
    QVERIFY(!a.mustChangePassword);
    const Actor c = addClerk(a, true);
    QVERIFY(c.mustChangePassword);
    QVERIFY(m_users->login(QStringLiteral("clerk1"), kClerkPassword)->mustChangePassword);
    QCOMPARE(lastAudit(QStringLiteral("user.add")).value(QStringLiteral("temporary_password")).toBool(), true);
}

void TestUserAdmin::resetGivesDataKeyUnderTemporaryPassword()
{
    const Actor a = admin();
    QVERIFY(m_keys->isUnlocked()); // the first administrator created the data key
    const QString id = m_keys->key()->keyId();
    addClerk(a);
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1")).ok());
    QCOMPARE(lastAudit(QStringLiteral("user.password")).value(QStringLiteral("data_key")).toString(),
             QStringLiteral("rewrapped"));

    // The clerk's session, as at the login: the temporary password opens the same key...
    KeyRing clerkSession(*m_db, kIterations);
    QVERIFY(!clerkSession.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now()).ok());
    const Status opened = clerkSession.unlock(QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1"), m_clock->now());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(clerkSession.key()->keyId(), id);
    // ...and choosing their own password wraps it again under that one.
    UserService clerkUsers(*m_db, *m_clock, PasswordHasher::withIterationsForTesting(kIterations), &clerkSession);
    const Result<Actor> clerk = clerkUsers.login(QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1"));
    QVERIFY(clerk.ok());
    QVERIFY(clerkUsers.setPassword(*clerk, QStringLiteral("clerk1"), QStringLiteral("Rieng-cua-toi")).ok());
    KeyRing later(*m_db, kIterations);
    QVERIFY(!later.unlock(QStringLiteral("clerk1"), QStringLiteral("Tam-thoi-1"), m_clock->now()).ok());
    QVERIFY(later.unlock(QStringLiteral("clerk1"), QStringLiteral("Rieng-cua-toi"), m_clock->now()).ok());
    QCOMPARE(later.key()->keyId(), id);
}

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "test_useradmin.moc"
