#include "core/Clock.h"
#include "security/PasswordHasher.h"
#include "security/Roles.h"
#include "security/UserService.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace motcua;

namespace {

struct AuditRow
{
    QString username;
    QString action;
    QString entityKey;
    QJsonObject details;
};

} // namespace

class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstAdminOnlyOnce();
    void loginSucceeds();
    void loginFailuresLookAlike();
    void loginDisabled();
    void addUserValidation_data();
    void addUserValidation();
    void onlyAdminAddsUsers_data();
    void onlyAdminAddsUsers();
    void duplicateUsername();
    void lastAdminCannotBeDisabled();
    void setPasswordRules();
    void listNeedsSupervisor();
    void auditRowsWritten();
    void rehashOnLogin();
    void noPasswordStored();
    void requireRoleMessage();
    void repositoryRejectsDuplicate();

private:
    Actor admin();
    QList<AuditRow> auditRows();
    qint64 lastLogin(const QString& username);
    QString storedHash(const QString& username);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<UserService> m_users;
    const PasswordHasher m_hasher = PasswordHasher::withIterationsForTesting(1000);
};

void TestUserService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 3, 10), QTime(1, 30), Qt::UTC));
    m_users = std::make_unique<UserService>(*m_db, *m_clock, m_hasher);
}

void TestUserService::cleanup()
{
    m_users.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

Actor TestUserService::admin()
{
    const Result<Actor> a = m_users->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Nguyễn Văn Quản"),
                                                      QStringLiteral("Adm1n-pass"));
    if (!a) {
        qWarning("createFirstAdmin: %s", qPrintable(a.error().message));
        return {};
    }
    return *a;
}

QList<AuditRow> TestUserService::auditRows()
{
    QList<AuditRow> rows;
    Statement& st =
        m_db->prepare(QStringLiteral("SELECT username, action, entity_key, details FROM audit_log ORDER BY id"));
    while (st.next())
        rows.append({st.text(0), st.text(1), st.text(2), QJsonDocument::fromJson(st.text(3).toUtf8()).object()});
    return rows;
}

qint64 TestUserService::lastLogin(const QString& username)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT last_login_at FROM users WHERE username = ?"));
    st.bind(1, username);
    if (!st.next())
        return -1;
    const qint64 v = st.isNull(0) ? 0 : st.int64(0);
    st.reset();
    return v;
}

QString TestUserService::storedHash(const QString& username)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"));
    st.bind(1, username);
    if (!st.next())
        return {};
    const QString v = st.text(0);
    st.reset();
    return v;
}

void TestUserService::firstAdminOnlyOnce()
{
    QVERIFY(!m_users->hasAdmin());
    const Result<Actor> bad =
        m_users->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("A"), QStringLiteral("short"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::BadInput);
    QVERIFY(!m_users->hasAdmin());

    const Actor a = admin();
    QVERIFY(a.userId > 0);
    QCOMPARE(a.username, QStringLiteral("admin"));
    QCOMPARE(a.fullName, QStringLiteral("Nguyễn Văn Quản"));
    QCOMPARE(a.role, Role::Admin);
    QVERIFY(m_users->hasAdmin());

    const Result<Actor> again =
        m_users->createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("Second"), QStringLiteral("Another-pass"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Conflict);
    QCOMPARE(m_users->list(a).size(), 1);
}

