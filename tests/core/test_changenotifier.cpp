// The application's change notifier: a signal per area after every commit of the app's own
// connection (none for a rolled back transaction or a table no page shows), an imported
// catalogue included, and after commits of another connection or process on the same file
// (PRAGMA data_version, then per area).

#include "core/Dossier.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/ChangeWatch.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localCommits_data();
    void localCommits();
    void rolledBackChangesNothing();
    void otherProcess_data();
    void otherProcess();

private:
    std::unique_ptr<AppContext> open();
    QString receive(AppContext& app);
    // The demo catalogue again, in force from a later day (an import, or a pulled catalogue).
    static bool importCatalogue(AppContext& app);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    Actor m_clerk;
};

std::unique_ptr<AppContext> TestChangeNotifier::open()
{
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("changes.db"));
    o.encryptAtAdminLogin = false;
    auto ctx = AppContext::open(o);
    if (!ctx)
        qWarning() << ctx.error().message;
    return ctx ? std::move(*ctx) : nullptr;
}

QString TestChangeNotifier::receive(AppContext& app)
{
    for (const Procedure& p : app.catalogue().procedures()) {
        if (!p.channel(Channel::Counter))
            continue;
        Dossier d;
        d.procedureCode = p.code;
        d.applicant.fullName = QStringLiteral("Lê Thị Mai");
        d.applicant.idNumber = QStringLiteral("062090011111");
        auto r = app.dossiers().receive(m_clerk, d);
        return r ? r->code : QString();
    }
    return {};
}

bool TestChangeNotifier::importCatalogue(AppContext& app)
{
    QFile demo(QStringLiteral(":/motcua/demo/catalogue.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return false;
    QJsonObject catalogue = QJsonDocument::fromJson(demo.readAll()).object();
    catalogue.insert(QStringLiteral("effective_from"), QStringLiteral("2024-01-01"));
    const Actor admin{1, QStringLiteral("admin"), QStringLiteral("Quản Trị"), Role::Admin};
    auto imported = app.catalogue().importCatalogue(admin, QJsonDocument(catalogue).toJson(), QStringLiteral("t"));
    if (!imported)
        qWarning() << imported.error().message;
    return imported.ok();
}

void TestChangeNotifier::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("changes.db")));
    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.role = Role::Clerk;
    m_app = open();
    QVERIFY(m_app);
    m_app->changes().setPollInterval(50);
}

void TestChangeNotifier::cleanup()
{
    m_app.reset();
}

void TestChangeNotifier::localCommits_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("dossiers");
    QTest::addColumn<int>("outbox");
    QTest::addColumn<int>("settings");
    QTest::addColumn<int>("catalogue");
    QTest::addColumn<int>("accounts");
    QTest::newRow("a dossier received") << "receive" << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("a setting saved") << "setting" << 0 << 0 << 1 << 0 << 0;
    QTest::newRow("a catalogue imported") << "catalogue" << 0 << 0 << 0 << 1 << 0;
    QTest::newRow("an account added") << "account" << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("a table no page shows") << "other" << 0 << 0 << 0 << 0 << 0;
}

