#include "core/Clock.h"
#include "core/DossierJson.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/Settings.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestDossierService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receiveWritesEverythingInOneTransaction();
    void appointmentCrossesTet();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void missingRequiredPaperBlocksReceiving();
    void papersWithFormerIdsMatchByName();
    void feeOverrideNeedsReason();
    void searchFindsWithoutDiacritics();
    void jsonRoundTrip();
    void codecReadsBackWhatItWrites();
    void portalTimesRead_data();
    void portalTimesRead();
    void stationNumberChangedWhileRunning();

private:
    Dossier draft() const;
    int count(const QString& sql);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    QString m_procedureCode;
};

void TestDossierService::init()
{
    QVERIFY(m_dir.isValid());
    // Friday 13 Feb 2026, 15:00 in Vietnam: the last afternoon before the Tết 2026 break.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 2, 13), QTime(15, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("desk-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.role = Role::Clerk;
    // A demo procedure with required components and a counter channel in working days.
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        const ProcedureChannel* ch = p.channel(Channel::Counter);
        if (ch && ch->timeUnit == TimeUnit::WorkingDays && ch->timeValue == 5 && p.components.size() >= 2) {
            m_procedureCode = p.code;
            break;
        }
    }
    QVERIFY2(!m_procedureCode.isEmpty(), "the demo catalogue has a 5-working-day procedure with papers");
}

void TestDossierService::cleanup()
{
    m_ctx.reset();
}

Dossier TestDossierService::draft() const
{
    Dossier d;
    d.procedureCode = m_procedureCode;
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.birthDate = QDate(1990, 5, 17);
    d.applicant.gender = QStringLiteral("Nam");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    return d;
}

int TestDossierService::count(const QString& sql)
{
    Statement& st = m_ctx->db().prepare(sql);
    return st.next() ? st.integer(0) : -1;
}

void TestDossierService::receiveWritesEverythingInOneTransaction()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    static const QRegularExpression format(QStringLiteral("^000\\.00\\.00\\.H34-260213-\\d{4}$"));
    QVERIFY2(format.match(r->code).hasMatch(), qPrintable(r->code));
    QCOMPARE(r->state, DossierState::Received);
    QCOMPARE(r->receivedBy, QStringLiteral("clerk1"));
    QVERIFY(!r->components.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.receive'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state = 'queued'")), 1);

    Statement& st = m_ctx->db().prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'dossier'"));
    QVERIFY(st.next());
    const QJsonObject payload = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("MaHoSo")).toString(), r->code);
    QCOMPARE(payload.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("2"));
    QCOMPARE(payload.value(QStringLiteral("NgayTiepNhan")).toString(), QStringLiteral("20260213150000"));

    // The audit trail holds no personal data.
    Statement& audit = m_ctx->db().prepare(QStringLiteral("SELECT details FROM audit_log"));
    while (audit.next()) {
        QVERIFY(!audit.text(0).contains(QStringLiteral("062090001234")));
        QVERIFY(!audit.text(0).contains(QStringLiteral("0912345678")));
    }

    // A second dossier of the day takes the next number.
    const auto r2 = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r2.ok());
    QVERIFY(r2->code != r->code);
}

void TestDossierService::appointmentCrossesTet()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    // 5 working days from Fri 13 Feb 15:00, over the Tết break 14–22 Feb 2026.
    QCOMPARE(toVietnam(r->appointmentAt), QDateTime(QDate(2026, 2, 27), QTime(15, 0), vietnamZone()));
    QVERIFY(!r->appointmentRule.isEmpty());
}

void TestDossierService::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("short id") << QStringLiteral("id") << QStringLiteral("06209000123");
    QTest::newRow("letters in id") << QStringLiteral("id") << QStringLiteral("06209000123A");
    QTest::newRow("no name") << QStringLiteral("name") << QString();
    QTest::newRow("bad phone") << QStringLiteral("phone") << QStringLiteral("12345");
    QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("duc@");
    QTest::newRow("unknown procedure") << QStringLiteral("procedure") << QStringLiteral("9.999999");
    QTest::newRow("no sets") << QStringLiteral("sets") << QStringLiteral("0");
}

