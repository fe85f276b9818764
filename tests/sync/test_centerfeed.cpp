// The center's dossier feed end to end: motcua-center over a throwaway PostgreSQL cluster and
// three workstation databases, each enrolled as its own station. A dossier received on A is
// found on B by the tail of its code, processed and returned there, and seen returned on A and
// C; two stations acting on one dossier while apart get one step applied and one conflict; a
// catch-up stopped after two pages goes on from there without a dossier or a step twice.

#include "MemoryTempFolder.h"
#include "PortalFixture.h"
#include "PrintedForms.h"
#include "SyncTestBed.h"
#include "core/ProcessingRecords.h"
#include "forms/DossierForms.h"
#include "forms/ProcessingForms.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "sync/SyncService.h"

#include <QProcess>
#include <QTest>

#include <atomic>

using namespace motcua;
using namespace motcua::test;
using namespace Qt::StringLiterals;

class TestCenterFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void receivedOnAReturnedOnB();
    void twoStationsApartOneConflict_data();
    void twoStationsApartOneConflict();
    void catchUpStoppedResumes_data();
    void catchUpStoppedResumes();
    void commandLineShowsProgress();
    // An online submission pulled from the national portal reaches a workstation as submitted,
    // and once the center gives it a code, the workstation's copy takes that code.
    void onlineSubmissionReachesAStationAndIsRenamed();
    // Two stations decide the same online submission while apart: the center keeps the first
    // decision, the other station takes it (its own decision voided, a conflict for its clerk)
    // whether its refused decision or the center's feed reaches it first, and its feed goes on.
    void onlineDecidedTwiceApart_data();
    void onlineDecidedTwiceApart();

    // A copy at another counter prints what the receiving counter prints: the receipt (01)
    // with the applicant's address and birth date and each paper's copies, the control slip
    // (05) with every hand-over and the return, the ledger (06) row.
    void copyPrintsTheSameForms_data();
    void copyPrintsTheSameForms();
    // And forms 02, 03 and 04: the papers asked for or the refusal at intake (at the counter or
    // on an online submission), the supplements asked and the apology letters (with the new
    // appointment) during processing, at the receiving counter or at another one.
    void copyPrintsDecisionsAndLetters_data();
    void copyPrintsDecisionsAndLetters();

private:
    // Files a submission at a national double and has the center pull it; its reference.
    QString pullOnlineSubmission(PortalFixture& national);
    QString centerQuery(const QString& sql);
    // Forms 01, 05 and the ledger row of `code` on `bed`, as text to compare.
    static QStringList printed(SyncTestBed& bed, const QString& code);
    SyncReport pass(SyncTestBed& bed, SyncOptions options);
    SyncReport pass(SyncTestBed& bed) { return pass(bed, bed.options()); }
    static DossierState stateOf(SyncTestBed& bed, const QString& code);
    // A procedure of the catalogue received at the counter, with two papers or more.
    static Procedure counterProcedure(SyncTestBed& bed)
    {
        for (const Procedure& p : bed.app().catalogue().procedures()) {
            if (p.channel(Channel::Counter) && p.components.size() >= 2)
                return p;
        }
        return {};
    }
    int centerHistory(const QString& code);

    std::unique_ptr<PortalFixture> m_center;
    std::unique_ptr<SyncTestBed> m_a, m_b, m_c;
};

void TestCenterFeed::initTestCase()
{
    preferMemoryTempFolder();
    m_center = std::make_unique<PortalFixture>(QStringList{}, PortalFixture::Server::Center);
    QVERIFY2(m_center->start(), qPrintable(m_center->errorString()));
}

void TestCenterFeed::cleanupTestCase()
{
    m_center.reset();
}

void TestCenterFeed::init()
{
    // A keeps the fixture's station 1; B and C join as stations of their own.
    const QString opened = openCenterStations(
        *m_center, {{&m_a, QStringLiteral("a")}, {&m_b, QStringLiteral("b")}, {&m_c, QStringLiteral("c")}});
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

void TestCenterFeed::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_c.reset();
}

SyncReport TestCenterFeed::pass(SyncTestBed& bed, SyncOptions options)
{
    auto r = bed.pass(options);
    if (!r) {
        qWarning() << "pass:" << r.error().message;
        return {};
    }
    if (!r->errors.isEmpty())
        qInfo() << "pass notes:" << r->errors;
    return *r;
}

DossierState TestCenterFeed::stateOf(SyncTestBed& bed, const QString& code)
{
    auto d = DossierRepository(bed.app().db()).byCode(code);
    return d ? d->state : DossierState::Submitted;
}

int TestCenterFeed::centerHistory(const QString& code)
{
    return static_cast<int>(m_center->dossier(code).value(QLatin1String("history")).toArray().size());
}

