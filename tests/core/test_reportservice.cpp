// The periodic report, the day's counts and the trend (ReportService) over a seeded database.
// The expected figures come from tests/core/ReportExpectations.h, computed independently of the
// service's SQL and its tally function.
#include "ReportExpectations.h"
#include "core/Clock.h"
#include "core/PeriodicReport.h"
#include "service/DossierGenerator.h"
#include "service/ReportService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Migrations.h"
#include "store/Settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace motcua;

Q_DECLARE_METATYPE(WithdrawnRule)
Q_DECLARE_METATYPE(StoppedRule)

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void boundaryCases_data();
    void boundaryCases();
    void goldenReport_data();
    void goldenReport();
    void byFieldAndOneDepartment();
    void invalidPeriodIsBadInput();
    void withdrawnRuleIsASetting();
    void stoppedRuleIsASetting();
    void stoppedDossiersCloseAcrossPeriods_data();
    void stoppedDossiersCloseAcrossPeriods();
    void dayCounts();
    void pastDayCounts();
    void trendPerDay();
    void changeStampMoves();
    void stationScopeLeavesOutOtherCounters();
    void selectionsDescribeTheFigure();

private:
    void insert(const Seeded& d);
    void seedRandom(int n, std::uint64_t seed);
    void setRule(WithdrawnRule rule);

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<DossierRepository> m_repo;
    QList<Seeded> m_seeded;
    int m_next = 0;
};

// One migrated database with the small catalogue, copied for every test function: migrating
// afresh each time would be most of the run.
void TestReportService::initTestCase()
{
    QVERIFY(m_template.isValid());
    Database db;
    QVERIFY(db.open(m_template.filePath(QStringLiteral("template.db"))));
    QVERIFY(migrate(db));
    QVERIFY(db.execute(QStringLiteral(
        "INSERT INTO catalogue_versions (id, effective_from, imported_at, imported_by, source, sha256, departments, "
        "procedures) VALUES (1, '2026-01-01', 0, 'admin', 'test', '', 3, 3);"
        "INSERT INTO departments (id, code, name, short_name, ordinal, effective_from) VALUES "
        "(1, 'STP', 'Sở Tư pháp', 'Tư pháp', 2, '2026-01-01'), (2, 'SXD', 'Sở Xây dựng', 'Xây dựng', 1, "
        "'2026-01-01'), (3, 'SYT', 'Sở Y tế', 'Y tế', 3, '2026-01-01');"
        "INSERT INTO procedures (id, version_id, code, name, search_text, field, department_id, effective_from) "
        "VALUES (10, 1, '2.000635', 'Cấp bản sao trích lục hộ tịch', 'x', 'Hộ tịch', 1, '2026-01-01'),"
        "(11, 1, '1.009972', 'Cấp giấy phép xây dựng', 'x', 'Xây dựng', 2, '2026-01-01'),"
        "(12, 1, '1.001907', 'Cấp chứng chỉ hành nghề', 'x', 'Khám chữa bệnh', 3, '2026-01-01'),"
        "(13, 1, '2.000001', 'Chứng thực bản sao', 'x', 'Chứng thực', 1, '2026-01-01');"
        "PRAGMA wal_checkpoint(TRUNCATE);")));
}

void TestReportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("report.db"));
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("template.db")), path));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA synchronous=OFF")));
    QVERIFY(migrate(*m_db)); // already current: checks the copy is whole
    m_settings = std::make_unique<Settings>(*m_db);
    m_clock = std::make_unique<FixedClock>(vn(2026, 4, 20, 10, 0));
    m_reports = std::make_unique<ReportService>(*m_db, *m_clock, *m_settings);
    m_repo = std::make_unique<DossierRepository>(*m_db);
    m_seeded.clear();
    m_next = 0;
}