void TestUserService::loginSucceeds()
{
    const Actor a = admin();
    m_clock->advanceSecs(3600);
    const Result<Actor> r = m_users->login(QStringLiteral("admin"), QStringLiteral("Adm1n-pass"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->userId, a.userId);
    QCOMPARE(r->role, Role::Admin);
    QCOMPARE(lastLogin(QStringLiteral("admin")), m_clock->now().toSecsSinceEpoch());

    // User names compare case-insensitively; the actor carries the stored spelling.
    const Result<Actor> upper = m_users->login(QStringLiteral(" ADMIN "), QStringLiteral("Adm1n-pass"));
    QVERIFY(upper.ok());
    QCOMPARE(upper->username, QStringLiteral("admin"));
}

void TestUserService::loginFailuresLookAlike()
{
    admin();
    const qint64 before = lastLogin(QStringLiteral("admin"));
    const Result<Actor> wrong = m_users->login(QStringLiteral("admin"), QStringLiteral("adm1n-pass"));
    const Result<Actor> unknown = m_users->login(QStringLiteral("nobody"), QStringLiteral("Adm1n-pass"));
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    QCOMPARE(wrong.error().code, unknown.error().code);
    QCOMPARE(wrong.error().message, unknown.error().message);
    QCOMPARE(wrong.error().message, QCoreApplication::translate("motcua::UserService", "Wrong user name or password."));
    QCOMPARE(lastLogin(QStringLiteral("admin")), before);

    const QList<AuditRow> rows = auditRows();
    QCOMPARE(rows.size(), 3); // user.add, then two failures
    QCOMPARE(rows.at(1).action, QStringLiteral("user.login_failed"));
    QCOMPARE(rows.at(1).entityKey, QStringLiteral("admin"));
    QCOMPARE(rows.at(2).action, QStringLiteral("user.login_failed"));
    QCOMPARE(rows.at(2).entityKey, QStringLiteral("nobody"));
    for (const AuditRow& row : rows) {
        const QString json = QString::fromUtf8(QJsonDocument(row.details).toJson());
        QVERIFY2(!json.contains(QStringLiteral("dm1n-pass"), Qt::CaseInsensitive), qPrintable(json));
    }
}

void TestUserService::loginDisabled()
{
    const Actor a = admin();
    QVERIFY(m_users
                ->addUser(a, QStringLiteral("clerk1"), QStringLiteral("Trần Thị B"), Role::Clerk,
                          QStringLiteral("Clerk-pass-1"))
                .ok());
    QVERIFY(m_users->setDisabled(a, QStringLiteral("clerk1"), true).ok());

    const Result<Actor> refused = m_users->login(QStringLiteral("clerk1"), QStringLiteral("Clerk-pass-1"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Forbidden);
    QVERIFY(refused.error().message !=
            QCoreApplication::translate("motcua::UserService", "Wrong user name or password."));
    QCOMPARE(lastLogin(QStringLiteral("clerk1")), 0);

    // Without the right password a disabled account looks like any failed login.
    const Result<Actor> wrong = m_users->login(QStringLiteral("clerk1"), QStringLiteral("guess-guess"));
    QCOMPARE(wrong.error().message, QCoreApplication::translate("motcua::UserService", "Wrong user name or password."));

    QVERIFY(m_users->setDisabled(a, QStringLiteral("clerk1"), false).ok());
    QVERIFY(m_users->login(QStringLiteral("clerk1"), QStringLiteral("Clerk-pass-1")).ok());
}

void TestUserService::addUserValidation_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    const QString name = QStringLiteral("Lê Văn C");
    const QString pass = QStringLiteral("long-enough");
    QTest::newRow("ok") << QStringLiteral("le.van-c_1") << name << pass << true;
    QTest::newRow("3 chars") << QStringLiteral("abc") << name << pass << true;
    QTest::newRow("32 chars") << QString(32, QLatin1Char('a')) << name << pass << true;
    QTest::newRow("2 chars") << QStringLiteral("ab") << name << pass << false;
    QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << name << pass << false;
    QTest::newRow("space inside") << QStringLiteral("le van") << name << pass << false;
    QTest::newRow("diacritics") << QStringLiteral("lêvăn") << name << pass << false;
    QTest::newRow("at sign") << QStringLiteral("le@van") << name << pass << false;
    QTest::newRow("empty name") << QStringLiteral("levan") << QString() << pass << false;
    QTest::newRow("blank name") << QStringLiteral("levan") << QStringLiteral("   ") << pass << false;
    QTest::newRow("7-char password") << QStringLiteral("levan") << name << QStringLiteral("1234567") << false;
    // 8 characters, not one of the common passwords ("12345678" is: PasswordPolicy).
    QTest::newRow("8-char password") << QStringLiteral("levan") << name << QStringLiteral("8chars-x") << true;
    QTest::newRow("empty password") << QStringLiteral("levan") << name << QString() << false;
    // 8 letters typed decomposed (e + marks) still count as 8 characters.
    QTest::newRow("decomposed password")
        << QStringLiteral("levan") << name
        << QStringLiteral("\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7").normalized(QString::NormalizationForm_D)
        << true;
    QTest::newRow("7 letters decomposed")
        << QStringLiteral("levan") << name
        << QStringLiteral("\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7\u1EC7").normalized(QString::NormalizationForm_D)
        << false;
}

void TestUserService::addUserValidation()
{
    QFETCH(QString, username);
    QFETCH(QString, fullName);
    QFETCH(QString, password);
    QFETCH(bool, valid);
    const Actor a = admin();
    const Result<Actor> r = m_users->addUser(a, username, fullName, Role::Clerk, password);
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QCOMPARE(r.error().code, Error::BadInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_users->list(a).size(), 1);
    } else {
        QCOMPARE(r->role, Role::Clerk);
        QCOMPARE(m_users->list(a).size(), 2);
        QVERIFY(m_users->login(username, password).ok());
    }
}

