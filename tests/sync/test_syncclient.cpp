// The sync client end to end against the real motcua-portal over TLS on 127.0.0.1: the happy
// path, every fault of the portal, a wrong pinned certificate, the status pull, the number
// lease, the catalogue pull and the offline bundle.

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "TestCertificates.h"
#include "store/SettingKeys.h"
#include "sync/OfflineBundle.h"
#include "sync/PortalClient.h"

#include <QFile>
#include <QSslSocket>
#include <QTest>

#include <sys/file.h>

using namespace motcua;
using namespace motcua::test;

namespace {
const QString kBundleSecret = QStringLiteral("center-bundle-secret-for-tests");
}

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void happyPath();
    void faults_data();
    void faults();
    void wrongPinnedCaIsRefused();
    void wrongPinnedKeyIsRefused();
    void rightPinnedKeyIsAccepted();
    void statusDecidedCentrallyArrives();
    void localChangeMeetsCentralDecision();
    void leaseKeepsCodesInTheCenterRange();
    void cataloguePull();
    void unreachablePortalBacksOff();
    void onePassAtATimeAndNoLockLeftBehind();
    void offlineWithNumbersInHandIsOffline();
    void changedAttachmentIsRefused_data();
    void changedAttachmentIsRefused();
    void uploadRidesOutAnsweredFailures();
    void bundleImportedByThePortal();

private:
    std::unique_ptr<PortalFixture> m_portal;
};

void TestSyncClient::initTestCase()
{
    // Delayed answers come after 1.5 s; the client waits 1 s (the delay fault).
    m_portal = std::make_unique<PortalFixture>(QStringList{QStringLiteral("--fault-delay"), QStringLiteral("1500"),
                                                           QStringLiteral("--bundle-secret"), kBundleSecret});
    QVERIFY2(m_portal->start(), qPrintable(m_portal->errorString()));
}

void TestSyncClient::cleanupTestCase()
{
    m_portal.reset();
}

void TestSyncClient::init()
{
    // Each test starts from an empty portal database.
    m_portal->stop();
    QVERIFY(m_portal->resetData());
    QVERIFY2(m_portal->restart(), qPrintable(m_portal->errorString()));
}

void TestSyncClient::happyPath()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(5);
    QCOMPARE(codes.size(), 5);
    bed.queueAttachment(codes.at(0), SyncTestBed::randomBytes(3 * 1024 * 1024 + 17, 1), QStringLiteral("scan.pdf"));
    bed.queueAttachment(codes.at(1), QByteArray(), QStringLiteral("empty.txt"));
    SyncOptions o = bed.options();
    o.config.chunkBytes = 256 * 1024;
    auto r = bed.pass(o);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY2(r->alarm.isEmpty(), qPrintable(r->alarm));
    QVERIFY(r->reached);
    QCOMPARE(r->dossiers, 5);
    QCOMPARE(r->history, 5);
    QCOMPARE(r->attachments, 2);
    QCOMPARE(r->failed, 0);
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(2);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // A second pass sends nothing again.
    auto again = bed.pass(o);
    QVERIFY(again.ok());
    QCOMPARE(again->dossiers + again->history + again->attachments, 0);
    auto counts = bed.app().sync().counts();
    QVERIFY(counts.ok());
    QVERIFY(counts->lastSuccess.isValid());
    QCOMPARE(counts->pending(), 0);
}

void TestSyncClient::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("service");
    QTest::newRow("http500") << "http500"
                             << "0.4"
                             << "";
    QTest::newRow("http503") << "http503"
                             << "0.4"
                             << "";
    QTest::newRow("delay") << "delay"
                           << "3"
                           << "";
    QTest::newRow("drop") << "drop"
                          << "0.4"
                          << "";
    QTest::newRow("malformed") << "malformed"
                               << "0.4"
                               << "";
    QTest::newRow("exists") << "exists"
                            << "1.0"
                            << "DongBoHoSoMC";
    QTest::newRow("expired") << "expired"
                             << "0.3"
                             << "";
    QTest::newRow("drop uploads") << "drop"
                                  << "0.5"
                                  << "MC_TaiTep";
}

