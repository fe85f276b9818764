// The center's accounts on every workstation, with a real motcua-center on PostgreSQL and three
// workstation databases (encrypted, as in the app): a clerk created on A logs in on C, offline
// too; a clerk created on A logs in on C while C sat at its login screen, never synced since
// (C asks the center for the one account), and so does a password set on A; an account disabled
// on A is refused on B after B's next sync; a role edited in C's
// database (through its key) refuses the login, and one edited in the editable column grants
// nothing.
#include "PortalFixture.h"
#include "security/KeyRing.h"
#include "security/StationAccounts.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CenterMembership.h"
#include "store/Database.h"
#include "store/KeyFile.h"
#include "sync/AccountLookup.h"
#include "sync/AccountSync.h"
#include "sync/CenterJoin.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kClerkPassword = QStringLiteral("Thu-Ha-mat-khau-7");

struct Station
{
    QString name;
    QTemporaryDir dir;
    std::unique_ptr<AppContext> app;
    Actor admin;
    QString adminName() const { return QStringLiteral("admin-") + name; }
    static QString adminPassword() { return QStringLiteral("station-admin-password-1"); }
    QString path() const { return dir.filePath(QStringLiteral("station.db")); }
};

std::unique_ptr<AppContext> openStation(const QString& path)
{
    AppContext::Options o;
    o.databasePath = path;
    o.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(o);
    return ctx ? std::move(*ctx) : nullptr;
}

} // namespace

