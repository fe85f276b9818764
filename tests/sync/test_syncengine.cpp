// The sync engine's logic against the reference portal in process (FakePortal): no socket and
// no TLS, a fault on exactly the request a test names, so each case takes milliseconds. The
// same engine over the real executable and TLS is tests/sync/test_syncclient (the outer ring).

#include "FakePortal.h"
#include "MemoryTempFolder.h"
#include "SyncTestBed.h"
#include "core/Clock.h"
#include "portal/PortalServer.h"
#include "store/OutboxStore.h"

#include <QTest>

using namespace motcua;
using namespace motcua::test;

using Fault = FakePortal::Fault;

namespace {

constexpr int kChunk = 128 * 1024;

// The index of the first request from `from` on that `match` accepts; -1 when none does.
qsizetype indexOf(const QList<FakePortal::Request>& log, const std::function<bool(const FakePortal::Request&)>& match,
                  qsizetype from = 0)
{
    for (qsizetype i = from; i < log.size(); ++i) {
        if (match(log.at(i)))
            return i;
    }
    return -1;
}

// A station's options for a pass that only sends (no lease, status, catalogue or feed pulls).
SyncOptions sending(SyncTestBed& bed)
{
    SyncOptions o = bed.options();
    o.kinds = outboxKinds();
    return o;
}

HttpExchange refusal(int code)
{
    HttpExchange x;
    x.outcome = HttpExchange::Answered;
    x.httpStatus = 200;
    x.body = QStringLiteral("{\"error_code\":\"%1\",\"error_message\":\"refused by the test\",\"message\":\"refused "
                            "by the test\"}")
                 .arg(code)
                 .toUtf8();
    return x;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void happyPathSendsEachThingOnce();
    void historyFollowsItsDossier();
    void transportFailureBacksOffTheKind_data();
    void transportFailureBacksOffTheKind();
    void lostReplyIsNotStoredTwice_data();
    void lostReplyIsNotStoredTwice();
    void uploadRidesOutAnsweredFailures_data();
    void uploadRidesOutAnsweredFailures();
    void refusedRowFailsAloneInItsBatch();
    void expiredSessionLogsInAgainAndResends();
    void refusedLoginRaisesTheAlarm();
    void statusCursorMovesWithTheChanges();
    void localChangeMeetsCentralDecision();

private:
    std::unique_ptr<FakePortal> m_portal;
};

void TestSyncEngine::initTestCase()
{
    // Under test is the engine's logic, not how long the disk takes to make a commit durable.
    preferMemoryTempFolder();
}

void TestSyncEngine::init()
{
    m_portal = std::make_unique<FakePortal>();
    QVERIFY2(m_portal->open(), qPrintable(m_portal->errorString()));
}

void TestSyncEngine::cleanup()
{
    m_portal.reset();
}

void TestSyncEngine::happyPathSendsEachThingOnce()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(5);
    QCOMPARE(codes.size(), 5);
    bed.queueAttachment(codes.at(0), SyncTestBed::randomBytes(300 * 1024 + 17, 1), QStringLiteral("scan.pdf"));
    bed.queueAttachment(codes.at(1), QByteArray(), QStringLiteral("empty.txt"));
    SyncOptions o = bed.options();
    o.config.chunkBytes = 64 * 1024;
    auto r = bed.pass(o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    // Everything went in one pass: reached, no alarm, nothing failed, nothing left.
    QVERIFY2(r->reached && r->alarm.isEmpty() && r->failed == 0, qPrintable(r->errors.join(QLatin1Char('\n'))));
    QCOMPARE(QList<int>({r->dossiers, r->history, r->attachments}), QList<int>({5, 5, 2}));
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(2);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // The 300 KiB file went in five chunks, in order, each from where the one before ended.
    const QList<FakePortal::Request> chunks = m_portal->requests(QStringLiteral("MC_TaiTep"));
    QStringList offsets;
    for (const FakePortal::Request& c : chunks) {
        if (c.items.contains(codes.at(0)))
            offsets.append(c.envelope.value(QLatin1String("ViTri")).toString());
    }
    QCOMPARE(offsets, QStringList({QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("131072"),
                                   QStringLiteral("196608"), QStringLiteral("262144")}));

    // A second pass sends nothing again.
    m_portal->clearRequests();
    auto again = bed.pass(o);
    QVERIFY(again.ok());
    QCOMPARE(again->dossiers + again->history + again->attachments, 0);
    QCOMPARE(m_portal->requests(QStringLiteral("DongBoHoSoMC")).size(), 0);
    QCOMPARE(m_portal->requests(QStringLiteral("CapNhatTienDoHoSoMC")).size(), 0);
    QCOMPARE(m_portal->requests(QStringLiteral("MC_TaiTep")).size(), 0);
}

void TestSyncEngine::historyFollowsItsDossier()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(3);
    QCOMPARE(codes.size(), 3);
    const QString held = codes.at(1);
    // The portal cannot take this one dossier: its history must wait for it.
    m_portal->addRule(FakePortal::Rule(QStringLiteral("DongBoHoSoMC"), Fault::Status).on(held).withStatus(503));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Dossier, SyncKind::History};
    o.config.dossierBatch = 1;
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    // The first went with its history; the failure stopped the kind for this pass.
    QCOMPARE(r->dossiers, 1);
    QCOMPARE(r->history, 1);
    const auto carries = [](const QString& service, const QString& code) {
        return [service, code](const FakePortal::Request& q) { return q.service == service && q.items.contains(code); };
    };
    QVERIFY(indexOf(m_portal->requests(), carries(QStringLiteral("CapNhatTienDoHoSoMC"), codes.at(0))) >= 0);
    QCOMPARE(indexOf(m_portal->requests(), carries(QStringLiteral("CapNhatTienDoHoSoMC"), held)), -1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")), 2);

    m_portal->clearRules();
    QCOMPARE(bed.drain(o, 3), 1);
    QCOMPARE(m_portal->dossierCount(), 3);
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(0);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // For every dossier: its history went only after the portal had stored the dossier.
    const QList<FakePortal::Request> log = m_portal->requests();
    for (const QString& code : codes) {
        const qsizetype stored = indexOf(log, [&code](const FakePortal::Request& q) {
            return q.service == QLatin1String("DongBoHoSoMC") && q.items.contains(code) && q.served &&
                   q.errorCode == 0 && !q.faulted;
        });
        const qsizetype history = indexOf(log, carries(QStringLiteral("CapNhatTienDoHoSoMC"), code));
        QVERIFY2(stored >= 0 && history > stored, qPrintable(code));
    }
}

