#include "ProcessingTestBed.h"

#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace Qt::StringLiterals;

// Every step after intake through the real service on a real SQLite file: legal steps write
// the state, one event, one audit row and one history outbox row (and a dossier outbox row
// when the portal's record changes); illegal ones write nothing and say why.
class TestProcessingService : public QObject, protected ProcessingTestBed
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void transitions_data();
    void transitions();
    void roleRefusals_data();
    void roleRefusals();
    void handoversRecordBothSides();
    void supplementPause_data();
    void supplementPause();
    void apologyMovesAppointment();
    void returnValidatesCollector_data();
    void returnValidatesCollector();

private:
    // The newest dossier record queued for `code` (empty: none).
    QJsonObject lastRecord(const QString& code)
    {
        Statement& rec = m_ctx->db().prepare(
            QStringLiteral("SELECT payload FROM outbox WHERE entity_key = ?1 AND kind = 'dossier' ORDER BY id DESC"));
        rec.bind(1, code);
        QJsonObject record;
        if (rec.next())
            record = QJsonDocument::fromJson(rec.text(0).toUtf8()).object();
        rec.reset();
        return record;
    }
};

void TestProcessingService::transitions_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<ProcessingAction>("action");
    QTest::addColumn<DossierState>("startState");
    QTest::addColumn<bool>("legal");

    using A = ProcessingAction;
    using S = DossierState;
    struct Row
    {
        Start start;
        S state;
        QList<A> legal; // written out by hand from docs/domain.md#dossier-states and the service's documented rules
    };
    const Row rows[] = {
        {Start::Received, S::Received, {A::Transfer, A::RequestSupplement, A::AwaitingFees, A::Withdraw}},
        {Start::IntakeSupplement, S::SupplementRequested, {A::SupplementReceived, A::Withdraw, A::Stop}},
        {Start::Refused, S::Refused, {}},
        // The supervisor made the transfer ten minutes ago: still theirs to take back
        // (processing.takeBackMinutes); tests/core/test_takeback.cpp covers the refusals.
        {Start::Transferred, S::Transferred, {A::Receive, A::Withdraw, A::TakeBack}},
        {Start::Processing,
         S::Processing,
         {A::Transfer, A::RequestSupplement, A::AwaitingFees, A::Complete, A::Withdraw, A::Stop, A::BackToCounter}},
        {Start::SupplementRequested,
         S::SupplementRequested,
         {A::SupplementReceived, A::Withdraw, A::Stop, A::BackToCounter}},
        {Start::SupplementReceived, S::SupplementReceived, {A::Transfer, A::Receive, A::Withdraw, A::BackToCounter}},
        {Start::AwaitingFees, S::AwaitingFees, {A::Receive, A::Complete, A::Withdraw, A::BackToCounter}},
        {Start::Done, S::Done, {A::Return, A::ReceiveBack}},
        {Start::Returned, S::Returned, {}},
        {Start::Withdrawn, S::Withdrawn, {}},
        {Start::Stopped, S::Stopped, {A::BackToCounter}},
    };
    for (const Row& row : rows) {
        for (A a : allProcessingActions()) {
            const QByteArray name = stateKey(row.state).toLatin1() +
                                    (row.start == Start::IntakeSupplement ? "@intake" : "") + " -> " +
                                    processingActionKey(a).toLatin1();
            QTest::newRow(name.constData()) << static_cast<int>(row.start) << a << row.state << row.legal.contains(a);
        }
    }
}