class TestCenterAccounts : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    Station m_a, m_b, m_c;

    QString enrol(int station)
    {
        QByteArray code;
        if (m_center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(station)},
                                   &code) != 0)
            return QString();
        return QString::fromUtf8(code).trimmed();
    }

    bool setUp(Station& s, const QString& name, int number)
    {
        s.name = name;
        s.app = openStation(s.path());
        if (!s.app)
            return false;
        auto admin = s.app->users().createFirstAdmin(s.adminName(), QStringLiteral("Quản Trị ") + name,
                                                     Station::adminPassword());
        if (!admin)
            return false;
        s.admin = *admin;
        auto joined = joinCenter(s.app->settings(), m_center.url(), m_center.caPath(), enrol(number), name);
        if (!joined) {
            qWarning() << joined.error().message;
            return false;
        }
        return adoptCenter(*s.app, *joined).ok();
    }

    // One accounts pass of the station, as the sync engine runs it.
    void syncAccounts(Station& s)
    {
        auto options = s.app->sync().options(true);
        QVERIFY2(options.ok(), options ? "" : qPrintable(options.error().message));
        options->kinds = {SyncKind::Account};
        auto report = SyncRunner(s.path(), *options).run();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.join(QLatin1Char('\n'))));
        QVERIFY(report->reached);
    }

    // The station closed and opened again (locked: the database is encrypted), then a login.
    Result<Actor> loginAfresh(Station& s, const QString& user, const QString& password)
    {
        s.app.reset();
        s.app = openStation(s.path());
        if (!s.app)
            return Error::internal(QStringLiteral("cannot open the station"));
        auto actor = s.app->users().login(user, password);
        if (actor) {
            if (Status u = s.app->attachments().unlock(user, password); !u)
                return u.error();
        }
        return actor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        QVERIFY(setUp(m_a, QStringLiteral("A"), 2));
        QVERIFY(setUp(m_b, QStringLiteral("B"), 3));
        QVERIFY(setUp(m_c, QStringLiteral("C"), 4));
        QVERIFY(m_a.app->db().isKeyed());
        QVERIFY(m_c.app->stationAccounts().isJoined());
    }

    void joiningAdministratorIsSignedByTheCenter()
    {
        // The join ran one accounts pass: A's administrator came back signed, so it is an
        // administrator at its next login too.
        auto again = loginAfresh(m_a, m_a.adminName(), Station::adminPassword());
        QVERIFY2(again.ok(), again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->role, Role::Admin);
        m_a.admin = *again;
    }

    // Every workstation was set up with an administrator called "admin" (the name the first-run
    // dialog suggests), with the same password. D joins, then E at once, before D's next sync has
    // given the center D's key wrap: E's administrator must still open E.
    void sameAdministratorNameOnTwoStationsJoiningAtOnce()
    {
        Station d, e;
        const QString admin = QStringLiteral("admin");
        for (auto [s, name, number] :
             {std::tuple{&d, QStringLiteral("D"), 5}, std::tuple{&e, QStringLiteral("E"), 6}}) {
            s->name = name;
            s->app = openStation(s->path());
            QVERIFY(s->app);
            QVERIFY(s->app->users().createFirstAdmin(admin, QStringLiteral("Quản Trị"), Station::adminPassword()).ok());
            auto joined = joinCenter(s->app->settings(), m_center.url(), m_center.caPath(), enrol(number), name);
            QVERIFY2(joined.ok(), joined ? "" : qPrintable(joined.error().message));
            QVERIFY(adoptCenter(*s->app, *joined).ok());
        }
        for (Station* s : {&d, &e}) {
            auto again = loginAfresh(*s, admin, Station::adminPassword());
            QVERIFY2(again.ok(),
                     again ? qPrintable(s->name) : qPrintable(s->name + QStringLiteral(": ") + again.error().message));
            QCOMPARE(again->role, Role::Admin);
            QVERIFY(s->app->keyRing().isUnlocked());
        }
        // After both have synced, one "admin" for the center: the same password opens both.
        syncAccounts(d);
        syncAccounts(e);
        for (Station* s : {&d, &e}) {
            auto synced = loginAfresh(*s, admin, Station::adminPassword());
            QVERIFY2(synced.ok(), synced ? "" : qPrintable(s->name + QStringLiteral(": ") + synced.error().message));
            QVERIFY(s->app->keyRing().isUnlocked());
        }
    }

    void clerkCreatedOnALogsInOnC()
    {
        auto clerk = m_a.app->users().addUser(m_a.admin, QStringLiteral("thu.ha"), QStringLiteral("Lê Thu Hà"),
                                              Role::Clerk, kClerkPassword);
        QVERIFY2(clerk.ok(), clerk ? "" : qPrintable(clerk.error().message));
        // Not on C before the syncs.
        auto before = m_c.app->users().login(QStringLiteral("thu.ha"), kClerkPassword);
        QVERIFY(!before.ok());
        syncAccounts(m_a);
        syncAccounts(m_c);
        // C closed and opened again: the password opens C's own data key through the center's
        // account key (key file), then the account signed by the center.
        auto onC = loginAfresh(m_c, QStringLiteral("thu.ha"), kClerkPassword);
        QVERIFY2(onC.ok(), onC ? "" : qPrintable(onC.error().message));
        QCOMPARE(onC->role, Role::Clerk);
        QCOMPARE(onC->fullName, QStringLiteral("Lê Thu Hà"));
        QVERIFY(m_c.app->keyRing().isUnlocked());
        QVERIFY(!m_c.app->users().login(QStringLiteral("thu.ha"), QStringLiteral("wrong-password-1")).ok());

        // Offline: the center stopped, the login still works from what C keeps.
        m_center.stop();
        auto offline = loginAfresh(m_c, QStringLiteral("thu.ha"), kClerkPassword);
        QVERIFY2(offline.ok(), offline ? "" : qPrintable(offline.error().message));
        QVERIFY(m_center.restart());
        // C back with its administrator for the next tests.
        auto admin = loginAfresh(m_c, m_c.adminName(), Station::adminPassword());
        QVERIFY2(admin.ok(), admin ? "" : qPrintable(admin.error().message));
        QCOMPARE(admin->role, Role::Admin);
        m_c.admin = *admin;
    }

    // C sits at its login screen (its database closed, so it cannot sync) while A creates an
    // account: the account logs in on C at once, C asking the center for it; then offline.
    void newAccountLogsInAtALoginScreenThatNeverSynced()
    {
        const QString password = QStringLiteral("Moi-den-mat-khau-5");
        m_c.app.reset();
        m_c.app = openStation(m_c.path());
        QVERIFY(m_c.app && m_c.app->isLocked());
        QVERIFY(
            m_a.app->users()
                .addUser(m_a.admin, QStringLiteral("moi.den"), QStringLiteral("Vũ Mới Đến"), Role::Supervisor, password)
                .ok());
        syncAccounts(m_a);

        // A wrong password opens nothing, and the database stays closed.
        QVERIFY(!m_c.app->users().login(QStringLiteral("moi.den"), QStringLiteral("wrong-password-1")).ok());
        QVERIFY(m_c.app->isLocked());
        auto onC = m_c.app->users().login(QStringLiteral("moi.den"), password);
        QVERIFY2(onC.ok(), onC ? "" : qPrintable(onC.error().message));
        QCOMPARE(onC->role, Role::Supervisor);
        QCOMPARE(onC->fullName, QStringLiteral("Vũ Mới Đến"));
        QVERIFY(!m_c.app->isLocked());

        // C keeps it: the center stopped, the account still logs in there.
        m_center.stop();
        auto offline = loginAfresh(m_c, QStringLiteral("moi.den"), password);
        QVERIFY2(offline.ok(), offline ? "" : qPrintable(offline.error().message));
        QCOMPARE(offline->role, Role::Supervisor);
        QVERIFY(m_center.restart());

        // A password set on A reaches C's login screen the same way; the old one stops working.
        const QString newPassword = QStringLiteral("Moi-den-mat-khau-6");
        QVERIFY(m_a.app->users().setPassword(m_a.admin, QStringLiteral("moi.den"), newPassword).ok());
        syncAccounts(m_a);
        m_c.app.reset();
        m_c.app = openStation(m_c.path());
        auto changed = m_c.app->users().login(QStringLiteral("moi.den"), newPassword);
        QVERIFY2(changed.ok(), changed ? "" : qPrintable(changed.error().message));
        QVERIFY(!loginAfresh(m_c, QStringLiteral("moi.den"), password).ok());

        // With C's database open (its administrator signed in), a name it does not know is
        // asked for too.
        QVERIFY(loginAfresh(m_c, m_c.adminName(), Station::adminPassword()).ok());
        const QString other = QStringLiteral("Den-sau-mat-khau-8");
        QVERIFY(m_a.app->users()
                    .addUser(m_a.admin, QStringLiteral("den.sau"), QStringLiteral("Hồ Đến Sau"), Role::Clerk, other)
                    .ok());
        syncAccounts(m_a);
        auto open = m_c.app->users().login(QStringLiteral("den.sau"), other);
        QVERIFY2(open.ok(), open ? "" : qPrintable(open.error().message));
        m_c.admin = *loginAfresh(m_c, m_c.adminName(), Station::adminPassword());
    }

    // The lookup answers only an enrolled station with its key: not a wrong key, not a name the
    // center lacks, not a revoked station.
    void accountLookupNeedsTheStationsKey()
    {
        auto content = KeyFile(KeyFile::pathFor(m_c.path())).read();
        QVERIFY2(content.ok(), content ? "" : qPrintable(content.error().message));
        QVERIFY(content->center.isSet());
        QCOMPARE(content->center.station, 4);
        auto found = fetchAccountBeforeLogin(content->center, QStringLiteral("moi.den"));
        QVERIFY2(found.ok(), found ? "" : qPrintable(found.error().message));
        QCOMPARE(found->role, QStringLiteral("supervisor"));
        QVERIFY(found->wrap.has_value());

        QCOMPARE(fetchAccountBeforeLogin(content->center, QStringLiteral("khong.co")).error().code, Error::NotFound);
        KeyFile::Content::CenterLookup wrong = content->center;
        wrong.key = QString(64, QLatin1Char('0'));
        QCOMPARE(fetchAccountBeforeLogin(wrong, QStringLiteral("moi.den")).error().code, Error::Forbidden);
        KeyFile::Content::CenterLookup otherStation = content->center;
        otherStation.station = 3; // B's number, C's key
        QCOMPARE(fetchAccountBeforeLogin(otherStation, QStringLiteral("moi.den")).error().code, Error::Forbidden);

        // A station revoked: its key stops working at once.
        Station d;
        QVERIFY(setUp(d, QStringLiteral("D"), 7));
        auto dKeys = KeyFile(KeyFile::pathFor(d.path())).read();
        QVERIFY(dKeys.ok() && dKeys->center.isSet());
        QVERIFY(fetchAccountBeforeLogin(dKeys->center, QStringLiteral("moi.den")).ok());
        QCOMPARE(m_center.centerCommand({QStringLiteral("revoke"), QStringLiteral("--station"), QStringLiteral("7")}),
                 0);
        QCOMPARE(fetchAccountBeforeLogin(dKeys->center, QStringLiteral("moi.den")).error().code, Error::Forbidden);
    }

    void disabledUserRefusedOnBAfterSync()
    {
        syncAccounts(m_b);
        auto onB = loginAfresh(m_b, QStringLiteral("thu.ha"), kClerkPassword);
        QVERIFY2(onB.ok(), onB ? "" : qPrintable(onB.error().message));
        auto admin = loginAfresh(m_b, m_b.adminName(), Station::adminPassword());
        QVERIFY2(admin.ok(), admin ? "" : qPrintable(admin.error().message));

        QVERIFY(m_a.app->users().setDisabled(m_a.admin, QStringLiteral("thu.ha"), true).ok());
        syncAccounts(m_a);
        // Before B's sync B still lets her in; after it, B refuses her.
        syncAccounts(m_b);
        auto refused = loginAfresh(m_b, QStringLiteral("thu.ha"), kClerkPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Forbidden);
        auto back = loginAfresh(m_b, m_b.adminName(), Station::adminPassword());
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
    }

    void tamperedRoleRowRefusedAtLogin()
    {
        const QString password = QStringLiteral("Kiem-tra-mat-khau-9");
        auto made = m_a.app->users().addUser(m_a.admin, QStringLiteral("kiem.tra"), QStringLiteral("Phạm Kiểm Tra"),
                                             Role::Clerk, password);
        QVERIFY(made.ok());
        syncAccounts(m_a);
        syncAccounts(m_c);
        auto clerk = loginAfresh(m_c, QStringLiteral("kiem.tra"), password);
        QVERIFY2(clerk.ok(), clerk ? "" : qPrintable(clerk.error().message));
        QCOMPARE(clerk->role, Role::Clerk);

        // The editable column says administrator: the center's signed role still counts.
        QVERIFY(
            m_c.app->db().execute(QStringLiteral("UPDATE users SET role = 'admin' WHERE username = 'kiem.tra'")).ok());
        auto editable = loginAfresh(m_c, QStringLiteral("kiem.tra"), password);
        QVERIFY2(editable.ok(), editable ? "" : qPrintable(editable.error().message));
        QCOMPARE(editable->role, Role::Clerk);

        // The signed role itself edited: the signature no longer verifies, the login is refused.
        QVERIFY(m_c.app->db()
                    .execute(QStringLiteral("UPDATE users SET center_role = 'admin' WHERE username = 'kiem.tra'"))
                    .ok());
        auto tampered = loginAfresh(m_c, QStringLiteral("kiem.tra"), password);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, Error::Forbidden);
        // So is any other signed field changed in the database.
        QVERIFY(m_c.app->db()
                    .execute(QStringLiteral("UPDATE users SET center_role = 'clerk', center_disabled = 1 "
                                            "WHERE username = 'kiem.tra'"))
                    .ok());
        QVERIFY(!loginAfresh(m_c, QStringLiteral("kiem.tra"), password).ok());
    }

    void accountNotConfirmedYetIsAClerk()
    {
        // Made on A, promoted there, not yet synchronised: A counts it as a clerk until the
        // center signs the new role.
        const QString password = QStringLiteral("Giam-sat-mat-khau-3");
        QVERIFY(m_a.app->users()
                    .addUser(m_a.admin, QStringLiteral("giam.sat"), QStringLiteral("Đỗ Giám Sát"), Role::Supervisor,
                             password)
                    .ok());
        auto unconfirmed = m_a.app->users().login(QStringLiteral("giam.sat"), password);
        QVERIFY(unconfirmed.ok());
        QCOMPARE(unconfirmed->role, Role::Clerk);
        syncAccounts(m_a);
        auto confirmed = m_a.app->users().login(QStringLiteral("giam.sat"), password);
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed->role, Role::Supervisor);
    }

    void disabledAtTheCenterRefusedOnC()
    {
        const QString password = QStringLiteral("Giam-sat-mat-khau-3");
        // C's administrator signs in again (the last login on C was refused).
        QVERIFY(loginAfresh(m_c, m_c.adminName(), Station::adminPassword()).ok());
        syncAccounts(m_c);
        QVERIFY(loginAfresh(m_c, QStringLiteral("giam.sat"), password).ok());
        QVERIFY(loginAfresh(m_c, m_c.adminName(), Station::adminPassword()).ok());
        QByteArray out;
        QCOMPARE(m_center.centerCommand({QStringLiteral("account"), QStringLiteral("--user"),
                                         QStringLiteral("giam.sat"), QStringLiteral("--disable")},
                                        &out),
                 0);
        syncAccounts(m_c);
        auto refused = loginAfresh(m_c, QStringLiteral("giam.sat"), password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Forbidden);
        // An unknown name is refused by the center's command.
        QVERIFY(m_center.centerCommand({QStringLiteral("account"), QStringLiteral("--user"), QStringLiteral("nobody"),
                                        QStringLiteral("--disable")}) != 0);
    }
};

QTEST_GUILESS_MAIN(TestCenterAccounts)
#include "test_centeraccounts.moc"