void TestSyncEngine::transportFailureBacksOffTheKind_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("reached"); // the portal answered something
    QTest::addColumn<bool>("stored");  // the portal did the work before the failure
    QTest::newRow("http 500") << int(Fault::Status) << 500 << true << false;
    QTest::newRow("http 503") << int(Fault::Status) << 503 << true << false;
    QTest::newRow("unreachable") << int(Fault::Unreachable) << 0 << false << false;
    QTest::newRow("reply lost") << int(Fault::LostReply) << 0 << true << true;
    QTest::newRow("reply garbled") << int(Fault::Garbled) << 0 << true << true;
    QTest::newRow("timeout") << int(Fault::Timeout) << 0 << false << true;
}

void TestSyncEngine::transportFailureBacksOffTheKind()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(bool, reached);
    QFETCH(bool, stored);
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    QCOMPARE(bed.takeDossiers(2).size(), 2);
    FixedClock clock(QDateTime::currentDateTimeUtc());
    m_portal->addRule(FakePortal::Rule(QStringLiteral("DongBoHoSoMC"), Fault(fault)).withStatus(status));
    SyncOptions o = bed.options(false);
    o.clock = &clock;
    o.kinds = QList<SyncKind>{SyncKind::Dossier, SyncKind::History};
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QCOMPARE(r->dossiers, 0);
    QCOMPARE(r->reached, reached);
    QCOMPARE(m_portal->dossierCount(), stored ? 2 : 0);
    const KindState k = bed.app().sync().store().kindState(SyncKind::Dossier);
    QCOMPARE(k.failures, 1);
    QVERIFY(k.nextAttemptAt > clock.now());
    QVERIFY(!k.lastError.isEmpty());
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")), 0);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")), 2);

    // Within the back-off a scheduled pass does not ask the portal at all.
    m_portal->clearRules();
    m_portal->clearRequests();
    clock.advanceSecs(1);
    auto waiting = bed.pass(o);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->dossiers, 0);
    QCOMPARE(m_portal->requests(QStringLiteral("DongBoHoSoMC")).size(), 0);

    // After it, the rows go; what the portal already had is settled, not stored twice.
    clock.advanceSecs(o.config.backoffCapSecs + 1);
    auto after = bed.pass(o);
    QVERIFY(after.ok());
    QCOMPARE(after->dossiers, 2);
    QCOMPARE(after->history, 2);
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(0);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QList<FakePortal::Request> adds = m_portal->requests(QStringLiteral("DongBoHoSoMC"));
    const bool metExisting = indexOf(adds, [](const FakePortal::Request& q) {
                                 return q.errorCode == 3; /* already exists */
                             }) >= 0;
    QCOMPARE(metExisting, stored);
    QCOMPARE(bed.app().sync().store().kindState(SyncKind::Dossier).failures, 0);
}

