// The online inbox: acceptance deadlines in working hours, and the three decisions on a
// dossier submitted online, each one transaction with its event, audit and outbox rows.

#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"
#include "service/ReportService.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/SettingKeys.h"
#include "store/Settings.h"
#include "support/CounterStation.h"
#include "support/OnlineSubmission.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestOnlineInbox : public QObject, protected test::CounterStationSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deadline_data();
    void deadline();
    void lateOnesComeFirst();
    void acceptIsOneTransaction();
    void supplementIsOneTransaction();
    void refusalIsOneTransaction();
    void failedDecisionLeavesNothing_data();
    void failedDecisionLeavesNothing();
    void secondDecisionIsRefused();
    void requiredPaperUntickedBlocksAcceptance();
    void refusalNeedsReason();
    void acceptedCodesNeverCollide();
    void reportCountsAcceptedOnlineDossiers();

private:
    QString submit(const QString& ref, const QDateTime& submittedAt);
    int count(const QString& sql, const QString& arg = QString());
    QJsonObject outboxPayload(const QString& key);
};

void TestOnlineInbox::init()
{
    openStation(QDateTime(QDate(2026, 3, 10), QTime(9, 30), vietnamZone()),
                QStringLiteral("desk-%1-%2.db")
                    .arg(QString::fromLatin1(QTest::currentTestFunction()),
                         QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
}

void TestOnlineInbox::cleanup()
{
    m_ctx.reset();
}

// An online submission as the center's feed stores it: code = reference, state Submitted.
QString TestOnlineInbox::submit(const QString& ref, const QDateTime& submittedAt)
{
    auto procedure = m_ctx->catalogue().procedure(m_procedureCode);
    if (!procedure)
        return {};
    Dossier d = test::onlineSubmission(*procedure, ref, submittedAt);
    d.applicant.fullName = QString::fromUtf8("Rơ Châm Thị Hạnh");
    d.applicant.idNumber = QStringLiteral("064190001234");
    d.applicant.address = QString::fromUtf8("Thôn 2, Xã Ia Chim, Kon Tum");
    for (DossierComponent& dc : d.components)
        dc.provided = true;
    auto id = DossierRepository(m_ctx->db()).insert(d);
    if (!id) {
        qWarning() << id.error().message;
        return {};
    }
    return ref;
}

int TestOnlineInbox::count(const QString& sql, const QString& arg)
{
    Statement& st = m_ctx->db().prepare(sql);
    if (!arg.isNull())
        st.bind(1, arg);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

QJsonObject TestOnlineInbox::outboxPayload(const QString& key)
{
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT payload FROM outbox WHERE kind = 'dossier' AND entity_key = ?1 ORDER BY id DESC"));
    st.bind(1, key);
    const QJsonObject o = st.next() ? QJsonDocument::fromJson(st.text(0).toUtf8()).object() : QJsonObject();
    st.reset();
    return o;
}

void TestOnlineInbox::deadline_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QDateTime>("expected");
    const auto vn = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), vietnamZone());
    };
    // Tuesday 10 March 2026; working hours 07:00–11:30 and 13:30–17:00.
    QTest::newRow("within a morning") << vn(2026, 3, 10, 8, 0) << 2 << vn(2026, 3, 10, 10, 0);
    QTest::newRow("across the lunch break") << vn(2026, 3, 10, 11, 0) << 1 << vn(2026, 3, 10, 14, 0);
    QTest::newRow("eight hours across lunch and night") << vn(2026, 3, 10, 11, 0) << 8 << vn(2026, 3, 11, 11, 0);
    QTest::newRow("submitted during lunch") << vn(2026, 3, 10, 12, 15) << 2 << vn(2026, 3, 10, 15, 30);
    QTest::newRow("submitted at night") << vn(2026, 3, 10, 21, 0) << 8 << vn(2026, 3, 11, 17, 0);
    QTest::newRow("across a weekend") << vn(2026, 3, 13, 15, 0) << 8 << vn(2026, 3, 16, 15, 0);
    QTest::newRow("submitted on a Sunday") << vn(2026, 3, 15, 10, 0) << 8 << vn(2026, 3, 16, 17, 0);
    // Tết 2026: Saturday 14 to Sunday 22 February off.
    QTest::newRow("across Tet") << vn(2026, 2, 13, 16, 0) << 8 << vn(2026, 2, 23, 16, 0);
    QTest::newRow("submitted during Tet") << vn(2026, 2, 18, 9, 0) << 8 << vn(2026, 2, 23, 17, 0);
}