void TestReportService::cleanup()
{
    m_repo.reset();
    m_reports.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReportService::insert(const Seeded& in)
{
    Seeded d = in;
    static const struct
    {
        qint64 id;
        const char* code;
        qint64 department;
        const char* field;
    } procedures[] = {{10, "2.000635", 1, "Hộ tịch"},
                      {11, "1.009972", 2, "Xây dựng"},
                      {12, "1.001907", 3, "Khám chữa bệnh"},
                      {13, "2.000001", 1, "Chứng thực"}};
    const auto& p = procedures[m_next % 4];
    Dossier x;
    x.code = QStringLiteral("000.00.00.H34-260101-%1").arg(++m_next, 4, 10, QLatin1Char('0'));
    x.procedureId = p.id;
    x.procedureCode = QString::fromLatin1(p.code);
    x.procedureName = QStringLiteral("Thủ tục");
    x.channel = d.channel;
    x.state = d.state;
    x.applicant.fullName = QStringLiteral("Nguyễn Văn An");
    x.receivedAt = d.receivedAt;
    x.appointmentAt = d.appointmentAt;
    x.receivedBy = QStringLiteral("clerk");
    x.updatedAt = d.receivedAt;
    auto id = m_repo->insert(x);
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(m_repo->updateState(*id, d.state, d.receivedAt, d.finishedAt, d.returnedAt));
    d.code = x.code;
    d.departmentId = p.department;
    d.field = QString::fromUtf8(p.field);
    m_seeded.append(d);
}

// Dossiers with random dates from December to May, every state and channel, in all departments.
void TestReportService::seedRandom(int n, std::uint64_t seed)
{
    SeededRandom rng(seed);
    const DossierState states[] = {DossierState::Submitted,
                                   DossierState::Received,
                                   DossierState::Refused,
                                   DossierState::Transferred,
                                   DossierState::Processing,
                                   DossierState::SupplementRequested,
                                   DossierState::SupplementReceived,
                                   DossierState::AwaitingFees,
                                   DossierState::Withdrawn,
                                   DossierState::Stopped,
                                   DossierState::Done,
                                   DossierState::Returned,
                                   DossierState::Done,
                                   DossierState::Returned};
    const qint64 first = vn(2025, 12, 1, 0).toSecsSinceEpoch();
    const qint64 last = vn(2026, 5, 31, 23, 59).toSecsSinceEpoch();
    QVERIFY(m_db->execute(QStringLiteral("BEGIN")));
    for (int i = 0; i < n; ++i) {
        Seeded d;
        d.state = states[rng.below(std::size(states))];
        d.channel = static_cast<Channel>(1 + rng.below(3));
        d.receivedAt = QDateTime::fromSecsSinceEpoch(rng.between(first, last), Qt::UTC);
        d.appointmentAt = d.receivedAt.addSecs(rng.between(0, 30 * 86400));
        if (isProcessed(d.state) || d.state == DossierState::Stopped || d.state == DossierState::Refused)
            d.finishedAt = d.receivedAt.addSecs(rng.between(0, 40 * 86400));
        if (d.state == DossierState::Returned)
            d.returnedAt = d.finishedAt.addSecs(rng.between(0, 5 * 86400));
        insert(d);
    }
    QVERIFY(m_db->execute(QStringLiteral("COMMIT")));
}

void TestReportService::setRule(WithdrawnRule rule)
{
    QVERIFY(m_settings->set(QStringLiteral("report.withdrawnAs"), withdrawnRuleKey(rule)));
}

void TestReportService::boundaryCases_data()
{
    QTest::addColumn<Seeded>("dossier");
    QTest::addColumn<QString>("expected"); // the column that counts it twice: received side + outcome side

    // The period is March 2026 (Vietnam dates). Each row names the received column, then the outcome.
    auto row = [](const char* name, DossierState state, Channel channel, QDateTime received, QDateTime appointment,
                  QDateTime finished, const char* expected) {
        Seeded s;
        s.state = state;
        s.channel = channel;
        s.receivedAt = received;
        s.appointmentAt = appointment;
        s.finishedAt = finished;
        if (state == DossierState::Returned)
            s.returnedAt = finished.addSecs(3600);
        QTest::newRow(name) << s << QString::fromLatin1(expected);
    };
    using S = DossierState;
    using C = Channel;
    row("done on the appointment day, before its hour", S::Done, C::Counter, vn(2026, 3, 2), vn(2026, 3, 10, 16),
        vn(2026, 3, 10, 8), "counter,on_time");
    row("done on the appointment day, after its hour", S::Returned, C::Online, vn(2026, 3, 2), vn(2026, 3, 10, 8),
        vn(2026, 3, 10, 23, 30), "online,on_time");
    row("done the day before", S::Done, C::Postal, vn(2026, 3, 2), vn(2026, 3, 10), vn(2026, 3, 9, 23, 59),
        "counter,early");
    row("done the day after", S::Done, C::Counter, vn(2026, 3, 2), vn(2026, 3, 10, 17), vn(2026, 3, 11, 0, 1),
        "counter,late");
    row("carried over, done in the period", S::Done, C::Counter, vn(2026, 2, 20), vn(2026, 3, 5), vn(2026, 3, 4),
        "carried,early");
    row("carried over, still open", S::Processing, C::Online, vn(2026, 2, 27, 23, 59, 59), vn(2026, 3, 6), QDateTime(),
        "carried,overdue");
    row("received at 00:00 of the first day", S::Processing, C::Online, vn(2026, 3, 1, 0), vn(2026, 4, 6), QDateTime(),
        "online,not_yet_due");
    row("received a second before the period", S::Received, C::Counter, vn(2026, 2, 28, 23, 59, 59),
        vn(2026, 3, 31, 23, 59, 59), QDateTime(), "carried,overdue");
    row("appointment exactly at the period's end", S::Transferred, C::Counter, vn(2026, 3, 20), vn(2026, 4, 1, 0),
        QDateTime(), "counter,not_yet_due");
    row("crossing the period end: done in April", S::Done, C::Counter, vn(2026, 3, 30), vn(2026, 3, 31, 17),
        vn(2026, 4, 2), "counter,overdue");
    row("crossing the period end, not yet due", S::Returned, C::Online, vn(2026, 3, 30), vn(2026, 4, 3), vn(2026, 4, 2),
        "online,not_yet_due");
    row("withdrawn late counts on time", S::Withdrawn, C::Counter, vn(2026, 3, 2), vn(2026, 3, 5), vn(2026, 3, 20),
        "counter,on_time");
    row("awaiting supplement, appointment passed", S::SupplementRequested, C::Counter, vn(2026, 3, 2), vn(2026, 3, 9),
        QDateTime(), "counter,overdue");
    row("awaiting supplement, not yet due", S::SupplementRequested, C::Online, vn(2026, 3, 25), vn(2026, 4, 9),
        QDateTime(), "online,not_yet_due");
    // A stopped dossier is pending until it is stopped, then closed and judged by its stop date.
    row("stopped before its appointment: early", S::Stopped, C::Counter, vn(2026, 3, 3), vn(2026, 3, 12),
        vn(2026, 3, 6), "counter,early");
    row("stopped on its appointment day: on time", S::Stopped, C::Online, vn(2026, 3, 3), vn(2026, 3, 12, 8),
        vn(2026, 3, 12, 16), "online,on_time");
    row("carried over, stopped in the period after its appointment: late", S::Stopped, C::Counter, vn(2026, 2, 20),
        vn(2026, 2, 27), vn(2026, 3, 3), "carried,late");
    row("stopped after the period: pending at its end", S::Stopped, C::Counter, vn(2026, 3, 20), vn(2026, 3, 25),
        vn(2026, 4, 5), "counter,overdue");
    row("stopped before the period: not counted", S::Stopped, C::Counter, vn(2025, 11, 3), vn(2025, 11, 20),
        vn(2025, 12, 1), "");
    row("done before the period: not counted", S::Done, C::Counter, vn(2026, 2, 1), vn(2026, 2, 10),
        vn(2026, 2, 28, 23, 59), "");
    row("received after the period: not counted", S::Received, C::Counter, vn(2026, 4, 1, 0), vn(2026, 4, 10),
        QDateTime(), "");
    row("refused at intake: not counted", S::Refused, C::Counter, vn(2026, 3, 5), vn(2026, 3, 5), vn(2026, 3, 5), "");
    row("registered online, not received: not counted", S::Submitted, C::Online, vn(2026, 3, 5), vn(2026, 3, 15),
        QDateTime(), "");
}

void TestReportService::boundaryCases()
{
    QFETCH(Seeded, dossier);
    QFETCH(QString, expected);
    insert(dossier);
    auto report = m_reports->periodic({QDate(2026, 3, 1), QDate(2026, 3, 31), ReportGrouping::Department, {}});
    QVERIFY2(report, qPrintable(report.error().message));
    const ReportCounts& t = report->total;
    ReportCounts want;
    for (const QString& column : expected.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        qint64* target = column == QLatin1String("carried")       ? &want.carriedOver
                         : column == QLatin1String("online")      ? &want.online
                         : column == QLatin1String("counter")     ? &want.counterPostal
                         : column == QLatin1String("early")       ? &want.early
                         : column == QLatin1String("on_time")     ? &want.onTime
                         : column == QLatin1String("late")        ? &want.late
                         : column == QLatin1String("not_yet_due") ? &want.notYetDue
                                                                  : &want.overdue;
        ++*target;
    }
    QVERIFY2(t == want, qPrintable(QStringLiteral("carried %1 online %2 counter %3 early %4 on time %5 late %6 "
                                                  "not yet due %7 overdue %8")
                                       .arg(t.carriedOver)
                                       .arg(t.online)
                                       .arg(t.counterPostal)
                                       .arg(t.early)
                                       .arg(t.onTime)
                                       .arg(t.late)
                                       .arg(t.notYetDue)
                                       .arg(t.overdue)));
    // The row of the dossier's department carries the same figures; the other rows are zero.
    for (const ReportRow& r : report->rows) {
        if (r.departmentId == m_seeded.first().departmentId)
            QVERIFY(r.counts == want);
        else
            QVERIFY(r.counts == ReportCounts{});
    }
}

void TestReportService::goldenReport_data()
{
    QTest::addColumn<WithdrawnRule>("rule");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("March, withdrawn on time") << WithdrawnRule::OnTime << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("March, withdrawn by date") << WithdrawnRule::ByDate << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("March, withdrawn excluded") << WithdrawnRule::Excluded << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("first quarter") << WithdrawnRule::OnTime << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("one day") << WithdrawnRule::OnTime << QDate(2026, 2, 14) << QDate(2026, 2, 14);
    QTest::newRow("year to date") << WithdrawnRule::ByDate << QDate(2026, 1, 1) << QDate(2026, 4, 20);
}

void TestReportService::goldenReport()
{
    QFETCH(WithdrawnRule, rule);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    seedRandom(600, 20260301);
    setRule(rule);
    auto report = m_reports->periodic({from, to, ReportGrouping::Department, {}});
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->rules.withdrawn, rule);
    QCOMPARE(report->rows.size(), 3);
    // Rows in the catalogue's order (ordinal): Xây dựng, Tư pháp, Y tế.
    QCOMPARE(report->rows.at(0).key, QStringLiteral("SXD"));
    QCOMPARE(report->rows.at(1).key, QStringLiteral("STP"));
    std::map<qint64, Expected> perDepartment;
    Expected total;
    for (const Seeded& d : std::as_const(m_seeded)) {
        expect(perDepartment[d.departmentId], d, from, to, rule);
        expect(total, d, from, to, rule);
    }
    for (const ReportRow& r : report->rows)
        compare(r.counts, perDepartment[r.departmentId], r.name);
    compare(report->total, total, QStringLiteral("total"));
    QVERIFY(report->total.received() > 50); // the seed really exercises the period
    QVERIFY(report->total.carriedOver > 0 || from == QDate(2026, 1, 1));
}