void TestSyncClient::faults()
{
    QFETCH(QString, fault);
    QFETCH(QString, rate);
    QFETCH(QString, service);
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(12);
    QCOMPARE(codes.size(), 12);
    bed.queueAttachment(codes.at(0), SyncTestBed::randomBytes(700 * 1024, 2), QStringLiteral("a.pdf"));
    bed.queueAttachment(codes.at(5), SyncTestBed::randomBytes(90 * 1024, 3), QStringLiteral("b.jpg"));
    QVERIFY(m_portal->setFault(fault, rate, service));
    SyncOptions o = bed.options();
    o.config.timeoutMs = 1000;
    o.config.dossierBatch = 4;
    o.config.historyChunk = 3;
    o.config.chunkBytes = 128 * 1024;
    const int passes = bed.drain(o, 40);
    QVERIFY2(passes >= 1 && passes <= 40, qPrintable(bed.error() + bed.describePending()));
    QVERIFY(m_portal->clearFault());
    // Nothing lost locally: every row done, no row twice on the portal, byte-identical.
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(2);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(m_portal->stats().value(QStringLiteral("faults_fired")).toString().toInt() > 0);
}

void TestSyncClient::wrongPinnedCaIsRefused()
{
    QString error;
    const auto other = TestCertificates::make(m_portal->folder(), &error, QStringLiteral("other-"));
    QVERIFY2(other.has_value(), qPrintable(error));
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    bed.takeDossiers(2);
    SyncOptions o = bed.options();
    o.config.caCertificates = QSslCertificate::fromPath(other->caCertificate, QSsl::Pem);
    QVERIFY(!o.config.caCertificates.isEmpty());
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY2(!r->alarm.isEmpty(), "a wrong certificate raises the alarm");
    QCOMPARE(r->dossiers, 0);
    QCOMPARE(m_portal->dossierCount(), 0);
    QCOMPARE(bed.pending(), 2); // both dossiers wait (their history rows stay in dossier_events)
    QCOMPARE(bed.events(), 2);
    QVERIFY(!bed.app().sync().alarm().isEmpty());
    bool warned = false;
    for (const SyncWarning& w : bed.app().sync().warnings())
        warned = warned || w.key == QLatin1String("alarm");
    QVERIFY(warned);

    // With the right CA again the alarm clears and everything goes.
    auto fixed = bed.pass(bed.options());
    QVERIFY(fixed.ok());
    QVERIFY(fixed->alarm.isEmpty());
    QVERIFY(bed.app().sync().alarm().isEmpty());
    QCOMPARE(bed.pending(), 0);
}

void TestSyncClient::wrongPinnedKeyIsRefused()
{
    QString error;
    const auto other = TestCertificates::make(m_portal->folder(), &error, QStringLiteral("key-"));
    QVERIFY2(other.has_value(), qPrintable(error));
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    bed.takeDossiers(1);
    SyncOptions o = bed.options();
    // The chain is valid (right CA), but the key is not the pinned one.
    const auto otherCert = QSslCertificate::fromPath(other->serverCertificate, QSsl::Pem);
    QVERIFY(!otherCert.isEmpty());
    o.config.pinSha256 = QByteArray::fromBase64(PortalConfig::pinOf(otherCert.first()).toLatin1());
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY(!r->alarm.isEmpty());
    QCOMPARE(m_portal->dossierCount(), 0);
}

void TestSyncClient::rightPinnedKeyIsAccepted()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    bed.takeDossiers(1);
    // The server's own key, pinned alone (no CA): a self-signed portal is trusted by its key.
    QSslSocket socket;
    QSslConfiguration ssl = socket.sslConfiguration();
    ssl.setCaCertificates({m_portal->caCertificate()});
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_portal->port());
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    const QSslCertificate leaf = socket.peerCertificate();
    socket.disconnectFromHost();
    QVERIFY(!leaf.isNull());
    SyncOptions o = bed.options();
    o.config.caCertificates.clear();
    o.config.pinSha256 = QByteArray::fromBase64(PortalConfig::pinOf(leaf).toLatin1());
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY2(r->alarm.isEmpty(), qPrintable(r->alarm));
    QCOMPARE(m_portal->dossierCount(), 1);
}

void TestSyncClient::statusDecidedCentrallyArrives()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(2);
    QVERIFY(bed.pass(bed.options()).ok());
    QVERIFY(m_portal->decide(codes.at(1), QStringLiteral("9"), QStringLiteral("Đã xử lý xong")));
    auto r = bed.pass(bed.options());
    QVERIFY(r.ok());
    QCOMPARE(r->statusApplied, 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT state FROM dossiers WHERE code = '%1'").arg(codes.at(1))),
             static_cast<int>(DossierState::Done));
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE username = 'portal'")), 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.portal_status'")), 1);
    // Applying the same change again does nothing; the central row is not sent back.
    auto again = bed.pass(bed.options());
    QVERIFY(again.ok());
    QCOMPARE(again->statusApplied, 0);
    QCOMPARE(again->history, 0);
}