void TestCenterFeed::receivedOnAReturnedOnB()
{
    const QStringList codes = m_a->takeDossiers(3);
    QCOMPARE(codes.size(), 3);
    const QString code = codes.at(1);
    QVERIFY(pass(*m_a).reached);
    QCOMPARE(m_a->pending(), 0);

    // B finds it by the tail of its code, as read off the receipt, with nothing to send back.
    QVERIFY(pass(*m_b).feedDossiers >= 3);
    const QString tail = code.section(QLatin1Char('-'), -1);
    auto hits = m_b->app().dossiers().search(tail);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    bool found = false;
    for (const DossierListRow& row : *hits)
        found = found || row.code == code;
    QVERIFY2(found, qPrintable(tail));
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE center_key IS NULL")), 0);
    QCOMPARE(stateOf(*m_b, code), DossierState::Received);

    // B processes and returns it.
    auto opened = DossierRepository(m_b->app().db()).byCode(code);
    QVERIFY(opened);
    ProcessingService& work = m_b->app().processing();
    const Actor clerk = m_b->admin();
    auto step = work.transfer(clerk, code, opened->departmentCode);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    step = work.receive(clerk, code);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    step = work.complete(clerk, code);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    ReturnRecord back;
    back.collectorName = QStringLiteral("Trần Văn Bình");
    back.collectorIdNumber = QStringLiteral("062090012345");
    back.resultPapers = {QStringLiteral("Giấy chứng nhận")};
    back.feesSettled = true;
    step = work.returnResult(clerk, code, back);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    SyncReport fromB = pass(*m_b);
    QVERIFY(fromB.reached);
    QCOMPARE(fromB.conflicts, 0);
    QVERIFY2(m_b->pending() == 0, qPrintable(m_b->describePending()));

    // A and C see it returned, with B's steps, and send none of them back.
    const int historyAtCenter = centerHistory(code);
    QVERIFY(historyAtCenter >= 5);
    pass(*m_a);
    pass(*m_c);
    QCOMPARE(stateOf(*m_a, code), DossierState::Returned);
    QCOMPARE(stateOf(*m_c, code), DossierState::Returned);
    QCOMPARE(stateOf(*m_c, codes.at(0)), DossierState::Received);
    pass(*m_a);
    QCOMPARE(m_a->pending(), 0);
    QCOMPARE(centerHistory(code), historyAtCenter);
    const QString eventsOf = QStringLiteral("SELECT count(*) FROM dossier_events e JOIN dossiers d ON d.id = "
                                            "e.dossier_id WHERE d.code = '%1'")
                                 .arg(code);
    QCOMPARE(m_a->count(eventsOf), historyAtCenter);
    QCOMPARE(m_c->count(eventsOf), historyAtCenter);
    // B's steps show where they went as B recorded them, not the dossier's department at both
    // ends: the transfer from the counter and the result returned (no department) start at no
    // department; the completed dossier handed back to the counter and the result returned end
    // at none.
    const auto atCounter = [&code](const char* column) {
        return QStringLiteral("SELECT count(*) FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE "
                              "d.code = '%1' AND e.from_state IS NOT NULL AND e.%2 IS NULL")
            .arg(code, QLatin1String(column));
    };
    QCOMPARE(m_b->count(atCounter("to_department")), 2);
    for (SyncTestBed* onOther : {m_a.get(), m_c.get()}) {
        QCOMPARE(onOther->count(atCounter("to_department")), 2);
        QCOMPARE(onOther->count(atCounter("from_department")), 2);
    }
    // A pass with nothing new writes nothing.
    QCOMPARE(pass(*m_c).feedDossiers, 0);
}

void TestCenterFeed::twoStationsApartOneConflict_data()
{
    QTest::addColumn<bool>("keepLocal");
    QTest::newRow("settled the center's way") << false;
    QTest::newRow("settled this workstation's way") << true;
}