void TestSyncEngine::lostReplyIsNotStoredTwice_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("skip");
    QTest::newRow("dossiers, reply lost") << "DongBoHoSoMC" << int(Fault::LostReply) << 0;
    QTest::newRow("dossiers, reply garbled") << "DongBoHoSoMC" << int(Fault::Garbled) << 0;
    QTest::newRow("history, reply lost") << "CapNhatTienDoHoSoMC" << int(Fault::LostReply) << 0;
    QTest::newRow("history, no reply in time") << "CapNhatTienDoHoSoMC" << int(Fault::Timeout) << 1;
    QTest::newRow("upload chunk, reply lost") << "MC_TaiTep" << int(Fault::LostReply) << 1;
    QTest::newRow("upload chunk, no reply in time") << "MC_TaiTep" << int(Fault::Timeout) << 2;
    QTest::newRow("last upload chunk, reply lost") << "MC_TaiTep" << int(Fault::LostReply) << 3;
}

void TestSyncEngine::lostReplyIsNotStoredTwice()
{
    QFETCH(QString, service);
    QFETCH(int, fault);
    QFETCH(int, skip);
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(6);
    QCOMPARE(codes.size(), 6);
    bed.queueAttachment(codes.at(2), SyncTestBed::randomBytes(200 * 1024 + 5, 4), QStringLiteral("a.pdf"));
    // The portal does the work of one request and its answer never arrives whole.
    m_portal->addRule(FakePortal::Rule(service, Fault(fault)).skipping(skip).only(1));
    SyncOptions o = sending(bed);
    o.config.dossierBatch = 3;
    o.config.historyChunk = 2;
    o.config.chunkBytes = 64 * 1024;
    const int passes = bed.drain(o, 5);
    QVERIFY2(passes >= 1 && passes <= 5, qPrintable(bed.error() + bed.describePending()));
    const QList<FakePortal::Request> hit = m_portal->requests(service);
    QVERIFY(indexOf(hit, [](const FakePortal::Request& q) { return q.faulted && q.served; }) >= 0);
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(1);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncEngine::uploadRidesOutAnsweredFailures_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("times");    // chunk requests failed after the first two; -1: all
    QTest::addColumn<bool>("onePass"); // done within the pass the failures came in
    QTest::addColumn<int>("failed");   // rows the first pass reports failed
    QTest::addColumn<int>("resumeAt"); // where the next pass starts (what the portal holds)
    QTest::newRow("two 503 answers") << int(Fault::Status) << 2 << true << 0 << 0;
    QTest::newRow("three 503 answers") << int(Fault::Status) << 3 << true << 0 << 0;
    QTest::newRow("two garbled answers") << int(Fault::Garbled) << 2 << true << 0 << 0;
    QTest::newRow("two answers cut off") << int(Fault::LostReply) << 2 << true << 0 << 0;
    // Past the retries of one attempt: the row fails, and the next pass resumes where the
    // portal is.
    QTest::newRow("503 from then on") << int(Fault::Status) << -1 << false << 1 << 2 * kChunk;
    // No answer at all is not asked again within the pass (a dead link costs one wait), nor
    // counted a failure of the row.
    QTest::newRow("unreachable once") << int(Fault::Unreachable) << 1 << false << 0 << 2 * kChunk;
    // The third chunk was stored, and the fourth that followed it at once: the next pass
    // starts after both, though only two were acknowledged here.
    QTest::newRow("no reply in time once") << int(Fault::Timeout) << 1 << false << 0 << 4 * kChunk;
}