void TestOnlineInbox::deadline()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, hours);
    QFETCH(QDateTime, expected);
    QVERIFY(m_ctx->settings().set(SettingKey::OnlineAcceptHours, QString::number(hours)));
    QCOMPARE(m_ctx->onlineInbox().acceptHours(), hours);
    QCOMPARE(m_ctx->onlineInbox().deadline(submitted), expected.toUTC());

    // The inbox lists it with the same deadline, late once the clock has passed it.
    QCOMPARE(submit(QStringLiteral("TT-260310-000001"), submitted), QStringLiteral("TT-260310-000001"));
    m_clock->set(expected.addSecs(-60));
    auto before = m_ctx->onlineInbox().waiting();
    QVERIFY2(before.ok(), qPrintable(before.error().message));
    QCOMPARE(before->size(), 1);
    QCOMPARE(before->first().deadline, expected.toUTC());
    QVERIFY(!before->first().late);
    m_clock->set(expected.addSecs(60));
    auto after = m_ctx->onlineInbox().waiting();
    QVERIFY(after.ok());
    QVERIFY(after->first().late);
}

void TestOnlineInbox::lateOnesComeFirst()
{
    const auto vn = [](int d, int h) { return QDateTime(QDate(2026, 3, d), QTime(h, 0), vietnamZone()); };
    QVERIFY(!submit(QStringLiteral("TT-260310-000003"), vn(10, 9)).isEmpty()); // due 11/03 09:00
    QVERIFY(!submit(QStringLiteral("TT-260309-000002"), vn(9, 8)).isEmpty());  // due 10/03 08:00: late
    QVERIFY(!submit(QStringLiteral("TT-260306-000001"), vn(6, 16)).isEmpty()); // due 09/03 16:00: late
    m_clock->set(vn(10, 10));
    auto rows = m_ctx->onlineInbox().waiting();
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).code, QStringLiteral("TT-260306-000001"));
    QVERIFY(rows->at(0).late);
    QCOMPARE(rows->at(1).code, QStringLiteral("TT-260309-000002"));
    QVERIFY(rows->at(1).late);
    QCOMPARE(rows->at(2).code, QStringLiteral("TT-260310-000003"));
    QVERIFY(!rows->at(2).late);
    auto counts = m_ctx->onlineInbox().counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->waiting, 3);
    QCOMPARE(counts->late, 2);
}

void TestOnlineInbox::acceptIsOneTransaction()
{
    const QString ref = submit(QStringLiteral("TT-260310-000007"), m_clock->now().addSecs(-3600));
    QVERIFY(!ref.isEmpty());
    const Dossier waiting = *m_ctx->dossiers().byCode(ref);
    QList<bool> ticks(waiting.components.size(), true);
    const int events = count(QStringLiteral("SELECT count(*) FROM dossier_events"));
    const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));

    m_clock->advanceSecs(600);
    auto accepted = m_ctx->onlineInbox().accept(m_clerk, ref, ticks);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
    static const QRegularExpression format(QStringLiteral("^000\\.00\\.00\\.H34-260310-\\d{4}$"));
    QVERIFY2(format.match(accepted->code).hasMatch(), qPrintable(accepted->code));
    QCOMPARE(accepted->onlineRef, ref);
    QCOMPARE(accepted->channel, Channel::Online);
    QCOMPARE(accepted->state, DossierState::Received);
    QCOMPARE(accepted->receivedAt, m_clock->now());
    QCOMPARE(accepted->receivedBy, m_clerk.username);
    // The appointment counts from the acceptance, as at the counter.
    auto procedure = m_ctx->catalogue().procedure(m_procedureCode);
    const ProcedureChannel* ch = procedure->channel(Channel::Online);
    if (!ch)
        ch = procedure->channel(Channel::Counter);
    QCOMPARE(accepted->appointmentAt,
             m_ctx->calendar().due(m_clock->now(), ch->timeValue, ch->timeUnit, procedure->receiveCutoff).at.toUTC());
    // One dossier row, renamed: nothing is left under the reference.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = ?1"), ref), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers WHERE online_ref = ?1"), ref), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events")), events + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE from_state = 1 AND to_state = 2")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.online_accept' AND "
                                  "entity_key = ?1"),
                   accepted->code),
             1);
    const QJsonObject payload = outboxPayload(accepted->code);
    QCOMPARE(payload.value(QStringLiteral("MaHoSo")).toString(), accepted->code);
    QCOMPARE(payload.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString(), ref);
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiTruoc")).toString(), QStringLiteral("submitted"));
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiMoi")).toString(), QStringLiteral("received"));
    QCOMPARE(payload.value(QStringLiteral("KenhThucHien")).toString(), QStringLiteral("2"));
    QCOMPARE(payload.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("2"));
    // It left the inbox.
    QCOMPARE(m_ctx->onlineInbox().waiting()->size(), 0);
}