void TestUserService::onlyAdminAddsUsers_data()
{
    QTest::addColumn<int>("roleValue");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << false;
    QTest::newRow("supervisor") << int(Role::Supervisor) << false;
    QTest::newRow("admin") << int(Role::Admin) << true;
}

void TestUserService::onlyAdminAddsUsers()
{
    QFETCH(int, roleValue);
    QFETCH(bool, allowed);
    const Role role = static_cast<Role>(roleValue);
    const Actor a = admin();
    const Result<Actor> actor = m_users->addUser(a, QStringLiteral("actor"), QStringLiteral("Phạm Văn D"), role,
                                                 QStringLiteral("Actor-pass-1"));
    QVERIFY(actor.ok());
    QCOMPARE(actor->role, role);

    const Result<Actor> r = m_users->addUser(*actor, QStringLiteral("newbie"), QStringLiteral("Hoàng Thị E"),
                                             Role::Clerk, QStringLiteral("Newbie-pass-1"));
    QCOMPARE(r.ok(), allowed);
    if (!allowed) {
        QCOMPARE(r.error().code, Error::Forbidden);
        QVERIFY2(r.error().message.contains(roleName(role)), qPrintable(r.error().message));
        QVERIFY(!m_users->login(QStringLiteral("newbie"), QStringLiteral("Newbie-pass-1")).ok());
    }
}

void TestUserService::duplicateUsername()
{
    const Actor a = admin();
    QVERIFY(
        m_users
            ->addUser(a, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk, QStringLiteral("Clerk-pass-1"))
            .ok());
    for (const QString& dup : {QStringLiteral("clerk1"), QStringLiteral("CLERK1"), QStringLiteral("admin")}) {
        const Result<Actor> r =
            m_users->addUser(a, dup, QStringLiteral("C D"), Role::Supervisor, QStringLiteral("Other-pass-1"));
        QVERIFY2(!r.ok(), qPrintable(dup));
        QCOMPARE(r.error().code, Error::Conflict);
    }
    QCOMPARE(m_users->list(a).size(), 2);
    // The first account's password is untouched.
    QVERIFY(m_users->login(QStringLiteral("clerk1"), QStringLiteral("Clerk-pass-1")).ok());
}

void TestUserService::lastAdminCannotBeDisabled()
{
    const Actor a = admin();
    const Status alone = m_users->setDisabled(a, QStringLiteral("admin"), true);
    QVERIFY(!alone.ok());
    QCOMPARE(alone.error().code, Error::Conflict);

    const Result<Actor> second = m_users->addUser(a, QStringLiteral("admin2"), QStringLiteral("Second Admin"),
                                                  Role::Admin, QStringLiteral("Admin2-pass"));
    QVERIFY(second.ok());
    const Status disabledFirst = m_users->setDisabled(*second, QStringLiteral("admin"), true);
    QVERIFY2(disabledFirst.ok(), qPrintable(disabledFirst.error().message));
    // Now admin2 is the last enabled administrator, and cannot disable itself.
    const Status self = m_users->setDisabled(*second, QStringLiteral("admin2"), true);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, Error::Conflict);
    QVERIFY(m_users->login(QStringLiteral("admin2"), QStringLiteral("Admin2-pass")).ok());

    // Clerks are disabled freely; a clerk cannot disable anyone.
    const Result<Actor> clerk = m_users->addUser(*second, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk,
                                                 QStringLiteral("Clerk-pass-1"));
    QVERIFY(clerk.ok());
    const Status byClerk = m_users->setDisabled(*clerk, QStringLiteral("admin2"), true);
    QCOMPARE(byClerk.error().code, Error::Forbidden);
    QVERIFY(m_users->setDisabled(*second, QStringLiteral("clerk1"), true).ok());
    const Status missing = m_users->setDisabled(*second, QStringLiteral("ghost"), true);
    QCOMPARE(missing.error().code, Error::NotFound);
}