void TestProcessingService::transitions()
{
    QFETCH(int, start);
    QFETCH(ProcessingAction, action);
    QFETCH(DossierState, startState);
    QFETCH(bool, legal);

    const QString code = newDossier(static_cast<Start>(start));
    QVERIFY(!code.isEmpty());
    auto before = m_ctx->dossiers().byCode(code);
    QVERIFY(before.ok());
    QCOMPARE(before->state, startState);
    const QList<ProcessingAction> allowed = processing().allowedActions(*before, m_supervisor);
    QCOMPARE(allowed.contains(action), legal);

    const QString perDossier = QStringLiteral(" WHERE %1 = ?1");
    const int events = count(QStringLiteral("SELECT count(*) FROM dossier_events e JOIN dossiers d ON d.id = "
                                            "e.dossier_id WHERE d.code = ?1"),
                             code);
    const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log") + perDossier.arg(u"entity_key"), code);
    // History rows reach the outbox through the sync's feed, one per event (OutboxStore).
    auto fedHistory = [&] {
        OutboxStore store(m_ctx->db());
        const auto fed = store.feedHistory(m_clock->now(), 100000);
        if (!fed)
            return -1;
        return count(QStringLiteral("SELECT count(*) FROM outbox") + perDossier.arg(u"entity_key") +
                         u" AND kind = 'history'",
                     code);
    };
    const int history = fedHistory();
    QVERIFY(history >= 0);
    const int records = count(
        QStringLiteral("SELECT count(*) FROM outbox") + perDossier.arg(u"entity_key") + u" AND kind = 'dossier'", code);

    const QString actionAudit = QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_key = ?1 AND action = "
                                               "'dossier.") +
                                processingActionKey(action) + QLatin1Char('\'');
    const int actionAudits = count(actionAudit, code);
    const Status s = run(action, code, m_supervisor);
    auto after = m_ctx->dossiers().byCode(code);
    QVERIFY(after.ok());
    const int eventsAfter = count(QStringLiteral("SELECT count(*) FROM dossier_events e JOIN dossiers d ON d.id = "
                                                 "e.dossier_id WHERE d.code = ?1"),
                                  code);
    const int auditsAfter =
        count(QStringLiteral("SELECT count(*) FROM audit_log") + perDossier.arg(u"entity_key"), code);
    const int historyAfter = fedHistory();
    const int recordsAfter = count(
        QStringLiteral("SELECT count(*) FROM outbox") + perDossier.arg(u"entity_key") + u" AND kind = 'dossier'", code);

    if (!legal) {
        QVERIFY2(!s.ok(), "an illegal step was accepted");
        QCOMPARE(s.error().code, Error::Conflict);
        QVERIFY(!s.error().message.isEmpty());
        if (isTerminal(startState) && action != ProcessingAction::BackToCounter &&
            action != ProcessingAction::ReceiveBack)
            QVERIFY2(s.error().message.contains(stateName(startState)), qPrintable(s.error().message));
        QCOMPARE(after->state, startState);
        QCOMPARE(eventsAfter, events);
        QCOMPARE(auditsAfter, audits);
        QCOMPARE(historyAfter, history);
        QCOMPARE(recordsAfter, records);
        return;
    }
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    const std::optional<DossierState> expected = [&]() -> std::optional<DossierState> {
        switch (action) {
        case ProcessingAction::Transfer:
            return DossierState::Transferred;
        case ProcessingAction::Receive:
            return DossierState::Processing;
        case ProcessingAction::RequestSupplement:
            return DossierState::SupplementRequested;
        case ProcessingAction::SupplementReceived:
            return DossierState::SupplementReceived;
        case ProcessingAction::AwaitingFees:
            return DossierState::AwaitingFees;
        case ProcessingAction::Complete:
            return DossierState::Done;
        case ProcessingAction::Return:
            return DossierState::Returned;
        case ProcessingAction::Withdraw:
            return DossierState::Withdrawn;
        case ProcessingAction::Stop:
            return DossierState::Stopped;
        case ProcessingAction::TakeBack: // every Transferred start came from the counter
            return DossierState::Received;
        default:
            return std::nullopt;
        }
    }();
    QCOMPARE(after->state, expected.value_or(startState));
    QCOMPARE(eventsAfter, events + 1);
    QCOMPARE(auditsAfter, audits + 1);
    QCOMPARE(historyAfter, history + 1);
    QCOMPARE(count(actionAudit, code), actionAudits + 1);
    // The portal's record is sent again when its status code, dates or lists changed, and with
    // every change of state: a step names the state it starts from and the one it leads to, so
    // the center applies it only while the dossier is where this workstation saw it.
    // The record also carries the hand-overs (form 05's rows, so another counter prints the
    // same slip): one made or taken over changes it.
    auto handed = [](const Dossier& d) {
        QStringList rows;
        for (const Handover& h : d.handovers)
            rows.append(QStringLiteral("%1>%2@%3")
                            .arg(h.fromDepartmentCode, h.toDepartmentCode,
                                 h.receivedAt.isValid() ? QStringLiteral("in") : QString()));
        return rows;
    };
    const bool handoversChange = handed(*before) != handed(*after);
    const bool recordChanges = after->state != startState || nationalCode(after->state) != nationalCode(startState) ||
                               action == ProcessingAction::SupplementReceived ||
                               action == ProcessingAction::RequestSupplement || handoversChange;
    QCOMPARE(recordsAfter, records + (recordChanges ? 1 : 0));
    if (after->state != startState) {
        const QJsonObject record = lastRecord(code);
        QVERIFY(!record.isEmpty());
        QCOMPARE(record.value(QStringLiteral("MC_TrangThaiTruoc")).toString(), stateKey(startState));
        QCOMPARE(record.value(QStringLiteral("MC_TrangThaiMoi")).toString(), stateKey(after->state));
        // What form 02 prints travels in the record too (MC_ChiTiet), so another counter's copy
        // prints the same: the papers asked, and once they came, when.
        const QJsonObject details = record.value(QStringLiteral("MC_ChiTiet")).toObject();
        const QJsonArray asked = details.value(QStringLiteral("BoSung")).toArray();
        QCOMPARE(asked.size(), after->supplements.size());
        QCOMPARE(details.value(QStringLiteral("XinLoi")).toArray().size(), after->apologies.size());
        if (action == ProcessingAction::RequestSupplement) {
            const QJsonObject last = asked.last().toObject();
            QCOMPARE(last.value(QStringLiteral("GiayTo")).toArray().first().toObject().value(u"TenGiayTo"_s),
                     QJsonValue(u"Bản sao giấy khai sinh"_s));
            QVERIFY(last.value(QStringLiteral("ThoiDiemNhan")).toString().isEmpty());
        } else if (action == ProcessingAction::SupplementReceived) {
            QVERIFY(!asked.last().toObject().value(QStringLiteral("ThoiDiemNhan")).toString().isEmpty());
        }
    }

    // The history row carries the portal's CapNhatTienDoHoSoMC fields.
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT payload FROM outbox WHERE entity_key = ?1 AND kind = 'history' ORDER BY id DESC"));
    st.bind(1, code);
    QVERIFY(st.next());
    const QJsonObject row = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    st.reset();
    QCOMPARE(row.value(QStringLiteral("MaHoSo")).toString(), code);
    QVERIFY(!row.value(QStringLiteral("MaTienDo")).toString().isEmpty());
    QCOMPARE(row.value(QStringLiteral("NguoiXuLy")).toString(), m_supervisor.fullName);
    QCOMPARE(row.value(QStringLiteral("TrangThai")).toString(), QString::number(nationalCode(after->state)));
    QCOMPARE(row.value(QStringLiteral("ThoiDiemXuLy")).toString(),
             toVietnam(m_clock->now()).toString(u"yyyyMMddHHmmss"));
    QVERIFY(!row.value(QStringLiteral("NoiDungXuLy")).toString().isEmpty());
    // In the portal's words, kept with the event ("Chuyển hồ sơ đến …").
    Statement& words = m_ctx->db().prepare(QStringLiteral(
        "SELECT e.portal_text FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = ?1 "
        "ORDER BY e.id DESC LIMIT 1"));
    words.bind(1, code);
    QVERIFY(words.next());
    const QString portalText = words.text(0);
    words.reset();
    QVERIFY(!portalText.isEmpty());
    QCOMPARE(row.value(QStringLiteral("NoiDungXuLy")).toString(), portalText);
    for (const char16_t* key : {u"ChucDanh", u"PhongBanXuLy", u"NgayBatDau", u"NgayKetThucTheoQuyDinh"})
        QVERIFY(row.value(QString::fromUtf16(key)).isString());
}