void TestReportService::byFieldAndOneDepartment()
{
    seedRandom(400, 77);
    const QDate from(2026, 2, 1), to(2026, 3, 15);
    auto byField = m_reports->periodic({from, to, ReportGrouping::Field, {}});
    QVERIFY(byField);
    std::map<QString, Expected> perField;
    for (const Seeded& d : std::as_const(m_seeded))
        expect(perField[d.field], d, from, to, WithdrawnRule::OnTime);
    QCOMPARE(byField->rows.size(), 4);
    for (const ReportRow& r : byField->rows)
        compare(r.counts, perField[r.key], r.name);
    // Sorted by name: Chứng thực, Hộ tịch, Khám chữa bệnh, Xây dựng.
    QCOMPARE(byField->rows.first().name, QStringLiteral("Chứng thực"));
    QCOMPARE(byField->rows.last().name, QStringLiteral("Xây dựng"));

    auto one = m_reports->periodic({from, to, ReportGrouping::Department, qint64(1)});
    QVERIFY(one);
    QCOMPARE(one->rows.size(), 1);
    QCOMPARE(one->rows.first().key, QStringLiteral("STP"));
    Expected e;
    for (const Seeded& d : std::as_const(m_seeded)) {
        if (d.departmentId == 1)
            expect(e, d, from, to, WithdrawnRule::OnTime);
    }
    compare(one->total, e, QStringLiteral("STP"));
}