void TestUserService::setPasswordRules()
{
    const Actor a = admin();
    const Result<Actor> clerk = m_users->addUser(a, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk,
                                                 QStringLiteral("Clerk-pass-1"));
    const Result<Actor> other = m_users->addUser(a, QStringLiteral("clerk2"), QStringLiteral("C D"), Role::Clerk,
                                                 QStringLiteral("Clerk-pass-2"));
    QVERIFY(clerk.ok() && other.ok());

    // A user changes their own password.
    QVERIFY(m_users->setPassword(*clerk, QStringLiteral("clerk1"), QStringLiteral("New-pass-1")).ok());
    QVERIFY(!m_users->login(QStringLiteral("clerk1"), QStringLiteral("Clerk-pass-1")).ok());
    QVERIFY(m_users->login(QStringLiteral("clerk1"), QStringLiteral("New-pass-1")).ok());

    // ...but not someone else's.
    const Status notMine = m_users->setPassword(*clerk, QStringLiteral("clerk2"), QStringLiteral("Hijack-pass"));
    QCOMPARE(notMine.error().code, Error::Forbidden);
    QVERIFY(m_users->login(QStringLiteral("clerk2"), QStringLiteral("Clerk-pass-2")).ok());

    // An administrator resets anyone's.
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk2"), QStringLiteral("Reset-pass-2")).ok());
    QVERIFY(m_users->login(QStringLiteral("clerk2"), QStringLiteral("Reset-pass-2")).ok());

    const Status tooShort = m_users->setPassword(a, QStringLiteral("clerk2"), QStringLiteral("short"));
    QCOMPARE(tooShort.error().code, Error::BadInput);
    const Status missing = m_users->setPassword(a, QStringLiteral("ghost"), QStringLiteral("Ghost-pass-1"));
    QCOMPARE(missing.error().code, Error::NotFound);
}

void TestUserService::listNeedsSupervisor()
{
    const Actor a = admin();
    const Result<Actor> clerk = m_users->addUser(a, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk,
                                                 QStringLiteral("Clerk-pass-1"));
    const Result<Actor> boss = m_users->addUser(a, QStringLiteral("boss"), QStringLiteral("C D"), Role::Supervisor,
                                                QStringLiteral("Boss-pass-1"));
    QVERIFY(clerk.ok() && boss.ok());

    const Result<QList<UserInfo>> denied = m_users->listUsers(*clerk);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Forbidden);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^cannot list users")));
    QVERIFY(m_users->list(*clerk).isEmpty());

    const QList<UserInfo> seen = m_users->list(*boss);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).username, QStringLiteral("admin")); // ordered by user name
    QCOMPARE(seen.at(1).username, QStringLiteral("boss"));
    QCOMPARE(seen.at(1).role, Role::Supervisor);
    QCOMPARE(seen.at(2).username, QStringLiteral("clerk1"));
    QCOMPARE(seen.at(2).fullName, QStringLiteral("A B"));
    QCOMPARE(seen.at(2).createdAt, m_clock->now());
    QVERIFY(!seen.at(2).lastLoginAt.isValid());
    QVERIFY(!seen.at(2).disabled);
}

void TestUserService::auditRowsWritten()
{
    const Actor a = admin();
    QVERIFY(
        m_users
            ->addUser(a, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk, QStringLiteral("Clerk-pass-1"))
            .ok());
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk1"), QStringLiteral("New-pass-1")).ok());
    QVERIFY(m_users->setDisabled(a, QStringLiteral("clerk1"), true).ok());
    QVERIFY(m_users->setDisabled(a, QStringLiteral("clerk1"), true).ok()); // no change, no row
    QVERIFY(m_users->login(QStringLiteral("admin"), QStringLiteral("Adm1n-pass")).ok());
    // A refused change writes nothing.
    QVERIFY(!m_users->setDisabled(a, QStringLiteral("admin"), true).ok());

    const QList<AuditRow> rows = auditRows();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).action, QStringLiteral("user.add"));
    QCOMPARE(rows.at(0).username, QStringLiteral("admin"));
    QCOMPARE(rows.at(0).entityKey, QStringLiteral("admin"));
    QCOMPARE(rows.at(0).details.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(rows.at(1).action, QStringLiteral("user.add"));
    QCOMPARE(rows.at(1).username, QStringLiteral("admin"));
    QCOMPARE(rows.at(1).entityKey, QStringLiteral("clerk1"));
    QCOMPARE(rows.at(1).details.value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
    QCOMPARE(rows.at(2).action, QStringLiteral("user.password"));
    QCOMPARE(rows.at(2).entityKey, QStringLiteral("clerk1"));
    QCOMPARE(rows.at(3).action, QStringLiteral("user.disable"));
    QCOMPARE(rows.at(3).details.value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(rows.at(4).action, QStringLiteral("user.login"));
    QCOMPARE(rows.at(4).username, QStringLiteral("admin"));

    Statement& st = m_db->prepare(QStringLiteral("SELECT DISTINCT at FROM audit_log"));
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), m_clock->now().toSecsSinceEpoch());
    QVERIFY(!st.next());
}