void TestDossierService::refusesInvalidInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Dossier d = draft();
    if (field == u"id")
        d.applicant.idNumber = value;
    else if (field == u"name")
        d.applicant.fullName = value;
    else if (field == u"phone")
        d.applicant.phone = value;
    else if (field == u"email")
        d.applicant.email = value;
    else if (field == u"procedure")
        d.procedureCode = value;
    else if (field == u"sets")
        d.sets = value.toInt();
    const auto r = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestDossierService::missingRequiredPaperBlocksReceiving()
{
    auto procedure = m_ctx->catalogue().procedure(m_procedureCode);
    QVERIFY(procedure.ok());
    Dossier d = draft();
    for (const Component& c : procedure->components)
        d.components.append({c.id, c.name, c.originals, c.certifiedCopies, c.photocopies, true});
    d.components.first().provided = false;
    const auto r = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Conflict);
    QVERIFY(r.error().message.contains(procedure->components.first().name));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    // The allocator's number was not consumed: the rolled-back transaction gave it back.
    d.components.first().provided = true;
    const auto ok = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
}

// The catalogue pulled again while the intake page was open: the papers the clerk ticked carry
// the ids they had before, which the procedure no longer has. Their names still match.
void TestDossierService::papersWithFormerIdsMatchByName()
{
    auto procedure = m_ctx->catalogue().procedure(m_procedureCode);
    QVERIFY(procedure.ok());
    QVERIFY(!procedure->components.isEmpty());
    qint64 former = 0;
    for (const Component& c : procedure->components)
        former = qMax(former, c.id);
    Dossier d = draft();
    for (const Component& c : procedure->components)
        d.components.append({++former, c.name, c.originals, c.certifiedCopies, c.photocopies, true});
    const auto received = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    QCOMPARE(received->components.size(), procedure->components.size());
    for (int i = 0; i < procedure->components.size(); ++i)
        QCOMPARE(received->components.at(i).componentId, procedure->components.at(i).id);

    // A required paper not ticked still blocks receiving, whatever its id.
    Dossier missing = draft();
    qsizetype requiredAt = -1;
    for (const Component& c : procedure->components) {
        if (requiredAt < 0 && c.required)
            requiredAt = missing.components.size();
        missing.components.append({++former, c.name, c.originals, c.certifiedCopies, c.photocopies, true});
    }
    QVERIFY(requiredAt >= 0);
    missing.components[requiredAt].provided = false;
    const auto blocked = m_ctx->dossiers().receive(m_clerk, missing);
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().code, Error::Conflict);
}

void TestDossierService::feeOverrideNeedsReason()
{
    Dossier d = draft();
    d.fees.append({QStringLiteral("Lệ phí"), Money::vnd(12345), QString()});
    auto r = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::BadInput);
    d.fees.first().overrideReason = QStringLiteral("Miễn giảm theo quyết định");
    r = m_ctx->dossiers().receive(m_clerk, d);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->totalFees(), Money::vnd(12345));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%fee_overrides%'")), 1);
}