void TestProcessingService::roleRefusals_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<ProcessingAction>("action");
    QTest::newRow("clerk cannot stop") << static_cast<int>(Start::Processing) << ProcessingAction::Stop;
    QTest::newRow("clerk cannot apologize") << static_cast<int>(Start::Processing) << ProcessingAction::Apologize;
}

void TestProcessingService::roleRefusals()
{
    QFETCH(int, start);
    QFETCH(ProcessingAction, action);
    const QString code = newDossier(static_cast<Start>(start));
    const Status s = run(action, code, m_clerk);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Forbidden);
    QVERIFY2(s.error().message.contains(roleName(Role::Clerk)), qPrintable(s.error().message));
    auto dossier = m_ctx->dossiers().byCode(code);
    QVERIFY(!processing().allowedActions(*dossier, m_clerk).contains(action));
}

void TestProcessingService::handoversRecordBothSides()
{
    const QString code = newDossier(Start::Received);
    const QDateTime t0 = m_clock->now();
    QVERIFY(processing().transfer(m_clerk, code, m_dept1).ok());
    auto where = processing().location(code);
    QVERIFY(where.ok());
    QCOMPARE(where->departmentCode, m_dept1);
    QVERIFY(where->inTransit);
    // Transferring again before the department received it is refused.
    auto again = processing().transfer(m_clerk, code, m_dept2);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Conflict);

    m_clock->advanceSecs(1800);
    QVERIFY(processing().receive(m_supervisor, code).ok());
    // To the same department again: refused with the reason.
    auto same = processing().transfer(m_clerk, code, m_dept1);
    QCOMPARE(same.error().code, Error::Conflict);
    m_clock->advanceSecs(3600);
    QVERIFY(processing().transfer(m_supervisor, code, m_dept2, QStringLiteral("liên thông")).ok());
    m_clock->advanceSecs(600);
    QVERIFY(processing().receive(m_clerk, code).ok());
    m_clock->advanceSecs(7200);
    QVERIFY(processing().complete(m_clerk, code).ok());
    m_clock->advanceSecs(600);
    QVERIFY(processing().receiveBack(m_clerk, code).ok());

    auto list = processing().handovers(code);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    const Handover& a = list->at(0);
    QVERIFY(a.fromDepartmentCode.isEmpty());
    QCOMPARE(a.toDepartmentCode, m_dept1);
    QCOMPARE(a.handedAt, t0);
    QCOMPARE(a.handedBy, m_clerk.username);
    QCOMPARE(a.handedByName, m_clerk.fullName);
    QCOMPARE(a.receivedAt, t0.addSecs(1800));
    QCOMPARE(a.receivedByName, m_supervisor.fullName);
    const Handover& b = list->at(1);
    QCOMPARE(b.fromDepartmentCode, m_dept1);
    QCOMPARE(b.toDepartmentCode, m_dept2);
    QCOMPARE(b.note, QStringLiteral("liên thông"));
    QCOMPARE(b.receivedAt, b.handedAt.addSecs(600));
    const Handover& c = list->at(2);
    QCOMPARE(c.fromDepartmentCode, m_dept2);
    QVERIFY(c.toDepartmentCode.isEmpty());
    QVERIFY(!c.isPending());
    where = processing().location(code);
    QVERIFY(where->departmentCode.isEmpty());
    QVERIFY(!where->inTransit);
    // The events carry the departments on both sides.
    auto events = processing().timeline(code);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 7);
    QCOMPARE(events->at(1).to, DossierState::Transferred);
    QCOMPARE(events->at(1).fromDepartment, 0);
    QVERIFY(events->at(1).toDepartment > 0);
}