void TestSyncEngine::uploadRidesOutAnsweredFailures()
{
    QFETCH(int, fault);
    QFETCH(int, times);
    QFETCH(bool, onePass);
    QFETCH(int, failed);
    QFETCH(int, resumeAt);
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(1);
    QCOMPARE(codes.size(), 1);
    const QByteArray bytes = SyncTestBed::randomBytes(600 * 1024 + 7, 9);
    bed.queueAttachment(codes.at(0), bytes, QStringLiteral("scan.pdf"));
    SyncOptions o = sending(bed);
    o.config.chunkBytes = kChunk;
    // Two chunks go through, then the portal fails the next chunk requests.
    m_portal->addRule(FakePortal::Rule(QStringLiteral("MC_TaiTep"), Fault(fault)).skipping(2).only(times));
    auto r = bed.pass(o);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->attachments, onePass ? 1 : 0);
    QCOMPARE(r->failed, failed);
    if (!onePass) {
        const int acked =
            bed.count(QStringLiteral("SELECT acked_offset FROM outbox WHERE kind = 'attachment' AND state <> 'done'"));
        QCOMPARE(acked, 2 * kChunk);
        m_portal->clearRules();
        m_portal->clearRequests();
        auto next = bed.pass(o);
        QVERIFY(next.ok());
        QCOMPARE(next->attachments, 1);
        // Resumed from what the portal holds, not from the start.
        const QList<FakePortal::Request> chunks = m_portal->requests(QStringLiteral("MC_TaiTep"));
        QVERIFY(!chunks.isEmpty());
        QCOMPARE(chunks.first().envelope.value(QLatin1String("ViTri")).toString(), QString::number(resumeAt));
        QCOMPARE(chunks.size(), 5 - resumeAt / kChunk);
    }
    QCOMPARE(bed.pending(), 0);
    const QString diff = bed.verifyPortal(1);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncEngine::refusedRowFailsAloneInItsBatch()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(5);
    QCOMPARE(codes.size(), 5);
    const QString bad = codes.at(2);
    // The portal refuses every request that carries this dossier (a bad value): the batch of
    // five is refused whole, so the engine goes row by row and only that row fails.
    m_portal->setOverride([bad](const FakePortal::Request& q) -> std::optional<HttpExchange> {
        if (q.service == QLatin1String("DongBoHoSoMC") && q.items.contains(bad))
            return refusal(6);
        return std::nullopt;
    });
    SyncOptions o = sending(bed);
    o.config.dossierBatch = 5;
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QCOMPARE(r->dossiers, 4);
    QCOMPARE(r->failed, 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state = 'failed' AND "
                                      "entity_key = '%1' AND last_error LIKE '%code 6%'")
                           .arg(bad)),
             1);
    QCOMPARE(m_portal->dossierCount(), 4);
    QVERIFY(m_portal->dossier(bad).isEmpty());
    // A refusal is the row's own problem: the kind is not backed off.
    QCOMPARE(bed.app().sync().store().kindState(SyncKind::Dossier).failures, 0);
}

void TestSyncEngine::expiredSessionLogsInAgainAndResends()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    QCOMPARE(bed.takeDossiers(3).size(), 3);
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Dossier, SyncKind::History};
    // The portal forgets the session at the second dossier request (after the work of the first).
    QVERIFY(m_portal->server().setFault(QStringLiteral("expired:1@DongBoHoSoMC")));
    o.config.dossierBatch = 1;
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QCOMPARE(r->dossiers, 3);
    QCOMPARE(r->failed, 0);
    const QList<FakePortal::Request> log = m_portal->requests();
    const qsizetype refused = indexOf(log, [](const FakePortal::Request& q) { return q.errorCode == 2; });
    QVERIFY(refused >= 0);
    const qsizetype login = indexOf(
        log, [](const FakePortal::Request& q) { return q.service == QLatin1String("login"); }, refused);
    QVERIFY(login > refused);
    QCOMPARE(log.at(login + 1).service, log.at(refused).service);
    QCOMPARE(log.at(login + 1).items, log.at(refused).items);
    QCOMPARE(log.at(login + 1).errorCode, 0);
    const QString diff = bed.verifyPortal(0);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncEngine::refusedLoginRaisesTheAlarm()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    QCOMPARE(bed.takeDossiers(2).size(), 2);
    m_portal->setOverride([](const FakePortal::Request& q) -> std::optional<HttpExchange> {
        if (q.service == QLatin1String("login"))
            return refusal(1);
        return std::nullopt;
    });
    auto r = bed.pass(bed.options());
    QVERIFY(r.ok());
    QVERIFY(!r->alarm.isEmpty());
    QCOMPARE(r->dossiers, 0);
    // Every lane stopped at the login: nothing else was asked.
    for (const FakePortal::Request& q : m_portal->requests())
        QCOMPARE(q.service, QStringLiteral("login"));
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")), 0);
    QVERIFY(bed.pending() > 0);
}

