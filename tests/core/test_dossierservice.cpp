#include "core/Clock.h"
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
    void feeOverrideNeedsReason();
    void searchFindsWithoutDiacritics();
    void jsonRoundTrip();
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

QTEST_GUILESS_MAIN(TestDossierService)
#include "test_dossierservice.moc"