void TestReportService::invalidPeriodIsBadInput()
{
    auto r = m_reports->periodic({QDate(2026, 3, 2), QDate(2026, 3, 1), ReportGrouping::Department, {}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::BadInput);
    QVERIFY(!m_reports->trend(QDate(2026, 3, 2), QDate(2026, 3, 1)));
    QVERIFY(!m_reports->counts(QDate()));
}

void TestReportService::withdrawnRuleIsASetting()
{
    QCOMPARE(m_reports->rules().withdrawn, WithdrawnRule::OnTime); // docs/domain.md#the-periodic-report
    QVERIFY(!m_settings->set(QStringLiteral("report.withdrawnAs"), QStringLiteral("sometimes")));
    setRule(WithdrawnRule::Excluded);
    QCOMPARE(m_reports->rules().withdrawn, WithdrawnRule::Excluded);
}

void TestReportService::dayCounts()
{
    // "Now" is 20 April 2026, 10:00 in Vietnam.
    using S = DossierState;
    auto add = [this](S state, Channel channel, QDateTime received, QDateTime appointment, QDateTime finished = {},
                      QDateTime returned = {}) {
        Seeded s;
        s.state = state;
        s.channel = channel;
        s.receivedAt = received;
        s.appointmentAt = appointment;
        s.finishedAt = finished;
        s.returnedAt = returned;
        insert(s);
    };
    // Department of each insert follows the procedure rotation: 1, 2, 3, 1, 1, 2, 3, 1, ...
    add(S::Received, Channel::Counter, vn(2026, 4, 20, 7, 30), vn(2026, 4, 27));   // dept 1
    add(S::Processing, Channel::Online, vn(2026, 4, 20, 8), vn(2026, 4, 20, 16));  // dept 2, due
    add(S::Received, Channel::Postal, vn(2026, 4, 20, 9, 59), vn(2026, 4, 30));    // dept 3
    add(S::Processing, Channel::Counter, vn(2026, 4, 1), vn(2026, 4, 20, 8));      // dept 1, due+over
    add(S::Transferred, Channel::Counter, vn(2026, 4, 1), vn(2026, 4, 10));        // dept 1, overdue
    add(S::SupplementRequested, Channel::Online, vn(2026, 4, 2), vn(2026, 4, 10)); // dept 2, suppl.
    add(S::Returned, Channel::Counter, vn(2026, 4, 2), vn(2026, 4, 19), vn(2026, 4, 18), vn(2026, 4, 20, 8)); // 3
    add(S::Stopped, Channel::Counter, vn(2026, 4, 2), vn(2026, 4, 10), vn(2026, 4, 9));            // dept 1, none
    add(S::Refused, Channel::Counter, vn(2026, 4, 20, 8), vn(2026, 4, 20, 8), vn(2026, 4, 20, 8)); // dept 1, none
    add(S::Submitted, Channel::Online, vn(2026, 4, 20, 8), vn(2026, 4, 25));                       // dept 2, none
    add(S::Received, Channel::Counter, vn(2026, 4, 19, 23, 59), vn(2026, 4, 20, 17));              // dept 3, due
    auto today = m_reports->counts(QDate(2026, 4, 20));
    QVERIFY2(today, qPrintable(today.error().message));
    QCOMPARE(today->day, QDate(2026, 4, 20));
    QCOMPARE(today->asOf, m_clock->now());
    const DayCounts& t = today->total;
    QCOMPARE(t.receivedCounter, 1);
    QCOMPARE(t.receivedOnline, 1);
    QCOMPARE(t.receivedPostal, 1);
    QCOMPARE(t.received(), 3);
    QCOMPARE(t.returned, 1);
    QCOMPARE(t.dueToday, 2); // the one due at 08:00 has passed: overdue, not due
    QCOMPARE(t.overdue, 2);
    QCOMPARE(t.awaitingSupplement, 1);
    QCOMPARE(today->departments.size(), 3);
    QCOMPARE(today->departments.at(0).departmentId, 2); // ordinal order
    QCOMPARE(today->departments.at(0).departmentShortName, QStringLiteral("Xây dựng"));
    QCOMPARE(today->departments.at(0).receivedOnline, 1);
    QCOMPARE(today->departments.at(0).awaitingSupplement, 1);
    QCOMPARE(today->departments.at(1).departmentId, 1);
    QCOMPARE(today->departments.at(1).overdue, 2);
    QCOMPARE(today->departments.at(1).dueToday, 0);
    QCOMPARE(today->departments.at(2).returned, 1);

    auto narrowed = m_reports->counts(QDate(2026, 4, 20), qint64(1));
    QVERIFY(narrowed);
    QCOMPARE(narrowed->departments.size(), 1);
    QCOMPARE(narrowed->total.receivedCounter, 1);
    QCOMPARE(narrowed->total.overdue, 2);
    QCOMPARE(narrowed->total.receivedOnline, 0);
}

void TestReportService::stoppedRuleIsASetting()
{
    QCOMPARE(m_reports->rules().stopped, StoppedRule::ByDate); // the 766 index's rule 2.1
    QVERIFY(!m_settings->set(QStringLiteral("report.stoppedAs"), QStringLiteral("pending")));
    QVERIFY(m_settings->set(QStringLiteral("report.stoppedAs"), QStringLiteral("excluded")));
    QCOMPARE(m_reports->rules().stopped, StoppedRule::Excluded);
}

// Stopped (and withdrawn) dossiers over three years, reported quarter by quarter and year by
// year: each is counted in the periods from its receipt to its stop, never after. The expected
// figures come from expect(), which reads the dates directly.
void TestReportService::stoppedDossiersCloseAcrossPeriods_data()
{
    QTest::addColumn<StoppedRule>("stopped");
    QTest::addColumn<WithdrawnRule>("withdrawn");
    QTest::newRow("stopped by date, withdrawn on time") << StoppedRule::ByDate << WithdrawnRule::OnTime;
    QTest::newRow("stopped by date, withdrawn by date") << StoppedRule::ByDate << WithdrawnRule::ByDate;
    QTest::newRow("stopped excluded, withdrawn excluded") << StoppedRule::Excluded << WithdrawnRule::Excluded;
}

void TestReportService::stoppedDossiersCloseAcrossPeriods()
{
    QFETCH(StoppedRule, stopped);
    QFETCH(WithdrawnRule, withdrawn);
    QVERIFY(m_settings->set(QStringLiteral("report.stoppedAs"), stoppedRuleKey(stopped)));
    setRule(withdrawn);
    SeededRandom rng(766);
    const qint64 first = vn(2024, 1, 1, 0).toSecsSinceEpoch();
    const qint64 last = vn(2026, 3, 31, 23).toSecsSinceEpoch();
    QVERIFY(m_db->execute(QStringLiteral("BEGIN")));
    for (int i = 0; i < 400; ++i) {
        Seeded d;
        const int kind = static_cast<int>(rng.below(4));
        d.state = kind == 0 ? DossierState::Withdrawn : kind == 3 ? DossierState::Returned : DossierState::Stopped;
        d.channel = static_cast<Channel>(1 + rng.below(3));
        d.receivedAt = QDateTime::fromSecsSinceEpoch(rng.between(first, last), Qt::UTC);
        d.appointmentAt = d.receivedAt.addSecs(rng.between(86400, 20 * 86400));
        // Stopped up to four months after receipt: many cross a quarter's or a year's end.
        d.finishedAt = d.receivedAt.addSecs(rng.between(3600, 120 * 86400));
        if (d.state == DossierState::Returned)
            d.returnedAt = d.finishedAt.addSecs(3600);
        insert(d);
    }
    QVERIFY(m_db->execute(QStringLiteral("COMMIT")));

    const QList<QPair<QDate, QDate>> periods{
        {QDate(2024, 1, 1), QDate(2024, 12, 31)},  {QDate(2025, 1, 1), QDate(2025, 12, 31)},
        {QDate(2025, 10, 1), QDate(2025, 12, 31)}, {QDate(2026, 1, 1), QDate(2026, 3, 31)},
        {QDate(2026, 4, 1), QDate(2026, 6, 30)},   {QDate(2025, 12, 31), QDate(2025, 12, 31)},
    };
    for (const auto& [from, to] : periods) {
        auto report = m_reports->periodic({from, to, ReportGrouping::Department, {}});
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->rules.stopped, stopped);
        Expected want;
        qint64 stoppedBefore = 0;
        for (const Seeded& d : std::as_const(m_seeded)) {
            expect(want, d, from, to, withdrawn, stopped);
            if (d.state == DossierState::Stopped && vnDate(d.finishedAt) < from)
                ++stoppedBefore;
        }
        compare(report->total, want, from.toString(Qt::ISODate));
        if (from.year() >= 2025)
            QVERIFY(stoppedBefore > 20); // the seed stops dossiers before the period
    }
    // The check: no dossier stopped in 2024-2025 is carried into 2026 or overdue in it.
    auto q1 = m_reports->periodic({QDate(2026, 1, 1), QDate(2026, 3, 31), ReportGrouping::Department, {}});
    QVERIFY(q1);
    qint64 carriedWant = 0;
    for (const Seeded& d : std::as_const(m_seeded)) {
        const bool excluded = (d.state == DossierState::Stopped && stopped == StoppedRule::Excluded) ||
                              (d.state == DossierState::Withdrawn && withdrawn == WithdrawnRule::Excluded);
        if (!excluded && vnDate(d.receivedAt) < QDate(2026, 1, 1) && vnDate(d.finishedAt) >= QDate(2026, 1, 1))
            ++carriedWant;
    }
    QCOMPARE(q1->total.carriedOver, carriedWant);
    // Pending at the quarter's end: exactly the kept dossiers that closed after it.
    qint64 pendingWant = 0;
    for (const Seeded& d : std::as_const(m_seeded)) {
        const bool excluded = (d.state == DossierState::Stopped && stopped == StoppedRule::Excluded) ||
                              (d.state == DossierState::Withdrawn && withdrawn == WithdrawnRule::Excluded);
        if (!excluded && vnDate(d.finishedAt) > QDate(2026, 3, 31))
            ++pendingWant;
    }
    QCOMPARE(q1->total.pending(), pendingWant);
}