void TestChangeNotifier::localCommits()
{
    QFETCH(QString, what);
    QFETCH(int, dossiers);
    QFETCH(int, outbox);
    QFETCH(int, settings);
    QFETCH(int, catalogue);
    QFETCH(int, accounts);
    ChangeNotifier& n = m_app->changes();
    n.setPollInterval(0); // only the commit hook
    QSignalSpy d(&n, &ChangeNotifier::dossiersChanged);
    QSignalSpy o(&n, &ChangeNotifier::outboxChanged);
    QSignalSpy s(&n, &ChangeNotifier::settingsChanged);
    QSignalSpy c(&n, &ChangeNotifier::catalogueChanged);
    QSignalSpy a(&n, &ChangeNotifier::accountsChanged);
    QSignalSpy any(&n, &ChangeNotifier::changed);
    if (what == QLatin1String("receive"))
        QVERIFY(!receive(*m_app).isEmpty());
    else if (what == QLatin1String("setting"))
        QVERIFY(m_app->settings().set(QStringLiteral("sync.intervalSecs"), QStringLiteral("17")));
    else if (what == QLatin1String("catalogue"))
        QVERIFY(importCatalogue(*m_app));
    else if (what == QLatin1String("account"))
        QVERIFY(m_app->users()
                    .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                      QStringLiteral("quan-tri-mat-khau-1"))
                    .ok());
    else
        QVERIFY(m_app->db().execute(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('x', 'y')")));
    // Nothing inside the commit: the signals come from the event loop, once.
    QCOMPARE(any.count(), 0);
    QTest::qWait(100);
    QCOMPARE(d.count(), dossiers);
    QCOMPARE(o.count(), outbox);
    QCOMPARE(s.count(), settings);
    QCOMPARE(c.count(), catalogue);
    QCOMPARE(a.count(), accounts);
    QCOMPARE(any.count(), dossiers + outbox + settings + catalogue + accounts > 0 ? 1 : 0);
}

void TestChangeNotifier::rolledBackChangesNothing()
{
    ChangeNotifier& n = m_app->changes();
    QSignalSpy any(&n, &ChangeNotifier::changed);
    {
        Transaction tx(m_app->db());
        QVERIFY(tx.begun());
        QVERIFY(m_app->settings().set(QStringLiteral("sync.intervalSecs"), QStringLiteral("23")));
    } // rolled back
    QTest::qWait(200);
    QCOMPARE(any.count(), 0);
    QCOMPARE(m_app->settings().integer(QStringLiteral("sync.intervalSecs")), 60);
}

void TestChangeNotifier::otherProcess_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("areas");
    QTest::newRow("a step recorded elsewhere") << "step" << int(ChangeWatch::Dossiers | ChangeWatch::Outbox);
    QTest::newRow("a setting saved elsewhere") << "setting" << int(ChangeWatch::Settings);
    QTest::newRow("the center's feed moved") << "feed" << int(ChangeWatch::Dossiers);
    QTest::newRow("a catalogue imported elsewhere") << "catalogue" << int(ChangeWatch::Catalogue);
    QTest::newRow("an account pulled elsewhere") << "account" << int(ChangeWatch::Accounts);
    QTest::newRow("only the audit trail") << "audit" << 0;
}

void TestChangeNotifier::otherProcess()
{
    QFETCH(QString, what);
    QFETCH(int, areas);
    const QString code = receive(*m_app);
    QVERIFY(!code.isEmpty());
    ChangeNotifier& n = m_app->changes();
    QTest::qWait(150); // the app's own commit is told and done with
    QSignalSpy any(&n, &ChangeNotifier::changed);

    // Another connection to the same file, as `motcuactl` or a sync pass has.
    auto other = open();
    QVERIFY(other);
    if (what == QLatin1String("step")) {
        QVERIFY(other->processing().withdraw(m_clerk, code, QStringLiteral("Rút hồ sơ")));
    } else if (what == QLatin1String("setting")) {
        QVERIFY(other->settings().set(QStringLiteral("sync.intervalSecs"), QStringLiteral("31")));
    } else if (what == QLatin1String("catalogue")) {
        QVERIFY(importCatalogue(*other));
    } else if (what == QLatin1String("account")) {
        // As the accounts lane of a sync pass writes one from the center.
        QVERIFY(other->db().execute(
            QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at, center_revision) "
                           "VALUES ('thu.ha', 'Lê Thu Hà', 'clerk', 'x', 0, 3)")));
    } else if (what == QLatin1String("feed")) {
        QVERIFY(other->db().execute(
            QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('feed.cursor', '812:H34-261207-0001')")));
    } else {
        QVERIFY(other->db().execute(QStringLiteral("INSERT INTO audit_log (at, username, action, entity, entity_key) "
                                                   "VALUES (0, 'x', 'test', 'test', 'x')")));
    }
    other.reset();
    QTest::qWait(300);
    if (areas == 0) {
        QCOMPARE(any.count(), 0);
        return;
    }
    QCOMPARE(any.count(), 1);
    QCOMPARE(any.first().first().toInt(), areas);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "test_changenotifier.moc"