void TestSyncClient::localChangeMeetsCentralDecision()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(1);
    QVERIFY(bed.pass(bed.options()).ok());
    // A local change not sent yet (the dossier object queued again), then a central decision.
    QVERIFY(bed.queueAgain(codes.first()));
    QVERIFY(m_portal->decide(codes.first(), QStringLiteral("8"), QStringLiteral("Dừng xử lý")));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Status};
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QCOMPARE(r->conflicts, 1);
    QCOMPARE(r->statusApplied, 0);
    QCOMPARE(bed.count(QStringLiteral("SELECT state FROM dossiers")), static_cast<int>(DossierState::Received));
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")), 1);
}

void TestSyncClient::leaseKeepsCodesInTheCenterRange()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Lease};
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY(r->leased > 0);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM code_blocks WHERE source = 'lease'")), 1);
    const QStringList codes = bed.takeDossiers(1);
    QCOMPARE(codes.size(), 1);
    const int sequence = codes.first().section(QLatin1Char('-'), -1).toInt();
    QVERIFY2(sequence >= 1 && sequence < 5000, qPrintable(codes.first()));
    QCOMPARE(m_portal->stats().value(QStringLiteral("leases")).toString().toInt(), 1);
}

void TestSyncClient::changedAttachmentIsRefused_data()
{
    QTest::addColumn<bool>("forced");
    QTest::newRow("scheduled pass") << false;
    // "Sync now" lifts the retry waits but tries the row once: the pass ends.
    QTest::newRow("forced pass") << true;
}

void TestSyncClient::changedAttachmentIsRefused()
{
    QFETCH(bool, forced);
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(1);
    QCOMPARE(codes.size(), 1);
    const QByteArray bytes = SyncTestBed::randomBytes(600 * 1024 + 3, 5);
    const QString sha = bed.queueAttachment(codes.at(0), bytes, QStringLiteral("scan.pdf"));
    SyncOptions o = bed.options(forced);
    o.config.chunkBytes = 256 * 1024;
    // The store hands back other bytes than the ones recorded (one bit flipped at the end).
    o.attachments = [bytes](const OutboxItem&) -> Result<QByteArray> {
        QByteArray changed = bytes;
        changed[changed.size() - 1] = static_cast<char>(changed.at(changed.size() - 1) ^ 1);
        return changed;
    };
    auto r = bed.pass(o);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->attachments, 0);
    QCOMPARE(r->failed, 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'attachment' AND state = 'failed' "
                                      "AND last_error LIKE '%does not match its SHA-256%'")),
             1);
    // Nothing of it is kept on the portal: the partial upload was discarded.
    QCOMPARE(m_portal->stats().value(QLatin1String("files_complete")).toString(), QStringLiteral("0"));
    QVERIFY(!sha.isEmpty());
}

void TestSyncClient::uploadRidesOutAnsweredFailures()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(1);
    QCOMPARE(codes.size(), 1);
    const QByteArray bytes = SyncTestBed::randomBytes(600 * 1024 + 7, 9);
    bed.queueAttachment(codes.at(0), bytes, QStringLiteral("scan.pdf"));
    SyncOptions o = bed.options();
    o.config.chunkBytes = 128 * 1024;
    // The portal answers the next two chunks with 503: the upload asks where to resume and goes
    // on within the same pass, instead of waiting for the next one.
    QVERIFY(m_portal->setFault(QStringLiteral("http503"), QStringLiteral("2"), QStringLiteral("MC_TaiTep")));
    auto r = bed.pass(o);
    QVERIFY(m_portal->clearFault());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->attachments, 1);
    QCOMPARE(r->failed, 0);
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(1);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncClient::cataloguePull()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const int versions = bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions"));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Catalogue};
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
    QVERIFY(r->catalogueImported);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions")), versions + 1);
    // Unchanged on the portal: not imported again.
    auto again = bed.pass(o);
    QVERIFY(again.ok());
    QVERIFY(!again->catalogueImported);
}

void TestSyncClient::onePassAtATimeAndNoLockLeftBehind()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    bed.takeDossiers(1);
    // What a pass killed while taking its lock leaves: an empty lock file. It must not lock
    // the database out.
    QFile left(bed.path() + QStringLiteral(".sync-lock"));
    QVERIFY(left.open(QIODevice::WriteOnly | QIODevice::Truncate));
    left.close();
    auto first = bed.pass(bed.options());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->dossiers, 1);
    // A pass that is running holds the lock: another one is refused, and goes once it ends.
    QFile held(bed.path() + QStringLiteral(".sync-lock"));
    QVERIFY(held.open(QIODevice::ReadWrite));
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);
    auto refused = bed.pass(bed.options());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Conflict);
    held.close();
    auto after = bed.pass(bed.options());
    QVERIFY(after.ok());
}