void TestCenterFeed::twoStationsApartOneConflict()
{
    QFETCH(bool, keepLocal);
    const QString code = m_a->takeDossiers(1).value(0);
    QVERIFY(!code.isEmpty());
    QVERIFY(pass(*m_a).reached);
    pass(*m_b);
    QCOMPARE(stateOf(*m_b, code), DossierState::Received);

    // Apart: A hands it to its department, B records the applicant's withdrawal.
    auto onA = DossierRepository(m_a->app().db()).byCode(code);
    QVERIFY(onA);
    auto transferred = m_a->app().processing().transfer(m_a->admin(), code, onA->departmentCode);
    QVERIFY2(transferred, qPrintable(transferred ? QString() : transferred.error().message));
    auto withdrawn = m_b->app().processing().withdraw(m_b->admin(), code, QStringLiteral("Người nộp rút hồ sơ"));
    QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : withdrawn.error().message));

    // A reaches the center first: its step is applied.
    SyncReport first = pass(*m_a);
    QCOMPARE(first.conflicts, 0);
    QCOMPARE(m_a->pending(), 0);
    // B's step started from a state the dossier has left: a conflict for B's clerk.
    SyncReport second = pass(*m_b);
    QCOMPARE(second.conflicts, 1);
    auto conflicts = m_b->app().sync().conflicts();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().dossierCode, code);
    QCOMPARE(conflicts->first().localState, static_cast<int>(DossierState::Withdrawn));
    QCOMPARE(conflicts->first().portalState, nationalCode(DossierState::Transferred));
    // Nothing overwritten at the center, nothing dropped on B: its change waits there.
    const QJsonObject atCenter = m_center->dossier(code).value(QLatin1String("dossier")).toObject();
    QCOMPARE(atCenter.value(QLatin1String("MaTrangThai")).toString(),
             QString::number(nationalCode(DossierState::Transferred)));
    QCOMPARE(stateOf(*m_b, code), DossierState::Withdrawn);
    QVERIFY(m_b->count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state <> 'done'")) > 0);
    // Another pass records it once only; A has none; C sees A's step.
    QCOMPARE(pass(*m_b).conflicts, 0);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 1);
    QCOMPARE(m_a->count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
    pass(*m_c);
    QCOMPARE(stateOf(*m_c, code), DossierState::Transferred);

    // The clerk on B settles it; the next passes carry out that choice once, with no new conflict.
    QVERIFY(m_b->app().sync().resolveConflict(m_b->admin(), conflicts->first().id,
                                              keepLocal ? ConflictResolution::Local : ConflictResolution::Portal));
    SyncReport settled = pass(*m_b);
    QCOMPARE(settled.conflicts, 0);
    pass(*m_b);
    QVERIFY2(m_b->pending() == 0, qPrintable(m_b->describePending()));
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")), 0);
    const DossierState final = keepLocal ? DossierState::Withdrawn : DossierState::Transferred;
    QCOMPARE(m_center->dossier(code).value(QLatin1String("dossier")).toObject().value(QLatin1String("MaTrangThai")),
             QJsonValue(QString::number(nationalCode(final))));
    pass(*m_a);
    pass(*m_c);
    QCOMPARE(stateOf(*m_a, code), final);
    QCOMPARE(stateOf(*m_b, code), final);
    QCOMPARE(stateOf(*m_c, code), final);
}

void TestCenterFeed::catchUpStoppedResumes_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("stopAfter");
    QTest::newRow("pages of 2, stopped after 2") << 2 << 4;
    QTest::newRow("pages of 3, stopped after 1") << 3 << 3;
}