void TestProcessingService::supplementPause_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QDateTime>("requested"); // invalid: requested at intake
    QTest::addColumn<QDateTime>("arrived");
    QTest::addColumn<QDateTime>("appointment");
    QTest::addColumn<qint64>("pausedSeconds");
    QTest::addColumn<QDateTime>("moved");

    // Received Friday 13 Feb 2026 15:00, the afternoon before the Tết break (Sat 14 – Sun 22
    // Feb): 5 working days = 2 h on Friday, 8 h Mon 23 – Thu 26, and 6 h on Fri 27 → 15:00.
    const QDateTime tetReceived = vn(2026, 2, 13, 15, 0);
    const QDateTime tetAppointment = vn(2026, 2, 27, 15, 0);
    // Paused Fri 16:00 → Mon 23 Feb 09:00: 1 h + 2 h of working time; Tết costs nothing.
    // Fri 27 Feb 15:00 + 3 h = 2 h that day + 1 h on Monday 2 Mar → 08:00.
    QTest::newRow("across Tết") << tetReceived << vn(2026, 2, 13, 16, 0) << vn(2026, 2, 23, 9, 0) << tetAppointment
                                << qint64(3 * 3600) << vn(2026, 3, 2, 8, 0);
    // At intake the clock is paused from receipt: 15:00 → Mon 23 Feb 08:00 = 2 h + 1 h.
    QTest::newRow("at intake across Tết") << tetReceived << QDateTime() << vn(2026, 2, 23, 8, 0) << tetAppointment
                                          << qint64(3 * 3600) << vn(2026, 3, 2, 8, 0);
    // Wed 4 Mar 09:00 + 5 working days = Wed 11 Mar 09:00. Paused Fri 6 Mar 15:30 → Mon 9 Mar
    // 10:00: 1.5 h + 3 h (weekend free) = 4.5 h; 09:00 + 4.5 h = 2.5 h before lunch, 2 h after → 15:30.
    QTest::newRow("across a weekend") << vn(2026, 3, 4, 9, 0) << vn(2026, 3, 6, 15, 30) << vn(2026, 3, 9, 10, 0)
                                      << vn(2026, 3, 11, 9, 0) << qint64(4.5 * 3600) << vn(2026, 3, 11, 15, 30);
    // Paused over lunch only: 11:00 → 14:00 is 0.5 h + 0.5 h.
    QTest::newRow("over lunch") << vn(2026, 3, 4, 9, 0) << vn(2026, 3, 5, 11, 0) << vn(2026, 3, 5, 14, 0)
                                << vn(2026, 3, 11, 9, 0) << qint64(3600) << vn(2026, 3, 11, 10, 0);
}