void TestSyncEngine::statusCursorMovesWithTheChanges()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(3);
    QCOMPARE(codes.size(), 3);
    QVERIFY(bed.pass(sending(bed)).ok());
    QVERIFY(m_portal->decide(codes.at(0), QStringLiteral("9"), QStringLiteral("Đã xử lý xong")));
    QVERIFY(m_portal->decide(codes.at(1), QStringLiteral("9"), QStringLiteral("Đã xử lý xong")));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Status};
    OutboxStore& store = bed.app().sync().store();
    const QString before = store.value(QStringLiteral("status.cursor"), QStringLiteral("0"));
    m_portal->clearRequests();
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QCOMPARE(r->statusApplied, 2);
    QCOMPARE(m_portal->requests(QStringLiteral("MC_LayTrangThai")).first().envelope.value(QLatin1String("TuMoc")),
             QJsonValue(before));
    const QString first = store.value(QStringLiteral("status.cursor"));
    QVERIFY(!first.isEmpty() && first != before);

    // A change whose answer is lost: the cursor stays, and the change comes again once.
    QVERIFY(m_portal->decide(codes.at(2), QStringLiteral("9"), QStringLiteral("Đã xử lý xong")));
    m_portal->addRule(FakePortal::Rule(QStringLiteral("MC_LayTrangThai"), Fault::LostReply).only(1));
    auto lost = bed.pass(o);
    QVERIFY(lost.ok());
    QCOMPARE(lost->statusApplied, 0);
    QCOMPARE(store.value(QStringLiteral("status.cursor")), first);
    m_portal->clearRequests();
    auto again = bed.pass(o);
    QVERIFY(again.ok());
    QCOMPARE(again->statusApplied, 1);
    QCOMPARE(m_portal->requests(QStringLiteral("MC_LayTrangThai")).first().envelope.value(QLatin1String("TuMoc")),
             QJsonValue(first));
    const QString second = store.value(QStringLiteral("status.cursor"));
    QVERIFY(second != first);
    // Each decision applied once, and none sent back as this station's history.
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE username = 'portal'")), 3);
    auto quiet = bed.pass(bed.options());
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->statusApplied, 0);
    QCOMPARE(quiet->history, 0);
    QCOMPARE(store.value(QStringLiteral("status.cursor")), second);
}

void TestSyncEngine::localChangeMeetsCentralDecision()
{
    SyncTestBed bed(*m_portal, QStringLiteral("station"), true);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    const QStringList codes = bed.takeDossiers(2);
    QCOMPARE(codes.size(), 2);
    QVERIFY(bed.pass(sending(bed)).ok());
    // Both are stopped centrally; one has a local change the portal has not seen yet.
    QVERIFY(bed.queueAgain(codes.at(0)));
    for (const QString& code : codes)
        QVERIFY(m_portal->decide(code, QStringLiteral("8"), QStringLiteral("Dừng xử lý")));
    SyncOptions pull = bed.options();
    pull.kinds = QList<SyncKind>{SyncKind::Status};
    auto first = bed.pass(pull);
    QVERIFY(first.ok());
    // The changed one is kept for the clerk to settle, never overwritten; the other follows.
    QCOMPARE(first->conflicts, 1);
    QCOMPARE(first->statusApplied, 1);
    const QString stateOf = QStringLiteral("SELECT state FROM dossiers WHERE code = '%1'");
    QCOMPARE(bed.count(stateOf.arg(codes.at(0))), static_cast<int>(DossierState::Received));
    QVERIFY(bed.count(stateOf.arg(codes.at(1))) != static_cast<int>(DossierState::Received));
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND "
                                      "dossier_code = '%1'")
                           .arg(codes.at(0))),
             1);
    // The same decision met again (the cursor set back) is the same conflict, not a second one.
    QVERIFY(bed.app().sync().store().setValue(QStringLiteral("status.cursor"), QStringLiteral("0")));
    auto again = bed.pass(pull);
    QVERIFY(again.ok());
    QCOMPARE(again->conflicts, 0);
    QCOMPARE(again->statusApplied, 0);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