void TestOnlineInbox::supplementIsOneTransaction()
{
    const QString ref = submit(QStringLiteral("TT-260310-000008"), m_clock->now().addSecs(-600));
    QVERIFY(!ref.isEmpty());
    const Dossier waiting = *m_ctx->dossiers().byCode(ref);
    const QString paper = waiting.components.first().name;
    auto r = m_ctx->onlineInbox().requestSupplement(m_clerk, ref,
                                                    {{paper, QString::fromUtf8("Ảnh chụp bị mờ, không đọc được")}});
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->code, ref);
    QCOMPARE(r->state, DossierState::SupplementRequested);
    auto decision = m_ctx->dossiers().intakeDecision(ref);
    QVERIFY2(decision.ok(), qPrintable(decision.error().message));
    QCOMPARE(decision->items.size(), 1);
    QCOMPARE(decision->items.first().componentName, paper);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE from_state = 1 AND to_state = 6")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.online_supplement' AND "
                                  "entity_key = ?1"),
                   ref),
             1);
    const QJsonObject payload = outboxPayload(ref);
    QCOMPARE(payload.value(QStringLiteral("MaHoSo")).toString(), ref);
    QCOMPARE(payload.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString(), ref);
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiTruoc")).toString(), QStringLiteral("submitted"));
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiMoi")).toString(), QStringLiteral("supplement_requested"));
    QCOMPARE(payload.value(QStringLiteral("DanhSachHoSoBoSung")).toArray().size(), 1);

    // A paper the dossier does not have is refused.
    const QString other = submit(QStringLiteral("TT-260310-000009"), m_clock->now().addSecs(-600));
    auto bad = m_ctx->onlineInbox().requestSupplement(m_clerk, other, {{QStringLiteral("Sổ đỏ"), QStringLiteral("x")}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::BadInput);
}

void TestOnlineInbox::refusalIsOneTransaction()
{
    const QString ref = submit(QStringLiteral("TT-260310-000010"), m_clock->now().addSecs(-600));
    QVERIFY(!ref.isEmpty());
    const QString reason = QString::fromUtf8("Thủ tục không thuộc thẩm quyền của tỉnh");
    auto r = m_ctx->onlineInbox().refuse(m_clerk, ref, reason);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->code, ref);
    QCOMPARE(r->state, DossierState::Refused);
    QCOMPARE(r->finishedAt, m_clock->now());
    QCOMPARE(m_ctx->dossiers().intakeDecision(ref)->reason, reason);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE from_state = 1 AND to_state = 3")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.online_refuse' AND "
                                  "entity_key = ?1"),
                   ref),
             1);
    // No free text of the refusal in the audit trail.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%' || ?1 || '%'"), reason), 0);
    const QJsonObject payload = outboxPayload(ref);
    QCOMPARE(payload.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString(), ref);
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiTruoc")).toString(), QStringLiteral("submitted"));
    QCOMPARE(payload.value(QStringLiteral("MC_TrangThaiMoi")).toString(), QStringLiteral("refused"));
    QVERIFY(!payload.value(QStringLiteral("NgayTuChoi")).toString().isEmpty());
}