void TestProcessingService::supplementPause()
{
    QFETCH(QDateTime, received);
    QFETCH(QDateTime, requested);
    QFETCH(QDateTime, arrived);
    QFETCH(QDateTime, appointment);
    QFETCH(qint64, pausedSeconds);
    QFETCH(QDateTime, moved);

    m_clock->set(received);
    QString code;
    if (requested.isValid()) {
        auto r = m_ctx->dossiers().receive(m_clerk, draft());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        code = r->code;
        QCOMPARE(r->appointmentAt, appointment.toUTC());
        m_clock->set(requested.addSecs(-600));
        QVERIFY(processing().transfer(m_clerk, code, m_dept1).ok());
        m_clock->set(requested.addSecs(-300));
        QVERIFY(processing().receive(m_clerk, code).ok());
        m_clock->set(requested);
        auto s = processing().requestSupplement(m_clerk, code, {{QStringLiteral("Tờ khai"), QStringLiteral("sai")}});
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    } else {
        auto r = m_ctx->dossiers().requestSupplementAtIntake(m_clerk, draft(),
                                                             {{QStringLiteral("Tờ khai"), QStringLiteral("sai")}});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        code = r->code;
        QCOMPARE(r->appointmentAt, appointment.toUTC());
    }
    // While paused the remaining time does not run.
    auto pausedDue = processing().due(code);
    QVERIFY(pausedDue->clockPaused);
    QVERIFY(!pausedDue->overdue);
    m_clock->set(arrived);
    auto r = processing().supplementReceived(m_clerk, code);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, DossierState::SupplementReceived);
    QCOMPARE(toVietnam(r->appointmentAt), moved);
    auto list = processing().supplements(code);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().pausedWorkingSeconds, pausedSeconds);
    QCOMPARE(list->first().appointmentBefore, appointment.toUTC());
    QCOMPARE(list->first().appointmentAfter, moved.toUTC());
    QCOMPARE(list->first().receivedAt, arrived.toUTC());
    QVERIFY(!list->first().items.isEmpty());
    // The portal hears of the new appointment.
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT payload FROM outbox WHERE entity_key = ?1 AND kind = 'dossier' ORDER BY id DESC"));
    st.bind(1, code);
    QVERIFY(st.next());
    const QJsonObject rec = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    st.reset();
    QCOMPARE(rec.value(QStringLiteral("NgayHenTra")).toString(), moved.toString(u"yyyyMMddHHmmss"));
}