void TestSyncClient::unreachablePortalBacksOff()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    // A first wait of 5 to 10 minutes, so restarting the server (seconds on a loaded machine,
    // longer than the default 2.5 to 5 s) surely ends inside it.
    QVERIFY(bed.app().settings().set(SettingKey::SyncBackoffBaseSecs, QStringLiteral("600")));
    bed.takeDossiers(2);
    m_portal->stop();
    SyncOptions o = bed.options(false);
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY(!r->reached);
    QVERIFY(!bed.app().sync().isOnline());
    const KindState k = bed.app().sync().store().kindState(SyncKind::Dossier);
    QCOMPARE(k.failures, 1);
    QVERIFY(k.nextAttemptAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")), 0);
    // Not forced: the dossier kind waits out its back-off and sends nothing.
    QVERIFY2(m_portal->restart(), qPrintable(m_portal->errorString()));
    auto waiting = bed.pass(o);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->dossiers, 0);
    // "Retry now" clears the wait.
    QVERIFY(bed.app().sync().retryNow(bed.clerk()).ok());
    auto retried = bed.pass(o);
    QVERIFY(retried.ok());
    QCOMPARE(retried->dossiers, 2);
}

void TestSyncClient::offlineWithNumbersInHandIsOffline()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    SyncOptions o = bed.options();
    auto online = bed.pass(o);
    QVERIFY(online.ok());
    QVERIFY(online->reached);
    QVERIFY(bed.count(QStringLiteral("SELECT count(*) FROM code_blocks WHERE source = 'lease'")) > 0);
    // The portal goes away; the station still holds a leased block, so the lease lane asks
    // nothing. A pass that asked nothing successfully is not "online".
    m_portal->stop();
    auto offline = bed.pass(o);
    QVERIFY(offline.ok());
    QVERIFY(!offline->reached);
    QVERIFY(!bed.app().sync().isOnline());
    QVERIFY2(m_portal->restart(), qPrintable(m_portal->errorString()));
}

void TestSyncClient::bundleImportedByThePortal()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    QVERIFY(bed.app().settings().set(QStringLiteral("sync.bundleSecret"), kBundleSecret));
    const QStringList codes = bed.takeDossiers(3);
    bed.queueAttachment(codes.at(2), SyncTestBed::randomBytes(50000, 9), QStringLiteral("c.pdf"));
    bed.app().sync().setAttachmentReader(bed.reader());
    const QString file = m_portal->folder() + QStringLiteral("/site.mcb");
    auto summary = bed.app().sync().exportBundle(bed.clerk(), file);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->dossiers, 3);
    QCOMPARE(summary->history, 3);
    QCOMPARE(summary->attachments, 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // Encrypted: no applicant name in clear; a changed byte or a wrong secret is refused. A
    // station of motcua-center signs as itself, with its own credential.
    QVERIFY(!bytes.contains(QStringLiteral("Nguyễn").toUtf8()));
    const QString secret = m_portal->isCenter() ? OfflineBundle::stationSecret(m_portal->password()) : kBundleSecret;
    QCOMPARE(OfflineBundle::station(bytes), m_portal->isCenter() ? 1 : 0); // the fixture enrols station 1
    QVERIFY(OfflineBundle::open(bytes, secret).ok());
    QVERIFY(!OfflineBundle::open(bytes, QStringLiteral("another-secret-of-16")).ok());
    QByteArray tampered = bytes;
    tampered[bytes.size() / 2] = static_cast<char>(tampered.at(bytes.size() / 2) ^ 1);
    QVERIFY(!OfflineBundle::open(tampered, secret).ok());

    // The portal imports it (twice: nothing changes the second time).
    SyncOptions o = bed.options();
    PortalClient client(o.config, bed.app().clock());
    for (int round = 0; round < 2; ++round) {
        const PortalAnswer r = client.call(QStringLiteral("MC_NhapGoi"),
                                           {{QStringLiteral("TenGoi"), QStringLiteral("site.mcb")},
                                            {QStringLiteral("DuLieu"), QString::fromLatin1(bytes.toBase64())}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.body.value(QStringLiteral("SoLoi")).toString(), QStringLiteral("0"));
    }
    QCOMPARE(m_portal->dossierCount(), 3);
    QCOMPARE(m_portal->historyCount(), 3);
    QCOMPARE(m_portal->fileCount(), 1);
    // Items stayed queued; syncing online afterwards duplicates nothing.
    QCOMPARE(bed.pending(), 7); // 3 dossiers, 3 history rows, 1 attachment
    QVERIFY(bed.pass(o).ok());
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(1);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_syncclient.moc"
