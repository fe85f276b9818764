// Sync conflicts resolved by a clerk, end to end against the real motcua-portal: a dossier is
// withdrawn here while the portal decides it centrally, the status pull records the conflict,
// and the clerk accepts the portal's decision or keeps the local change. Checked: the dossier,
// its events, the audit, the outbox, the conflict row, a second resolution refused, and what
// the portal holds after the next pass.

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "service/ProcessingService.h"

#include <QFile>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

Q_DECLARE_METATYPE(motcua::ConflictResolution)

namespace {
const QString kPortalNote = QStringLiteral("Đã xử lý xong tại Sở Tư pháp");
}

class TestSyncConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void resolve_data();
    void resolve();
    void goneDossierOrConflictIsRefused();

private:
    std::unique_ptr<PortalFixture> m_portal;
};

void TestSyncConflicts::initTestCase()
{
    m_portal = std::make_unique<PortalFixture>();
    QVERIFY2(m_portal->start(), qPrintable(m_portal->errorString()));
}

void TestSyncConflicts::cleanupTestCase()
{
    m_portal.reset();
}

void TestSyncConflicts::init()
{
    // Each test starts from an empty portal database.
    m_portal->stop();
    QVERIFY(m_portal->resetData());
    QVERIFY2(m_portal->restart(), qPrintable(m_portal->errorString()));
}

void TestSyncConflicts::resolve_data()
{
    QTest::addColumn<ConflictResolution>("how");
    QTest::addColumn<int>("localState");         // DossierState after resolving
    QTest::addColumn<QString>("portalStatus");   // TrangThaiHoSo the portal holds after the next pass
    QTest::addColumn<int>("portalEvents");       // dossier_events booked by the portal account
    QTest::addColumn<int>("pendingDossierRows"); // dossier rows waiting after resolving

    QTest::newRow("accept portal") << ConflictResolution::Portal << static_cast<int>(DossierState::Done)
                                   << QStringLiteral("9") << 1 << 2;
    QTest::newRow("keep local") << ConflictResolution::Local << static_cast<int>(DossierState::Withdrawn)
                                << QStringLiteral("7") << 0 << 1;
}

