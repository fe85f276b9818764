// Secret settings (portal.password, sync.bundleSecret) sealed under the data key: the settings
// table never holds them in clear, only an unlocked session reads them, clear values of an
// older database are sealed at the first unlocked start, the audit trail never holds them, and
// sync still logs in (in process and through `motcuactl sync now --user`).

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "service/AttachmentService.h"
#include "service/SettingsService.h"

#include <QProcess>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestSyncSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sealedAndSyncStillLogsIn();
    void lockedSessionCannotRead();
    void clearValuesSealedAtFirstUnlock();
    void auditNeverHoldsTheSecret();
    void commandLineUnlocksWithUser();

private:
    static QString rawValue(SyncTestBed& bed, const QString& key)
    {
        Statement& st = bed.app().db().prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
        st.bind(1, key);
        const QString v = st.next() ? st.text(0) : QString();
        st.reset();
        return v;
    }
    static bool tableContains(SyncTestBed& bed, const QString& text)
    {
        return bed.count(QStringLiteral("SELECT count(*) FROM settings WHERE instr(value, '%1') > 0").arg(text)) > 0;
    }

    std::unique_ptr<PortalFixture> m_portal;
};

void TestSyncSecrets::initTestCase()
{
    m_portal = std::make_unique<PortalFixture>();
    QVERIFY2(m_portal->start(), qPrintable(m_portal->errorString()));
}

void TestSyncSecrets::sealedAndSyncStillLogsIn()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QString secret = QStringLiteral("bundle-secret-of-the-center");
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.bundleSecret"), secret));
    // Not in clear in the table, for either secret.
    QVERIFY(!tableContains(bed, m_portal->password()));
    QVERIFY(!tableContains(bed, secret));
    QVERIFY(rawValue(bed, QStringLiteral("portal.password")).startsWith(QStringLiteral("sealed:v1:")));
    QVERIFY(rawValue(bed, QStringLiteral("sync.bundleSecret")).startsWith(QStringLiteral("sealed:v1:")));
    QVERIFY(bed.app().settings().isSealed(QStringLiteral("portal.password")));
    // The unlocked session reads them.
    QCOMPARE(bed.app().settings().string(QStringLiteral("portal.password")), m_portal->password());
    auto config = bed.app().sync().config();
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QCOMPARE(config->password, m_portal->password());

    // And sync logs in with it.
    const QStringList codes = bed.takeDossiers(2);
    auto r = bed.pass(bed.options());
    QVERIFY(r.ok());
    QVERIFY2(r->alarm.isEmpty(), qPrintable(r->alarm));
    QCOMPARE(r->dossiers, 2);
    QCOMPARE(m_portal->dossierCount(), 2);

    // A sealed value is bound to its key: moved to the other key, it does not open.
    const QString sealed = rawValue(bed, QStringLiteral("portal.password"));
    QVERIFY(bed.app().db().execute(
        QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'sync.bundleSecret'").arg(sealed)));
    auto moved = bed.app().settings().secret(QStringLiteral("sync.bundleSecret"));
    QVERIFY(!moved.ok());
    QVERIFY(moved.error().code == Error::Crypto);
}

void TestSyncSecrets::lockedSessionCannotRead()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    // Another process on the same database, nobody signed in.
    AppContext::Options o;
    o.databasePath = bed.path();
    auto other = AppContext::open(o);
    QVERIFY(other.ok());
    Settings& s = (*other)->settings();
    QVERIFY(!s.isUnlocked());
    QCOMPARE(s.string(QStringLiteral("portal.password")), QString());
    auto secret = s.secret(QStringLiteral("portal.password"));
    QVERIFY(!secret.ok());
    QVERIFY(secret.error().code == Error::Forbidden);
    auto config = (*other)->sync().config();
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(QStringLiteral("--user")), qPrintable(config.error().message));
    // A person cannot store a secret in clear through the settings service while locked.
    Actor admin = bed.admin();
    QVERIFY(!(*other)->settingsService().change(admin, QStringLiteral("portal.password"), QStringLiteral("x")).ok());
    // After the login it reads.
    QVERIFY((*other)->attachments().unlock(SyncTestBed::adminName(), SyncTestBed::adminPassword()).ok());
    QCOMPARE(s.string(QStringLiteral("portal.password")), m_portal->password());
}

void TestSyncSecrets::clearValuesSealedAtFirstUnlock()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    // As an older version stored them: in clear.
    const QString secret = QStringLiteral("an-older-clear-bundle-secret");
    QVERIFY(bed.app().db().execute(QStringLiteral(
        "UPDATE settings SET value = 'portal-test-password' WHERE key = 'portal.password'; "
        "INSERT INTO settings (key, value) VALUES ('sync.bundleSecret', 'an-older-clear-bundle-secret')")));
    QVERIFY(tableContains(bed, m_portal->password()));
    QVERIFY(!bed.app().settings().isSealed(QStringLiteral("portal.password")));

    AppContext::Options o;
    o.databasePath = bed.path();
    auto other = AppContext::open(o);
    QVERIFY(other.ok());
    // Opening alone (locked) changes nothing.
    QVERIFY(tableContains(bed, m_portal->password()));
    QVERIFY((*other)->attachments().unlock(SyncTestBed::adminName(), SyncTestBed::adminPassword()).ok());
    QVERIFY(!tableContains(bed, m_portal->password()));
    QVERIFY(!tableContains(bed, secret));
    QVERIFY(bed.app().settings().isSealed(QStringLiteral("portal.password")));
    QVERIFY(bed.app().settings().isSealed(QStringLiteral("sync.bundleSecret")));
    QCOMPARE((*other)->settings().string(QStringLiteral("sync.bundleSecret")), secret);
    QCOMPARE(bed.app().settings().string(QStringLiteral("portal.password")), m_portal->password());
    auto r = bed.pass(bed.options());
    QVERIFY(r.ok());
    QVERIFY2(r->alarm.isEmpty(), qPrintable(r->alarm));
    QVERIFY(r->reached);
}

void TestSyncSecrets::auditNeverHoldsTheSecret()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QString password = QStringLiteral("a-new-portal-password-42");
    QVERIFY(
        bed.app().settingsService().change(bed.admin(), {{QStringLiteral("portal.password"), password},
                                                         {QStringLiteral("portal.username"), QStringLiteral("u")}}));
    QCOMPARE(bed.app().settings().string(QStringLiteral("portal.password")), password);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")), 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(details, '%1') > 0").arg(password)),
             0);
    QVERIFY(!tableContains(bed, password));
}

void TestSyncSecrets::commandLineUnlocksWithUser()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    bed.takeDossiers(1);
    {
        // Without --user the sealed password cannot be read: a clear refusal, nothing sent.
        QProcess p;
        p.setProcessEnvironment(SyncTestBed::cliEnvironment());
        p.start(QStringLiteral(MOTCUACTL_PATH),
                {QStringLiteral("--db"), bed.path(), QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains(QStringLiteral("--user")), qPrintable(err));
        QVERIFY(!err.contains(m_portal->password()));
    }
    QProcess p;
    p.setProcessEnvironment(SyncTestBed::cliEnvironment());
    p.start(QStringLiteral(MOTCUACTL_PATH), bed.syncNowArguments());
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
    QVERIFY(!out.contains(m_portal->password()));
    QCOMPARE(bed.pending(), 0);
}

QTEST_GUILESS_MAIN(TestSyncSecrets)
#include "test_syncsecrets.moc"