void TestProcessingService::apologyMovesAppointment()
{
    m_clock->set(vn(2026, 3, 4, 9, 0));
    auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    const QString code = r->code;
    // Not late yet: no letter.
    m_clock->set(vn(2026, 3, 6, 9, 0));
    auto early = processing().apologize(m_supervisor, code, vn(2026, 3, 20, 9, 0), QStringLiteral("x"));
    QCOMPARE(early.error().code, Error::Conflict);
    m_clock->set(vn(2026, 3, 12, 9, 0));
    // The new date must be later than now.
    auto past = processing().apologize(m_supervisor, code, vn(2026, 3, 12, 8, 0), QStringLiteral("x"));
    QCOMPARE(past.error().code, Error::BadInput);
    auto a = processing().apologize(m_supervisor, code, vn(2026, 3, 18, 16, 0),
                                    QStringLiteral("Cần xác minh thêm với cơ quan liên quan"));
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QCOMPARE(a->appointmentBefore, vn(2026, 3, 11, 9, 0).toUTC());
    QCOMPARE(a->appointmentAfter, vn(2026, 3, 18, 16, 0).toUTC());
    auto after = m_ctx->dossiers().byCode(code);
    QCOMPARE(after->appointmentAt, vn(2026, 3, 18, 16, 0).toUTC());
    QCOMPARE(after->state, DossierState::Received);
    QVERIFY(!processing().due(code)->overdue);
    auto list = processing().apologies(code);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().reason, QStringLiteral("Cần xác minh thêm với cơ quan liên quan"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_key = ?1 AND action = "
                                  "'dossier.apologize'"),
                   code),
             1);
    // The letter goes out with the dossier's record, so every counter prints the same form 04.
    const QJsonObject record = lastRecord(code);
    const QJsonArray letters = record.value(u"MC_ChiTiet"_s).toObject().value(u"XinLoi"_s).toArray();
    QCOMPARE(letters.size(), 1);
    const QJsonObject letter = letters.first().toObject();
    QCOMPARE(letter.value(u"LyDo"_s).toString(), QStringLiteral("Cần xác minh thêm với cơ quan liên quan"));
    QCOMPARE(letter.value(u"HenTraMoi"_s).toString(), u"20260318160000"_s);
    QCOMPARE(letter.value(u"HenTraTruoc"_s).toString(), u"20260311090000"_s);
    QCOMPARE(letter.value(u"NguoiXinLoi"_s).toString(), m_supervisor.username);
}

void TestProcessingService::returnValidatesCollector_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<bool>("feesSettled");
    QTest::addColumn<int>("error"); // -1: ok
    const QStringList papers{QStringLiteral("Giấy phép")};
    QTest::newRow("ok") << QStringLiteral("Lê Thị Hoa") << QStringLiteral("062190005678") << papers << true << -1;
    QTest::newRow("old 9-digit id") << QStringLiteral("Lê Thị Hoa") << QStringLiteral("230456789") << papers << true
                                    << -1;
    QTest::newRow("no name") << QString() << QStringLiteral("062190005678") << papers << true
                             << static_cast<int>(Error::BadInput);
    QTest::newRow("bad id") << QStringLiteral("Lê Thị Hoa") << QStringLiteral("06219") << papers << true
                            << static_cast<int>(Error::BadInput);
    QTest::newRow("no papers") << QStringLiteral("Lê Thị Hoa") << QStringLiteral("062190005678") << QStringList()
                               << true << static_cast<int>(Error::BadInput);
}

void TestProcessingService::returnValidatesCollector()
{
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QStringList, papers);
    QFETCH(bool, feesSettled);
    QFETCH(int, error);
    const QString code = newDossier(Start::Done);
    ReturnRecord rec;
    rec.collectorName = name;
    rec.collectorIdNumber = idNumber;
    rec.resultPapers = papers;
    rec.feesSettled = feesSettled;
    auto r = processing().returnResult(m_clerk, code, rec);
    if (error >= 0) {
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().code), error);
        QCOMPARE(m_ctx->dossiers().byCode(code)->state, DossierState::Done);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, DossierState::Returned);
    QCOMPARE(r->returnedAt, m_clock->now());
    auto back = processing().returnRecord(code);
    QVERIFY(back.ok());
    QCOMPARE(back->collectorName, name);
    QCOMPARE(back->collectorIdNumber, idNumber);
    QCOMPARE(back->resultPapers, papers);
    QCOMPARE(back->returnedBy, m_clerk.username);
    // The result came back from the department with it: the hand-over is signed.
    auto handovers = processing().handovers(code);
    QVERIFY(!handovers->last().isPending());
    QVERIFY(handovers->last().toDepartmentCode.isEmpty());
    // Audit rows never carry the collector's ID number.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%' || ?1 || '%'"), idNumber), 0);
}

QTEST_GUILESS_MAIN(TestProcessingService)
#include "test_processingservice.moc"