void TestSyncConflicts::resolve()
{
    QFETCH(ConflictResolution, how);
    QFETCH(int, localState);
    QFETCH(QString, portalStatus);
    QFETCH(int, portalEvents);
    QFETCH(int, pendingDossierRows);

    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QString code = bed.takeDossiers(1).value(0);
    QVERIFY2(!code.isEmpty(), qPrintable(bed.error()));
    const int passes = bed.drain(bed.options(), 5);
    QVERIFY2(passes >= 1 && passes <= 5, qPrintable(bed.describePending()));
    QCOMPARE(m_portal->dossier(code).value(QStringLiteral("dossier")).toObject().value(QStringLiteral("TrangThaiHoSo")),
             QJsonValue(QStringLiteral("2")));

    // Withdrawn here, not sent yet; meanwhile the portal decides the dossier.
    auto withdrawn = bed.app().processing().withdraw(bed.clerk(), code, QStringLiteral("Người nộp xin rút hồ sơ"));
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().message));
    QVERIFY(m_portal->decide(code, QStringLiteral("9"), kPortalNote));
    SyncOptions statusOnly = bed.options();
    statusOnly.kinds = QList<SyncKind>{SyncKind::Status};
    auto pulled = bed.pass(statusOnly);
    QVERIFY(pulled.ok());
    QCOMPARE(pulled->conflicts, 1);
    QCOMPARE(pulled->statusApplied, 0);

    SyncService& sync = bed.app().sync();
    auto open = sync.conflicts();
    QVERIFY2(open.ok(), qPrintable(open.error().message));
    QCOMPARE(open->size(), 1);
    const SyncConflict c = open->first();
    QCOMPARE(c.dossierCode, code);
    QVERIFY(c.dossierExists);
    QCOMPARE(c.applicant, QStringLiteral("Nguyễn Thị Hồng 1"));
    QCOMPARE(c.localState, static_cast<int>(DossierState::Withdrawn));
    QCOMPARE(c.localStateName, stateName(DossierState::Withdrawn));
    QCOMPARE(c.portalState, 9);
    QCOMPARE(c.portalStateName, stateName(DossierState::Done));
    QCOMPARE(c.portalNote, kPortalNote);
    QVERIFY(c.portalDecidedAt.isValid());
    QVERIFY(qAbs(c.portalDecidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(c.detectedAt.isValid());
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")), 1);
    const QString countPortalAudit =
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.portal_status' AND entity_key = '%1'")
            .arg(code);
    const QString countResolveAudit =
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.conflict_resolve' AND username = 'clerk1'");
    QCOMPARE(bed.count(countPortalAudit), 0);

    // Resolved.
    const Status s = sync.resolveConflict(bed.clerk(), c.id, how);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    const QString stateSql = QStringLiteral("SELECT state FROM dossiers WHERE code = '%1'").arg(code);
    QCOMPARE(bed.count(stateSql), localState);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE username = 'portal' AND to_state = %1 "
                                      "AND note = '%2'")
                           .arg(static_cast<int>(DossierState::Done))
                           .arg(kPortalNote)),
             portalEvents);
    QCOMPARE(bed.count(countPortalAudit), portalEvents);
    QCOMPARE(bed.count(countResolveAudit), 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")),
             pendingDossierRows);
    // The newest record queued for the dossier carries the status that must stand.
    QCOMPARE(bed.latestPayloads().value(code).value(QStringLiteral("TrangThaiHoSo")), QJsonValue(portalStatus));
    const bool accepted = how == ConflictResolution::Portal;
    QCOMPARE(
        bed.count(
            QStringLiteral("SELECT count(*) FROM dossiers WHERE code = '%1' AND finished_at IS NOT NULL").arg(code)),
        1); // withdrawing ends processing too
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NOT NULL AND "
                                      "resolution = '%1' AND resolved_by = 'clerk1'")
                           .arg(accepted ? QStringLiteral("portal") : QStringLiteral("local"))),
             1);
    QCOMPARE(*sync.store().openConflicts(), 0);
    QVERIFY(sync.conflicts()->isEmpty());
    for (const SyncWarning& w : sync.warnings())
        QVERIFY(w.key != QLatin1String("conflicts"));

    // A second resolution, either way, is refused and changes nothing.
    for (ConflictResolution again : {ConflictResolution::Portal, ConflictResolution::Local}) {
        const Status twice = sync.resolveConflict(bed.clerk(), c.id, again);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Conflict);
        QVERIFY2(twice.error().message.contains(code), qPrintable(twice.error().message));
    }
    QCOMPARE(bed.count(stateSql), localState);
    QCOMPARE(bed.count(countResolveAudit), 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")),
             pendingDossierRows);

    // The next pass: everything is sent (the withdraw's history row too), the portal holds the
    // status that stood and no new conflict appears.
    auto next = bed.pass(bed.options());
    QVERIFY2(next.ok(), qPrintable(next.error().message));
    QCOMPARE(next->conflicts, 0);
    QVERIFY2(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done'")) == 0,
             qPrintable(bed.describePending()));
    const QJsonObject remote = m_portal->dossier(code).value(QStringLiteral("dossier")).toObject();
    QCOMPARE(remote.value(QStringLiteral("TrangThaiHoSo")), QJsonValue(portalStatus));
    QCOMPARE(bed.count(stateSql), localState);
    QCOMPARE(*sync.store().openConflicts(), 0);
}

void TestSyncConflicts::goneDossierOrConflictIsRefused()
{
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    SyncService& sync = bed.app().sync();
    // A conflict whose dossier is not on this workstation (as after a restore of an older copy).
    const QString gone = QStringLiteral("000.00.00.H34-260101-9999");
    QVERIFY(bed.app().db().execute(
        QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, portal_json, detected_at) "
                       "VALUES ('%1', 2, 9, '{\"MaHoSo\":\"%1\",\"TrangThaiHoSo\":\"9\"}', strftime('%s', 'now'))")
            .arg(gone)));
    auto open = sync.conflicts();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QVERIFY(!open->first().dossierExists);
    QVERIFY(open->first().applicant.isEmpty());
    const qint64 id = open->first().id;
    const int audits = bed.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    for (ConflictResolution how : {ConflictResolution::Portal, ConflictResolution::Local}) {
        const Status s = sync.resolveConflict(bed.clerk(), id, how);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::NotFound);
        QVERIFY2(s.error().message.contains(gone), qPrintable(s.error().message));
    }
    const Status unknown = sync.resolveConflict(bed.clerk(), id + 100, ConflictResolution::Local);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::NotFound);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")), 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "test_syncconflicts.moc"