void TestReportService::pastDayCounts()
{
    // A past day counts what was open at its end: a dossier finished later was still open then.
    Seeded s;
    s.state = DossierState::Done;
    s.receivedAt = vn(2026, 4, 1);
    s.appointmentAt = vn(2026, 4, 8, 16);
    s.finishedAt = vn(2026, 4, 15);
    insert(s);
    auto day = m_reports->counts(QDate(2026, 4, 8));
    QVERIFY(day);
    QCOMPARE(day->asOf, vn(2026, 4, 9, 0));
    QCOMPARE(day->total.dueToday, 0); // at the end of the day the appointment has passed:
    QCOMPARE(day->total.overdue, 1);  // overdue
    auto later = m_reports->counts(QDate(2026, 4, 16));
    QVERIFY(later);
    QCOMPARE(later->total.overdue, 0);
    auto earlier = m_reports->counts(QDate(2026, 4, 7));
    QVERIFY(earlier);
    QCOMPARE(earlier->total.overdue, 0);
    QCOMPARE(earlier->total.dueToday, 0);

    // A dossier stopped later was open, its clock running, on a past day before its stop: as in
    // the report (report.stoppedAs by_date), it is overdue then and closed afterwards.
    Seeded stopped;
    stopped.state = DossierState::Stopped;
    stopped.receivedAt = vn(2026, 4, 1);
    stopped.appointmentAt = vn(2026, 4, 6, 16);
    stopped.finishedAt = vn(2026, 4, 12);
    insert(stopped);
    auto whileOpen = m_reports->counts(QDate(2026, 4, 10));
    QVERIFY(whileOpen);
    QCOMPARE(whileOpen->total.overdue, 2);
    auto afterStop = m_reports->counts(QDate(2026, 4, 13));
    QVERIFY(afterStop);
    QCOMPARE(afterStop->total.overdue, 1); // the done one, finished on the 15th
    QVERIFY(m_settings->set(QStringLiteral("report.stoppedAs"), QStringLiteral("excluded")));
    auto excluded = m_reports->counts(QDate(2026, 4, 10));
    QVERIFY(excluded);
    QCOMPARE(excluded->total.overdue, 1);
}