void TestDossierService::searchFindsWithoutDiacritics()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    for (const QString& q : {QStringLiteral("dang van duc"), QStringLiteral("Đặng Văn"), QStringLiteral("duc"), r->code,
                             QStringLiteral("062090001234"), QStringLiteral("0912345678")}) {
        const auto found = m_ctx->dossiers().search(q);
        QVERIFY2(found.ok(), qPrintable(q));
        QVERIFY2(found->size() == 1, qPrintable(q));
        QCOMPARE(found->first().code, r->code);
    }
    const auto none = m_ctx->dossiers().search(QStringLiteral("tran thi"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestDossierService::jsonRoundTrip()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    const QJsonObject json = DossierService::toJson(*r);
    const auto back = DossierService::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->applicant.fullName, r->applicant.fullName);
    QCOMPARE(back->applicant.idNumber, r->applicant.idNumber);
    QCOMPARE(back->applicant.birthDate, r->applicant.birthDate);
    QCOMPARE(back->procedureCode, r->procedureCode);
    QCOMPARE(back->components.size(), r->components.size());
    QCOMPARE(back->receivedAt, r->receivedAt);

    QJsonObject bad = json;
    bad.insert(QStringLiteral("channel"), QStringLiteral("fax"));
    QVERIFY(!DossierService::fromJson(bad).ok());
}