void TestOnlineInbox::failedDecisionLeavesNothing_data()
{
    QTest::addColumn<QString>("decision");
    QTest::newRow("accept") << QStringLiteral("accept");
    QTest::newRow("supplement") << QStringLiteral("supplement");
    QTest::newRow("refuse") << QStringLiteral("refuse");
}

// The outbox row is the last write of a decision: when it fails, the dossier, its event and
// audit row and the code taken are all rolled back.
void TestOnlineInbox::failedDecisionLeavesNothing()
{
    QFETCH(QString, decision);
    const QString ref = submit(QStringLiteral("TT-260310-000011"), m_clock->now().addSecs(-600));
    QVERIFY(!ref.isEmpty());
    const Dossier waiting = *m_ctx->dossiers().byCode(ref);
    const int events = count(QStringLiteral("SELECT count(*) FROM dossier_events"));
    const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const int items = count(QStringLiteral("SELECT count(*) FROM dossier_intake_items"));
    const int blocks = count(QStringLiteral("SELECT coalesce(sum(next), 0) FROM code_blocks"));
    QVERIFY(m_ctx->db().execute(QStringLiteral("CREATE TEMP TRIGGER outbox_down BEFORE INSERT ON main.outbox "
                                               "BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END")));
    Result<Dossier> r = Error::internal(QString());
    if (decision == QLatin1String("accept"))
        r = m_ctx->onlineInbox().accept(m_clerk, ref);
    else if (decision == QLatin1String("supplement"))
        r = m_ctx->onlineInbox().requestSupplement(m_clerk, ref,
                                                   {{waiting.components.first().name, QStringLiteral("x")}});
    else
        r = m_ctx->onlineInbox().refuse(m_clerk, ref, QStringLiteral("x"));
    QVERIFY(!r.ok());
    QVERIFY(m_ctx->db().execute(QStringLiteral("DROP TRIGGER outbox_down")));
    auto after = m_ctx->dossiers().byCode(ref);
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QCOMPARE(after->state, DossierState::Submitted);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events")), events);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_intake_items")), items);
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(next), 0) FROM code_blocks")), blocks);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    // And it can be decided once the outbox is back.
    QVERIFY(m_ctx->onlineInbox().accept(m_clerk, ref).ok());
}

void TestOnlineInbox::secondDecisionIsRefused()
{
    const QString ref = submit(QStringLiteral("TT-260310-000012"), m_clock->now().addSecs(-600));
    auto first = m_ctx->onlineInbox().accept(m_clerk, ref);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    // The reference no longer names a dossier; the new code names one no longer waiting.
    QVERIFY(!m_ctx->onlineInbox().refuse(m_clerk, ref, QStringLiteral("x")).ok());
    auto again = m_ctx->onlineInbox().accept(m_clerk, first->code);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestOnlineInbox::requiredPaperUntickedBlocksAcceptance()
{
    const QString ref = submit(QStringLiteral("TT-260310-000013"), m_clock->now().addSecs(-600));
    const Dossier waiting = *m_ctx->dossiers().byCode(ref);
    auto procedure = m_ctx->catalogue().procedure(m_procedureCode);
    int required = -1;
    for (int i = 0; i < procedure->components.size() && required < 0; ++i) {
        if (procedure->components.at(i).required)
            required = i;
    }
    QVERIFY(required >= 0);
    QList<bool> ticks(waiting.components.size(), true);
    ticks[required] = false;
    auto r = m_ctx->onlineInbox().accept(m_clerk, ref, ticks);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Conflict);
    QVERIFY(r.error().message.contains(procedure->components.at(required).name));
    QCOMPARE(m_ctx->dossiers().byCode(ref)->state, DossierState::Submitted);
    // A wrong number of ticks is bad input.
    auto wrong = m_ctx->onlineInbox().accept(m_clerk, ref, {true});
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, Error::BadInput);
    // The ticks are recorded with an acceptance.
    ticks = QList<bool>(waiting.components.size(), true);
    if (ticks.size() > 1 && !procedure->components.last().required)
        ticks.last() = false;
    auto ok = m_ctx->onlineInbox().accept(m_clerk, ref, ticks);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    for (int i = 0; i < ticks.size(); ++i)
        QCOMPARE(ok->components.at(i).provided, ticks.at(i));
}