void TestUserService::rehashOnLogin()
{
    admin();
    PasswordHasher::Parsed before;
    QVERIFY(PasswordHasher::parse(storedHash(QStringLiteral("admin")), &before));
    QCOMPARE(before.iterations, 1000);

    // A later build with a higher default upgrades the stored hash at the next login.
    UserService stronger(*m_db, *m_clock, PasswordHasher::withIterationsForTesting(2000));
    QVERIFY(stronger.login(QStringLiteral("admin"), QStringLiteral("Adm1n-pass")).ok());
    PasswordHasher::Parsed after;
    QVERIFY(PasswordHasher::parse(storedHash(QStringLiteral("admin")), &after));
    QCOMPARE(after.iterations, 2000);
    QVERIFY(after.salt != before.salt);
    QVERIFY(m_users->login(QStringLiteral("admin"), QStringLiteral("Adm1n-pass")).ok());
}

void TestUserService::noPasswordStored()
{
    const QString secrets[] = {QStringLiteral("Adm1n-pass"), QStringLiteral("Zebra-Secret-71"),
                               QStringLiteral("Changed-Secret-93"), QStringLiteral("Typo-Secret-55")};
    const Actor a = admin();
    QVERIFY(m_users->addUser(a, QStringLiteral("clerk1"), QStringLiteral("A B"), Role::Clerk, secrets[1]).ok());
    QVERIFY(m_users->setPassword(a, QStringLiteral("clerk1"), secrets[2]).ok());
    QVERIFY(m_users->login(QStringLiteral("clerk1"), secrets[2]).ok());
    QVERIFY(!m_users->login(QStringLiteral("clerk1"), secrets[3]).ok());
    QVERIFY(!m_users->login(QStringLiteral("ghost"), secrets[3]).ok());

    // Every text cell of every table.
    QStringList tables;
    {
        Statement& st = m_db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (st.next())
            tables.append(st.text(0));
    }
    QVERIFY(tables.contains(QStringLiteral("users")));
    QVERIFY(tables.contains(QStringLiteral("audit_log")));
    for (const QString& table : std::as_const(tables)) {
        Statement& st = m_db->prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!st.isValid())
            continue; // FTS shadow tables and the like
        const int columns = sqlite3_column_count(st.handle());
        while (st.next()) {
            for (int c = 0; c < columns; ++c) {
                const QString cell = st.text(c);
                for (const QString& secret : secrets)
                    QVERIFY2(!cell.contains(secret), qPrintable(table));
            }
        }
    }
    // And the raw files, in case a value were written and later overwritten.
    m_db->close();
    const QDir dir(m_dir->path());
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString& secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
    }
}

void TestUserService::requireRoleMessage()
{
    Actor clerk;
    clerk.role = Role::Clerk;
    const QString what = QStringLiteral("import the catalogue");
    const Status denied = requireRole(clerk, Role::Supervisor, what);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Forbidden);
    QCOMPARE(denied.error().message, QCoreApplication::translate("motcua::Roles", "Your role (%1) does not allow: %2.")
                                         .arg(roleName(Role::Clerk), what));
    QVERIFY(requireRole(clerk, Role::Clerk, what).ok());
    Actor boss;
    boss.role = Role::Admin;
    QVERIFY(requireRole(boss, Role::Supervisor, what).ok());
}

void TestUserService::repositoryRejectsDuplicate()
{
    // The UNIQUE index is the last line of defence, even for a caller that skips the check.
    UserRepository repo(*m_db);
    UserRecord u;
    u.username = QStringLiteral("clerk1");
    u.fullName = QStringLiteral("A B");
    u.passwordHash = *m_hasher.hash(QStringLiteral("Clerk-pass-1"));
    u.createdAt = m_clock->now();
    const Result<qint64> first = repo.insert(u);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    u.username = QStringLiteral("Clerk1");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("UNIQUE constraint failed")));
    const Result<qint64> second = repo.insert(u);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Conflict);

    const Result<UserRecord> read = repo.byUsername(QStringLiteral("CLERK1"));
    QVERIFY(read.ok());
    QCOMPARE(read->id, *first);
    QCOMPARE(read->passwordHash, u.passwordHash);
    QCOMPARE(repo.byUsername(QStringLiteral("nobody")).error().code, Error::NotFound);
    QCOMPARE(*repo.countAdmins(false), 0);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "test_userservice.moc"