void TestCenterFeed::catchUpStoppedResumes()
{
    QFETCH(int, page);
    QFETCH(int, stopAfter);
    const QStringList codes = m_a->takeDossiers(9);
    QCOMPARE(codes.size(), 9);
    auto moved = m_a->app().processing().withdraw(m_a->admin(), codes.at(4), QStringLiteral("Rút hồ sơ"));
    QVERIFY(moved);
    QVERIFY(pass(*m_a).reached);
    QCOMPARE(m_a->pending(), 0);

    // C catches up in small pages and is stopped once `stopAfter` dossiers are written.
    std::atomic<bool> stop{false};
    QList<qint64> seen;
    qint64 announced = 0;
    SyncOptions o = m_c->options();
    o.kinds = {SyncKind::Feed};
    o.feedPage = page;
    o.cancel = &stop;
    o.feedProgress = [&](qint64 pulled, qint64 total) {
        seen.append(pulled);
        announced = total;
        if (pulled >= stopAfter)
            stop.store(true);
    };
    pass(*m_c, o);
    QCOMPARE(seen.size(), stopAfter / page);
    QCOMPARE(announced, 9);
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(*) FROM dossiers")), stopAfter);
    QVERIFY(m_c->count(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'feed.cursor'")) == 1);

    // The next pass goes on from there: every dossier once, every step once.
    stop.store(false);
    seen.clear();
    o.feedProgress = [&](qint64 pulled, qint64 total) {
        seen.append(pulled);
        announced = total;
    };
    pass(*m_c, o);
    QCOMPARE(announced, 9 - stopAfter);
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(*) FROM dossiers")), 9);
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(DISTINCT code) FROM center_dossiers")), 9);
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(*) FROM dossier_events")),
             m_a->count(QStringLiteral("SELECT count(*) FROM dossier_events")));
    QCOMPARE(stateOf(*m_c, codes.at(4)), DossierState::Withdrawn);
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestCenterFeed::commandLineShowsProgress()
{
    QCOMPARE(m_a->takeDossiers(3).size(), 3);
    QVERIFY(pass(*m_a).reached);
    // `motcuactl sync now` runs the feed too, and says how far the catch-up is.
    QProcess p;
    p.setProcessEnvironment(SyncTestBed::cliEnvironment());
    p.start(QStringLiteral(MOTCUACTL_PATH), m_c->syncNowArguments());
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(err.contains(QStringLiteral("Center's dossiers: 3 of 3 read.")), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("3 dossiers of the center written here")), qPrintable(out));
    QCOMPARE(m_c->count(QStringLiteral("SELECT count(*) FROM center_dossiers")), 3);
}

QString TestCenterFeed::centerQuery(const QString& sql)
{
    QByteArray out;
    if (m_center->cluster()->client(
            QStringLiteral("psql"),
            {QStringLiteral("-d"), m_center->cluster()->conninfo(), QStringLiteral("-tAc"), sql}, &out) != 0)
        return QStringLiteral("(psql failed)");
    return QString::fromUtf8(out).trimmed();
}

QString TestCenterFeed::pullOnlineSubmission(PortalFixture& national)
{
    QProcess submit;
    submit.start(QStringLiteral(MOTCUA_PORTAL_PATH),
                 {QStringLiteral("submit-online"), QStringLiteral("--db"), national.databasePath(),
                  QStringLiteral("--files"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7")});
    if (!submit.waitForFinished(60000) || submit.exitCode() != 0)
        return {};
    const QString ref = QString::fromUtf8(submit.readAllStandardOutput()).trimmed();
    if (!ref.startsWith(QStringLiteral("TT-")))
        return {};
    QByteArray out;
    const int pulled =
        m_center->centerCommand({QStringLiteral("pull-online"), QStringLiteral("--set"),
                                 QStringLiteral("online_url=") + national.url().toString(), QStringLiteral("--set"),
                                 QStringLiteral("national_ca=") + national.caPath(), QStringLiteral("--set"),
                                 QStringLiteral("national_username=") + national.username(), QStringLiteral("--set"),
                                 QStringLiteral("national_password=") + national.password()},
                                &out);
    if (pulled != 0 || !out.contains(ref.toUtf8())) {
        qWarning() << "pull-online:" << out;
        return {};
    }
    return ref;
}

void TestCenterFeed::onlineSubmissionReachesAStationAndIsRenamed()
{
    PortalFixture national({}, PortalFixture::Server::Portal);
    QVERIFY2(national.start(), qPrintable(national.errorString()));
    const QString ref = pullOnlineSubmission(national);
    QVERIFY(ref.startsWith(QStringLiteral("TT-")));

    QVERIFY(pass(*m_a).reached);
    auto d = DossierRepository(m_a->app().db()).byCode(ref);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->state, DossierState::Submitted);
    QCOMPARE(d->onlineRef, ref);
    QCOMPARE(d->channel, Channel::Online);
    QVERIFY(d->submittedAt.isValid());
    QVERIFY(!d->applicant.fullName.isEmpty());
    QVERIFY(d->components.size() >= 2);
    const qint64 id = d->id;

    // The center gives it a code (as a clerk's acceptance does): the copy is renamed, not doubled.
    const QString code = QStringLiteral("000.00.00.H34-261207-0042");
    QCOMPARE(m_center->cluster()->client(
                 QStringLiteral("psql"),
                 {QStringLiteral("-d"), m_center->cluster()->conninfo(), QStringLiteral("-c"),
                  QStringLiteral(
                      "BEGIN; UPDATE dossiers SET ma_hoso = '%1', trang_thai = '2', ngay_tiep_nhan = "
                      "'20261207100000', data = jsonb_set(jsonb_set(jsonb_set(data::jsonb, '{MaHoSo}', '\"%1\"'), "
                      "'{TrangThaiHoSo}', '\"2\"'), "
                      "'{NgayTiepNhan}', '\"20261207100000\"')::text WHERE ma_truc_tuyen = '%2'; "
                      "UPDATE file_links SET ma_hoso = '%1' WHERE ma_hoso = '%2'; COMMIT")
                      .arg(code, ref)}),
             0);
    QVERIFY(pass(*m_a).reached);
    auto renamed = DossierRepository(m_a->app().db()).byCode(code);
    QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message));
    QCOMPARE(renamed->id, id);
    QCOMPARE(renamed->onlineRef, ref);
    QCOMPARE(renamed->state, DossierState::Received);
    QCOMPARE(m_a->count(QStringLiteral("SELECT count(*) FROM dossiers WHERE online_ref IS NOT NULL")), 1);
    // A station that never held it gets it under its code only.
    QVERIFY(pass(*m_b).reached);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM dossiers WHERE online_ref = '%1'").arg(ref)), 1);
}

void TestCenterFeed::onlineDecidedTwiceApart_data()
{
    QTest::addColumn<QString>("winnerDecides"); // "accept", "refuse" or "supplement"
    QTest::addColumn<QString>("loserDecides");
    QTest::addColumn<bool>("feedFirst"); // the loser pulls the feed before it sends its decision
    QTest::newRow("both accept, the refusal reaches the loser first") << u"accept"_s << u"accept"_s << false;
    QTest::newRow("both accept, the feed reaches the loser first") << u"accept"_s << u"accept"_s << true;
    QTest::newRow("accepted there, refused here") << u"accept"_s << u"refuse"_s << false;
    QTest::newRow("refused there, accepted here") << u"refuse"_s << u"accept"_s << true;
    QTest::newRow("papers asked there, refused here") << u"supplement"_s << u"refuse"_s << false;
}

void TestCenterFeed::onlineDecidedTwiceApart()
{
    QFETCH(QString, winnerDecides);
    QFETCH(QString, loserDecides);
    QFETCH(bool, feedFirst);
    PortalFixture national({}, PortalFixture::Server::Portal);
    QVERIFY2(national.start(), qPrintable(national.errorString()));
    const QString ref = pullOnlineSubmission(national);
    QVERIFY(ref.startsWith(QStringLiteral("TT-")));
    QVERIFY(pass(*m_a).reached);
    QVERIFY(pass(*m_b).reached);
    QCOMPARE(stateOf(*m_b, ref), DossierState::Submitted);
    const qint64 loserId = DossierRepository(m_b->app().db()).byCode(ref)->id;

    // Apart, A and B each decide it.
    auto decide = [&ref](SyncTestBed& bed, const QString& how) -> QString {
        OnlineInboxService& inbox = bed.app().onlineInbox();
        const QString reason = QStringLiteral("Thiếu giấy tờ");
        auto copy = DossierRepository(bed.app().db()).byCode(ref);
        if (!copy || copy->components.isEmpty())
            return {};
        const QString paper = copy->components.first().name;
        auto d = how == u"accept"_s   ? inbox.accept(bed.admin(), ref)
                 : how == u"refuse"_s ? inbox.refuse(bed.admin(), ref, reason)
                                      : inbox.requestSupplement(bed.admin(), ref, {SupplementItem{paper, reason}});
        if (!d) {
            qWarning() << "decision:" << d.error().message;
            return {};
        }
        return d->code;
    };
    auto stateAfter = [](const QString& how) {
        return how == u"accept"_s   ? DossierState::Received
               : how == u"refuse"_s ? DossierState::Refused
                                    : DossierState::SupplementRequested;
    };
    const QString winner = decide(*m_a, winnerDecides);
    const QString loser = decide(*m_b, loserDecides);
    QVERIFY(!winner.isEmpty() && !loser.isEmpty());
    QCOMPARE(winner == ref, winnerDecides != u"accept"_s);
    QCOMPARE(loser == ref, loserDecides != u"accept"_s);
    const DossierState winnerState = stateAfter(winnerDecides);
    const DossierState loserState = stateAfter(loserDecides);

    // A reaches the center first: its decision is kept.
    QCOMPARE(pass(*m_a).conflicts, 0);
    QCOMPARE(m_a->pending(), 0);
    QCOMPARE(centerQuery(QStringLiteral("SELECT ma_hoso FROM dossiers WHERE ma_truc_tuyen = '%1'").arg(ref)), winner);
    const int historyAtCenter = centerHistory(winner);
    QVERIFY(historyAtCenter > 0);

    // B: its decision or the feed first, then whole passes.
    SyncOptions first = m_b->options();
    first.kinds = feedFirst ? QList<SyncKind>{SyncKind::Feed} : QList<SyncKind>{SyncKind::Dossier, SyncKind::History};
    SyncReport one = pass(*m_b, first);
    QCOMPARE(one.conflicts, 1);
    int conflicts = 0;
    for (int i = 0; i < 3; ++i)
        conflicts += pass(*m_b).conflicts;
    QCOMPARE(conflicts, 0);
    QVERIFY2(m_b->pending() == 0, qPrintable(m_b->describePending()));

    // One code at the center, B's decision nowhere in it.
    QCOMPARE(centerQuery(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_truc_tuyen = '%1' OR ma_hoso IN "
                                        "('%1', '%2', '%3')")
                             .arg(ref, winner, loser)),
             QStringLiteral("1"));
    QCOMPARE(centerHistory(winner), historyAtCenter);
    QCOMPARE(m_center->dossier(winner).value(QLatin1String("dossier")).toObject().value(QLatin1String("MaTrangThai")),
             QJsonValue(QString::number(nationalCode(winnerState))));

    // B's copy is the center's, under its code; B's own steps kept, marked with the code given up.
    auto copy = DossierRepository(m_b->app().db()).byCode(winner);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(copy->id, loserId);
    QCOMPARE(copy->onlineRef, ref);
    QCOMPARE(copy->state, winnerState);
    if (loser != winner && loser != ref)
        QVERIFY(!DossierRepository(m_b->app().db()).byCode(loser));
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM dossiers WHERE online_ref IS NOT NULL")), 1);
    QVERIFY(m_b->count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE voided_code = '%1'").arg(loser)) > 0);
    QVERIFY(m_b->count(QStringLiteral("SELECT count(*) FROM outbox WHERE last_error = 'voided' AND entity_key = '%1'")
                           .arg(loser)) > 0);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.online_yield' AND "
                                       "entity_key = '%1'")
                            .arg(winner)),
             1);

    // The conflict names the voided code and the center's; it is settled the center's way only.
    auto list = m_b->app().sync().conflicts();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const SyncConflict& c = list->first();
    QCOMPARE(c.dossierCode, winner);
    QCOMPARE(c.voidedCode, loser);
    QCOMPARE(c.localState, static_cast<int>(loserState));
    QCOMPARE(c.portalState, nationalCode(winnerState));
    QVERIFY2(c.portalNote.contains(ref) && c.portalNote.contains(winner), qPrintable(c.portalNote));
    if (loser != ref)
        QVERIFY2(c.portalNote.contains(loser), qPrintable(c.portalNote));
    QVERIFY(!m_b->app().sync().resolveConflict(m_b->admin(), c.id, ConflictResolution::Local));
    const Status settled = m_b->app().sync().resolveConflict(m_b->admin(), c.id, ConflictResolution::Portal);
    QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().message));
    QCOMPARE(pass(*m_b).conflicts, 0);
    QCOMPARE(m_b->pending(), 0);
    QCOMPARE(m_b->count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")), 0);
    QCOMPARE(stateOf(*m_b, winner), winnerState);

    // B's feed is not stuck on the submission: a dossier received on A later reaches B.
    const QString later = m_a->takeDossiers(1).value(0);
    QVERIFY(!later.isEmpty());
    QVERIFY(pass(*m_a).reached);
    QVERIFY(pass(*m_b).reached);
    QCOMPARE(stateOf(*m_b, later), DossierState::Received);
    QCOMPARE(m_a->count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
}

QStringList TestCenterFeed::printed(SyncTestBed& bed, const QString& code)
{
    return printedForms(bed.app(), code);
}

void TestCenterFeed::copyPrintsTheSameForms_data()
{
    QTest::addColumn<bool>("elsewhere");
    QTest::newRow("processed at the receiving counter") << false;
    QTest::newRow("processed and returned at another counter") << true;
}

void TestCenterFeed::copyPrintsTheSameForms()
{
    QFETCH(bool, elsewhere);
    // A receives a dossier with everything the counter records.
    Dossier draft;
    draft.procedureCode = counterProcedure(*m_a).code;
    QVERIFY(!draft.procedureCode.isEmpty());
    draft.applicant.fullName = QStringLiteral("Lê Thị Mai");
    draft.applicant.idNumber = QStringLiteral("062190004321");
    draft.applicant.birthDate = QDate(1987, 4, 23);
    draft.applicant.gender = QStringLiteral("Nữ");
    draft.applicant.address = QStringLiteral("12 Trần Hưng Đạo, phường Quyết Thắng, TP Kon Tum");
    draft.applicant.phone = QStringLiteral("0905123456");
    draft.sets = 2;
    draft.notes = QStringLiteral("Bản sao có chứng thực");
    auto received = m_a->app().dossiers().receive(m_a->admin(), draft);
    QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
    const QString code = received->code;
    QVERIFY(!received->components.isEmpty());

    // Processed at A, or at B on its copy.
    SyncTestBed& worker = elsewhere ? *m_b : *m_a;
    if (elsewhere) {
        QVERIFY(pass(*m_a).reached);
        QVERIFY(pass(*m_b).reached);
    }
    ProcessingService& work = worker.app().processing();
    const Actor clerk = worker.admin();
    auto step = work.transfer(clerk, code, received->departmentCode, QStringLiteral("Chuyển kèm bản gốc"));
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    step = work.receive(clerk, code, QStringLiteral("Đủ hồ sơ"));
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    step = work.complete(clerk, code);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    ReturnRecord back;
    back.collectorName = QStringLiteral("Lê Văn Hùng");
    back.collectorIdNumber = QStringLiteral("062088001122");
    back.resultPapers = {QStringLiteral("Giấy phép"), QStringLiteral("Biên lai")};
    back.feesSettled = true;
    back.note = QStringLiteral("Nhận thay");
    step = work.returnResult(clerk, code, back);
    QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
    QVERIFY(pass(worker).reached);
    QVERIFY2(worker.pending() == 0, qPrintable(worker.describePending()));

    // Every counter prints the same: the one that did the work, the others from their copy.
    const QStringList expected = printed(worker, code);
    QVERIFY(expected.join(u'\n').contains(draft.applicant.address));
    QVERIFY(expected.join(u'\n').contains(QStringLiteral("1987-04-23")));
    QCOMPARE(expected.filter(QStringLiteral("05 hand-over")).size(), 2);
    QVERIFY(expected.join(u'\n').contains(QStringLiteral("return: Lê Văn Hùng|062088001122|Giấy phép;Biên lai")));
    for (SyncTestBed* other : {m_a.get(), m_b.get(), m_c.get()}) {
        if (other == &worker)
            continue;
        pass(*other);
        QCOMPARE(stateOf(*other, code), DossierState::Returned);
        const QStringList got = printed(*other, code);
        QCOMPARE(got, expected);
        // Nothing of it goes back.
        QCOMPARE(other->pending(), 0);
    }
    // Pulled again, nothing doubles.
    pass(*m_c);
    QCOMPARE(printed(*m_c, code), expected);
}

void TestCenterFeed::copyPrintsDecisionsAndLetters_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("papers asked at the counter's intake") << u"intake-supplement"_s;
    QTest::newRow("refused at the counter's intake") << u"intake-refusal"_s;
    QTest::newRow("papers asked on an online submission") << u"online-supplement"_s;
    QTest::newRow("online submission refused") << u"online-refusal"_s;
    QTest::newRow("supplement and apology at the receiving counter") << u"processing-here"_s;
    QTest::newRow("supplement and apology at another counter") << u"processing-elsewhere"_s;
}