void TestOnlineInbox::refusalNeedsReason()
{
    const QString ref = submit(QStringLiteral("TT-260310-000014"), m_clock->now().addSecs(-600));
    auto r = m_ctx->onlineInbox().refuse(m_clerk, ref, QStringLiteral("   "));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::BadInput);
    QCOMPARE(m_ctx->dossiers().byCode(ref)->state, DossierState::Submitted);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

// Online and counter dossiers take their numbers from the same allocator: one sequence, in
// this station's range, never the same code twice; a second station's range is disjoint.
void TestOnlineInbox::acceptedCodesNeverCollide()
{
    QSet<QString> codes;
    const CodeBlock range = m_ctx->dossiers().codes().config().numbering.fallbackRange(1);
    QVERIFY(range.first > 0 && range.last >= range.first);
    auto seq = [](const QString& code) { return code.section(QLatin1Char('-'), -1).toInt(); };
    for (int i = 0; i < 6; ++i) {
        const QString ref =
            submit(QStringLiteral("TT-260310-%1").arg(100 + i, 6, 10, QLatin1Char('0')), m_clock->now().addSecs(-600));
        QVERIFY(!ref.isEmpty());
        auto online = m_ctx->onlineInbox().accept(m_clerk, ref);
        QVERIFY2(online.ok(), qPrintable(online.error().message));
        Dossier counter;
        counter.procedureCode = m_procedureCode;
        counter.applicant.fullName = QString::fromUtf8("A Tuấn");
        counter.applicant.idNumber = QStringLiteral("062190004321");
        auto received = m_ctx->dossiers().receive(m_clerk, counter);
        QVERIFY2(received.ok(), qPrintable(received.error().message));
        for (const QString& code : {online->code, received->code}) {
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QVERIFY2(seq(code) >= range.first && seq(code) <= range.last, qPrintable(code));
        }
        QCOMPARE(seq(received->code), seq(online->code) + 1);
    }
    // Another workstation of the center (station 2) accepting online dossiers the same day.
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("second-station.db"));
    options.clock = m_clock.get();
    auto second = AppContext::open(options);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY((*second)->settings().set(QStringLiteral("station.number"), QStringLiteral("2")));
    std::swap(m_ctx, *second);
    for (int i = 0; i < 6; ++i) {
        const QString ref =
            submit(QStringLiteral("TT-260310-%1").arg(200 + i, 6, 10, QLatin1Char('0')), m_clock->now().addSecs(-600));
        auto online = m_ctx->onlineInbox().accept(m_clerk, ref);
        QVERIFY2(online.ok(), qPrintable(online.error().message));
        QVERIFY2(!codes.contains(online->code), qPrintable(online->code));
        codes.insert(online->code);
    }
    std::swap(m_ctx, *second);
    QCOMPARE(codes.size(), 18);
}

void TestOnlineInbox::reportCountsAcceptedOnlineDossiers()
{
    const QString a = submit(QStringLiteral("TT-260310-000301"), m_clock->now().addSecs(-600));
    const QString b = submit(QStringLiteral("TT-260310-000302"), m_clock->now().addSecs(-600));
    const QString c = submit(QStringLiteral("TT-260310-000303"), m_clock->now().addSecs(-600));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    ReportRequest request;
    request.from = QDate(2026, 3, 1);
    request.to = QDate(2026, 3, 31);
    auto before = m_ctx->reports().periodic(request);
    QVERIFY2(before.ok(), qPrintable(before.error().message));
    QCOMPARE(before->total.online, 0); // waiting: not the center's dossiers yet
    QVERIFY(m_ctx->onlineInbox().accept(m_clerk, a).ok());
    QVERIFY(m_ctx->onlineInbox().accept(m_clerk, b).ok());
    QVERIFY(m_ctx->onlineInbox().refuse(m_clerk, c, QStringLiteral("x")).ok());
    auto after = m_ctx->reports().periodic(request);
    QVERIFY(after.ok());
    QCOMPARE(after->total.online, 2);
    QCOMPARE(after->total.counterPostal, before->total.counterPostal);
}

QTEST_GUILESS_MAIN(TestOnlineInbox)
#include "test_onlineinbox.moc"