void TestReportService::trendPerDay()
{
    seedRandom(300, 5);
    const QDate from(2026, 3, 1), to(2026, 3, 30);
    auto trend = m_reports->trend(from, to);
    QVERIFY(trend);
    QCOMPARE(trend->size(), 30);
    for (const TrendPoint& p : *trend) {
        qint64 received = 0, processed = 0;
        for (const Seeded& d : std::as_const(m_seeded)) {
            if (d.state != DossierState::Submitted && d.state != DossierState::Refused && vnDate(d.receivedAt) == p.day)
                ++received;
            // Stopped dossiers close when stopped (report.stoppedAs by_date, the default).
            if ((isProcessed(d.state) || d.state == DossierState::Stopped) && vnDate(d.finishedAt) == p.day)
                ++processed;
        }
        QCOMPARE(p.received, received);
        QCOMPARE(p.processed, processed);
    }
    auto one = m_reports->trend(from, from, qint64(2));
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
}

// A workstation that follows a center holds other counters' dossiers (center_dossiers): the
// station scope counts exactly what a store holding only this workstation's dossiers counts.
void TestReportService::stationScopeLeavesOutOtherCounters()
{
    seedRandom(600, 11);
    auto follows = m_reports->followsCenter();
    QVERIFY(follows);
    QVERIFY(!*follows);
    // Every third dossier came from the center's feed.
    for (int i = 0; i < m_seeded.size(); i += 3) {
        QVERIFY(m_db->prepare(QStringLiteral("INSERT INTO center_dossiers (code, feed_mark, pulled_at) "
                                             "VALUES (?1, '1', 0)"))
                    .bind(1, m_seeded.at(i).code)
                    .exec());
    }
    follows = m_reports->followsCenter();
    QVERIFY(follows);
    QVERIFY(*follows);

    const QDate from(2026, 2, 1), to(2026, 4, 30), day(2026, 3, 16);
    auto request = [&](ReportScope scope, ReportGrouping grouping) {
        ReportRequest r{from, to, grouping, std::nullopt, scope};
        return m_reports->periodic(r);
    };
    auto allReport = request(ReportScope::All, ReportGrouping::Department);
    auto ownReport = request(ReportScope::Station, ReportGrouping::Department);
    auto ownByField = request(ReportScope::Station, ReportGrouping::Field);
    auto allDay = m_reports->counts(day);
    auto ownDay = m_reports->counts(day, std::nullopt, ReportScope::Station);
    auto ownDept = m_reports->counts(day, qint64(1), ReportScope::Station);
    auto ownTrend = m_reports->trend(from, to, std::nullopt, ReportScope::Station);
    QVERIFY(allReport && ownReport && ownByField && allDay && ownDay && ownDept && ownTrend);
    QCOMPARE(ownReport->scope, ReportScope::Station);
    // The copies are a third of the dossiers: the figures differ.
    QVERIFY(allReport->total.received() > ownReport->total.received());

    // The same store without the other counters' dossiers, counted whole.
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA foreign_keys = OFF; "
                                         "DELETE FROM dossiers WHERE code IN (SELECT code FROM center_dossiers); "
                                         "DELETE FROM center_dossiers; PRAGMA foreign_keys = ON")));
    auto alone = request(ReportScope::All, ReportGrouping::Department);
    auto aloneByField = request(ReportScope::All, ReportGrouping::Field);
    auto aloneDay = m_reports->counts(day);
    auto aloneDept = m_reports->counts(day, qint64(1));
    auto aloneTrend = m_reports->trend(from, to);
    QVERIFY(alone && aloneByField && aloneDay && aloneDept && aloneTrend);
    QVERIFY(alone->total == ownReport->total);
    QCOMPARE(alone->rows.size(), ownReport->rows.size());
    for (int i = 0; i < alone->rows.size(); ++i)
        QVERIFY2(alone->rows.at(i).counts == ownReport->rows.at(i).counts, qPrintable(alone->rows.at(i).key));
    QCOMPARE(aloneByField->rows.size(), ownByField->rows.size());
    for (int i = 0; i < aloneByField->rows.size(); ++i)
        QVERIFY(aloneByField->rows.at(i).counts == ownByField->rows.at(i).counts);
    for (const auto& [own, whole] : {std::pair{&*ownDay, &*aloneDay}, std::pair{&*ownDept, &*aloneDept}}) {
        QCOMPARE(own->total.received(), whole->total.received());
        QCOMPARE(own->total.receivedOnline, whole->total.receivedOnline);
        QCOMPARE(own->total.returned, whole->total.returned);
        QCOMPARE(own->total.dueToday, whole->total.dueToday);
        QCOMPARE(own->total.overdue, whole->total.overdue);
        QCOMPARE(own->total.awaitingSupplement, whole->total.awaitingSupplement);
    }
    QVERIFY(aloneDay->total.received() + aloneDay->total.returned + aloneDay->total.overdue > 0);
    QCOMPARE(aloneTrend->size(), ownTrend->size());
    for (int i = 0; i < aloneTrend->size(); ++i) {
        QCOMPARE(aloneTrend->at(i).received, ownTrend->at(i).received);
        QCOMPARE(aloneTrend->at(i).processed, ownTrend->at(i).processed);
    }
}