// The dossier codec reads back what it writes, in both shapes: ours (the applicant, papers and
// fees of a typed or saved dossier) and the portal record another counter rebuilds the dossier
// from (national fields and MC_ChiTiet together).
void TestDossierService::codecReadsBackWhatItWrites()
{
    const auto at = [](const char* text) { return QDateTime::fromString(QLatin1String(text), Qt::ISODate); };
    Dossier d;
    d.code = QStringLiteral("000.00.06.H56-260213-0007");
    d.procedureCode = QStringLiteral("1.002010");
    d.procedureName = QStringLiteral("Đăng ký hộ kinh doanh");
    d.channel = Channel::Postal;
    d.state = DossierState::Returned;
    d.sets = 2;
    d.summary = QStringLiteral("Hộ kinh doanh Ánh Dương");
    d.notes = QStringLiteral("Nộp qua bưu điện");
    d.appointmentRule = QStringLiteral("5 working days");
    d.receivedBy = QStringLiteral("clerk1");
    d.receivedAt = at("2026-02-13T02:15:00Z");
    d.appointmentAt = at("2026-02-20T09:30:00Z");
    d.finishedAt = at("2026-02-19T08:00:00Z");
    d.returnedAt = at("2026-02-19T09:45:00Z");
    Applicant& a = d.applicant;
    a.type = ApplicantType::Enterprise;
    a.fullName = QStringLiteral("Công ty TNHH Ánh Dương");
    a.idNumber = QStringLiteral("0312345678");
    a.birthDate = QDate(1990, 4, 30);
    a.gender = QStringLiteral("Nữ");
    a.address = QStringLiteral("12 Lê Lợi, Phường 1");
    a.phone = QStringLiteral("0912345678");
    a.email = QStringLiteral("anhduong@example.vn");
    a.representative = QStringLiteral("Trần Thị Ánh");
    a.idFromQr = true;
    DossierComponent form;
    form.componentId = 12;
    form.name = QStringLiteral("Giấy đề nghị");
    form.originals = 1;
    form.certifiedCopies = 2;
    form.photocopies = 3;
    DossierComponent lease;
    lease.name = QStringLiteral("Hợp đồng thuê nhà");
    lease.photocopies = 1;
    lease.provided = false;
    d.components = {form, lease};
    d.fees = {{QStringLiteral("Lệ phí đăng ký"), Money(100000), QStringLiteral("Miễn một nửa")},
              {QStringLiteral("Phí sao y"), Money(4000), QString()}};
    Handover h;
    h.eventKey = QStringLiteral("000.00.06.H56-260213-0007#1.3");
    h.toDepartmentCode = QStringLiteral("TCKH");
    h.handedAt = at("2026-02-13T03:00:00Z");
    h.handedBy = QStringLiteral("clerk1");
    h.handedByName = QStringLiteral("Nguyễn Văn Bình");
    h.receivedAt = at("2026-02-13T04:00:00Z");
    h.receivedBy = QStringLiteral("officer2");
    h.receivedByName = QStringLiteral("Lê Thị Cúc");
    h.note = QStringLiteral("Đủ giấy tờ");
    d.handovers = {h};
    ReturnRecord r;
    r.collectorName = QStringLiteral("Trần Thị Ánh");
    r.collectorIdNumber = QStringLiteral("079190001234");
    r.collectedAt = at("2026-02-19T09:45:00Z");
    r.resultPapers = {QStringLiteral("Giấy chứng nhận đăng ký hộ kinh doanh")};
    r.feesSettled = true;
    r.returnedBy = QStringLiteral("clerk1");
    r.note = QStringLiteral("Nhận thay");
    d.returned = r;

    const auto samePapers = [](const QList<DossierComponent>& got, const QList<DossierComponent>& want, bool withIds) {
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            if (withIds)
                QCOMPARE(got.at(i).componentId, want.at(i).componentId);
            QCOMPARE(got.at(i).name, want.at(i).name);
            QCOMPARE(got.at(i).originals, want.at(i).originals);
            QCOMPARE(got.at(i).certifiedCopies, want.at(i).certifiedCopies);
            QCOMPARE(got.at(i).photocopies, want.at(i).photocopies);
            QCOMPARE(got.at(i).provided, want.at(i).provided);
        }
    };
    const auto sameFees = [](const QList<DossierFee>& got, const QList<DossierFee>& want) {
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QCOMPARE(got.at(i).name, want.at(i).name);
            QCOMPARE(got.at(i).amount.toVnd(), want.at(i).amount.toVnd());
            QCOMPARE(got.at(i).overrideReason, want.at(i).overrideReason);
        }
    };
    const auto sameApplicant = [](const Applicant& got, const Applicant& want) {
        QCOMPARE(got.type, want.type);
        QCOMPARE(got.fullName, want.fullName);
        QCOMPARE(got.idNumber, want.idNumber);
        QCOMPARE(got.birthDate, want.birthDate);
        QCOMPARE(got.gender, want.gender);
        QCOMPARE(got.address, want.address);
        QCOMPARE(got.phone, want.phone);
        QCOMPARE(got.email, want.email);
        QCOMPARE(got.representative, want.representative);
        QCOMPARE(got.idFromQr, want.idFromQr);
    };

    // Ours, through a JSON text as a saved draft or a typed file goes.
    const QJsonObject ours =
        QJsonDocument::fromJson(
            QJsonDocument(QJsonObject{
                              {QStringLiteral("applicant"), dossierjson::applicantToJson(a)},
                              {QStringLiteral("components"), dossierjson::papersToJson(d.components)},
                              {QStringLiteral("fees"), dossierjson::feesToJson(d.fees)},
                          })
                .toJson())
            .object();
    sameApplicant(dossierjson::applicantFromJson(ours.value(QStringLiteral("applicant")).toObject()), a);
    samePapers(dossierjson::papersFromJson(ours.value(QStringLiteral("components")).toArray()), d.components, true);
    sameFees(dossierjson::feesFromJson(ours.value(QStringLiteral("fees")).toArray()), d.fees);

    // The portal record: every value a string on the wire, the details in MC_ChiTiet.
    const QJsonObject record = dossierjson::portalRecord(d, QStringLiteral("Phòng Tài chính - Kế hoạch"));
    QCOMPARE(record.value(QStringLiteral("NgayTiepNhan")).toString(), QStringLiteral("20260213091500"));
    Dossier back;
    dossierjson::readPortalRecord(record, back);
    QVERIFY(dossierjson::readCounterDetails(record, back));
    QCOMPARE(back.procedureCode, d.procedureCode);
    QCOMPARE(back.procedureName, d.procedureName);
    QCOMPARE(back.channel, d.channel);
    QCOMPARE(back.summary, d.summary);
    QCOMPARE(back.notes, d.notes);
    QCOMPARE(back.sets, d.sets);
    QCOMPARE(back.appointmentRule, d.appointmentRule);
    QCOMPARE(back.receivedBy, d.receivedBy);
    QCOMPARE(back.receivedAt, d.receivedAt);
    QCOMPARE(back.appointmentAt, d.appointmentAt);
    QCOMPARE(back.finishedAt, d.finishedAt);
    QCOMPARE(back.returnedAt, d.returnedAt);
    sameApplicant(back.applicant, a);
    samePapers(back.components, d.components, false); // the catalogue's ids stay at the counter
    sameFees(back.fees, d.fees);
    QCOMPARE(back.handovers.size(), 1);
    const Handover& hb = back.handovers.first();
    QCOMPARE(hb.eventKey, h.eventKey);
    QCOMPARE(hb.fromDepartmentCode, h.fromDepartmentCode);
    QCOMPARE(hb.toDepartmentCode, h.toDepartmentCode);
    QCOMPARE(hb.handedAt, h.handedAt);
    QCOMPARE(hb.handedByName, h.handedByName);
    QCOMPARE(hb.receivedAt, h.receivedAt);
    QCOMPARE(hb.receivedBy, h.receivedBy);
    QCOMPARE(hb.note, h.note);
    QVERIFY(back.returned.has_value());
    QCOMPARE(back.returned->collectorName, r.collectorName);
    QCOMPARE(back.returned->collectorIdNumber, r.collectorIdNumber);
    QCOMPARE(back.returned->collectedAt, r.collectedAt);
    QCOMPARE(back.returned->resultPapers, r.resultPapers);
    QCOMPARE(back.returned->feesSettled, r.feesSettled);
    QCOMPARE(back.returned->returnedBy, r.returnedBy);
    QCOMPARE(back.returned->note, r.note);

    // A record without MC_ChiTiet (an older workstation's) is read as far as it goes.
    QJsonObject national = record;
    national.remove(QStringLiteral("MC_ChiTiet"));
    Dossier bare;
    dossierjson::readPortalRecord(national, bare);
    QVERIFY(!dossierjson::readCounterDetails(national, bare));
    QCOMPARE(bare.components.size(), 2);
    QCOMPARE(bare.components.at(0).photocopies, form.certifiedCopies + form.photocopies); // SoBanSao
    QVERIFY(!bare.applicant.birthDate.isValid());
}