void TestCenterFeed::copyPrintsDecisionsAndLetters()
{
    QFETCH(QString, how);
    Dossier draft;
    const Procedure procedure = counterProcedure(*m_a);
    QVERIFY(!procedure.components.isEmpty());
    draft.procedureCode = procedure.code;
    draft.components.append({procedure.components.first().id, procedure.components.first().name, 1, 0, 0, true, false});
    draft.applicant.fullName = QStringLiteral("Phạm Văn Lộc");
    draft.applicant.idNumber = QStringLiteral("062090007788");
    draft.applicant.birthDate = QDate(1990, 11, 2);
    draft.applicant.gender = QStringLiteral("Nam");
    draft.applicant.address = QStringLiteral("5 Bà Triệu, phường Quyết Thắng, TP Kon Tum");
    draft.applicant.phone = QStringLiteral("0914556677");
    QString paper = draft.components.first().name;
    const QString reason = QStringLiteral("Thiếu bản sao có chứng thực");
    const Actor clerk = m_a->admin();
    SyncTestBed* worker = m_a.get();
    QString code;
    if (how.startsWith(u"intake"_s)) {
        auto d = how == u"intake-supplement"_s
                     ? m_a->app().dossiers().requestSupplementAtIntake(clerk, draft, {{paper, reason}})
                     : m_a->app().dossiers().refuseAtIntake(clerk, draft, reason);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
        code = d->code;
    } else if (how.startsWith(u"online"_s)) {
        PortalFixture national({}, PortalFixture::Server::Portal);
        QVERIFY2(national.start(), qPrintable(national.errorString()));
        const QString ref = pullOnlineSubmission(national);
        QVERIFY(!ref.isEmpty());
        QVERIFY(pass(*m_a).reached);
        auto copy = DossierRepository(m_a->app().db()).byCode(ref);
        QVERIFY(copy && !copy->components.isEmpty());
        OnlineInboxService& inbox = m_a->app().onlineInbox();
        auto d = how == u"online-supplement"_s
                     ? inbox.requestSupplement(clerk, ref, {{copy->components.first().name, reason}})
                     : inbox.refuse(clerk, ref, reason);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
        code = d->code;
    } else {
        // Received long ago (recorded late, with its reason): the dossier is late, so it gets a letter.
        const QDateTime now = m_a->app().clock().now();
        draft.receivedAt = now.addDays(-90);
        draft.receivedAtReason = QStringLiteral("Nhập bù hồ sơ nhận trên giấy");
        draft.components.clear(); // every paper of the procedure handed in
        auto received = m_a->app().dossiers().receive(clerk, draft);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
        code = received->code;
        paper = received->components.first().name;
        if (how == u"processing-elsewhere"_s) {
            QVERIFY(pass(*m_a).reached);
            QVERIFY(pass(*m_b).reached);
            worker = m_b.get();
        }
        ProcessingService& work = worker->app().processing();
        auto step = work.transfer(worker->admin(), code, received->departmentCode, QString());
        QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
        step = work.receive(worker->admin(), code);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
        step = work.requestSupplement(worker->admin(), code, {{paper, reason}});
        QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
        step = work.supplementReceived(worker->admin(), code);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
        auto letter = work.apologize(worker->admin(), code, now.addDays(5), QStringLiteral("Cần xác minh thêm với xã"));
        QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
    }
    QVERIFY(pass(*worker).reached);
    QVERIFY2(worker->pending() == 0, qPrintable(worker->describePending()));

    // Every counter prints the same forms 02, 03 and 04 (and 01, 05, 06 where they fit).
    const QStringList expected = printedDecisions(worker->app(), code) + printedForms(worker->app(), code);
    const QString all = expected.join(u'\n');
    if (how.endsWith(u"supplement"_s))
        QVERIFY2(all.contains(u"02 asked: "_s) && all.contains(u": "_s + reason), qPrintable(all));
    if (how.endsWith(u"refusal"_s))
        QVERIFY2(all.contains(u"03 refused: "_s + reason), qPrintable(all));
    if (how.startsWith(u"processing"_s)) {
        QVERIFY2(all.contains(u"02 asked: %1: %2"_s.arg(paper, reason)), qPrintable(all));
        QVERIFY2(all.contains(u"signed Quản Trị: Cần xác minh thêm với xã"_s), qPrintable(all));
    }
    for (SyncTestBed* other : {m_a.get(), m_b.get(), m_c.get()}) {
        if (other == worker)
            continue;
        pass(*other);
        QCOMPARE(printedDecisions(other->app(), code) + printedForms(other->app(), code), expected);
        QCOMPARE(other->pending(), 0);
    }
    // Pulled again, nothing doubles.
    pass(*m_c);
    QCOMPARE(printedDecisions(m_c->app(), code) + printedForms(m_c->app(), code), expected);
    // The letter as the copy prints it, to look at (MOTCUA_SCREENSHOT_DIR).
    if (const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
        !dir.isEmpty() && how.startsWith(u"processing"_s)) {
        QProcess print;
        QProcessEnvironment env = SyncTestBed::cliEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        print.setProcessEnvironment(env);
        print.start(QStringLiteral(MOTCUACTL_PATH),
                    {u"--db"_s, m_c->path(), u"dossier"_s, u"print"_s, code, u"--form"_s, u"04"_s, u"--user"_s,
                     SyncTestBed::adminName(), u"--out"_s, dir + u"/copy-form04-"_s + how + u".pdf"_s});
        QVERIFY(print.waitForFinished(60000));
        QVERIFY2(print.exitCode() == 0, print.readAllStandardError().right(300).constData());
    }

    // A copy pulled by an older version kept none of it (as if: the rows gone, the appointment
    // the first one). A pass alone leaves it so; `motcuactl center refeed` has the next pass
    // pull the center's feed again and complete it.
    Database& old = m_c->app().db();
    for (const char* table : {"dossier_intake_items", "dossier_supplements", "dossier_apologies"})
        QVERIFY(old.execute(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    QVERIFY(old.execute(QStringLiteral("UPDATE dossiers SET appointment_at = received_at")));
    pass(*m_c);
    QVERIFY(printedDecisions(m_c->app(), code) + printedForms(m_c->app(), code) != expected);
    QProcess refeed;
    refeed.setProcessEnvironment(SyncTestBed::cliEnvironment());
    refeed.start(QStringLiteral(MOTCUACTL_PATH),
                 {u"--db"_s, m_c->path(), u"center"_s, u"refeed"_s, u"--user"_s, SyncTestBed::adminName()});
    QVERIFY(refeed.waitForFinished(60000));
    const QString said = QString::fromUtf8(refeed.readAllStandardOutput() + refeed.readAllStandardError());
    QVERIFY2(refeed.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.contains(u"The next sync pass pulls every dossier of the center again."_s), qPrintable(said));
    QCOMPARE(m_c->count(u"SELECT count(*) FROM sync_state WHERE key = 'feed.cursor'"_s), 0);
    QCOMPARE(m_c->count(u"SELECT count(*) FROM audit_log WHERE action = 'center.refeed'"_s), 1);
    pass(*m_c);
    QCOMPARE(printedDecisions(m_c->app(), code) + printedForms(m_c->app(), code), expected);
    QCOMPARE(m_c->pending(), 0);
}

QTEST_GUILESS_MAIN(TestCenterFeed)
#include "test_centerfeed.moc"