void TestReportService::changeStampMoves()
{
    const qint64 before = m_reports->changeStamp();
    QCOMPARE(m_reports->changeStamp(), before);
    Seeded s;
    s.receivedAt = vn(2026, 4, 20, 8);
    s.appointmentAt = vn(2026, 4, 25);
    insert(s);
    QVERIFY(m_reports->changeStamp() != before);

    // A commit by another connection (motcuactl beside the app) moves it too.
    const qint64 mine = m_reports->changeStamp();
    Database other;
    QVERIFY(other.open(m_db->path()));
    QVERIFY(other.execute(QStringLiteral("UPDATE dossiers SET notes = 'x'")));
    QVERIFY(m_reports->changeStamp() != mine);
}

void TestReportService::selectionsDescribeTheFigure()
{
    const DossierSelection overdue = ReportService::selectOverdue(m_clock->now(), qint64(2));
    QCOMPARE(overdue.kind, DossierSelection::Overdue);
    QCOMPARE(overdue.departmentId, std::optional<qint64>(2));
    QVERIFY(!overdue.label.isEmpty());
    QVERIFY(!overdue.states.contains(DossierState::SupplementRequested));
    const DossierSelection received = ReportService::selectReceived(QDate(2026, 4, 20), Channel::Online, {});
    QCOMPARE(received.from, vn(2026, 4, 20, 0));
    QCOMPARE(received.to, vn(2026, 4, 21, 0));
    QCOMPARE(received.channel, std::optional<Channel>(Channel::Online));
    QVERIFY(!received.states.contains(DossierState::Refused));
}

QTEST_GUILESS_MAIN(TestReportService)
#include "test_reportservice.moc"