// A workstation that joins a center (or whose encrypted settings become readable at login)
// gets its station number while the service already exists: the next code is minted in that
// station's own offline range, never in another station's.
void TestDossierService::stationNumberChangedWhileRunning()
{
    auto first = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY2(first->code.endsWith(QLatin1String("-5000")), qPrintable(first->code)); // station 1's range
    QVERIFY(m_ctx->settings().set(QStringLiteral("station.number"), QStringLiteral("3")));
    auto second = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    const CodeBlock range = m_ctx->dossiers().codes().config().numbering.fallbackRange(3);
    const int number = second->code.right(4).toInt();
    QVERIFY2(number >= range.first && number <= range.last, qPrintable(second->code));
}

void TestDossierService::portalTimesRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // UTC; invalid when the text is not a time
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    QTest::newRow("morning") << QStringLiteral("20250101080000") << utc(2025, 1, 1, 1, 0, 0);
    QTest::newRow("before 7 is the day before in UTC")
        << QStringLiteral("20250301063059") << utc(2025, 2, 28, 23, 30, 59);
    QTest::newRow("leap day") << QStringLiteral("20240229235959") << utc(2024, 2, 29, 16, 59, 59);
    QTest::newRow("no leap day") << QStringLiteral("20230229000000") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("20251301000000") << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("20250101240000") << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2025010108000a") << QDateTime();
    QTest::newRow("separators") << QStringLiteral("2025-01-01T08:") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("too short") << QStringLiteral("202501010800") << QDateTime();
}

void TestDossierService::portalTimesRead()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = dossierjson::fromPortalTime(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(read, expected);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    // What is read is what the portal is sent back.
    QCOMPARE(dossierjson::portalTime(read), text);
}

QTEST_GUILESS_MAIN(TestDossierService)
#include "test_dossierservice.moc"
