#include "core/Clock.h"
#include "core/HolidayProposer.h"
#include "service/CalendarService.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fixture(const char* name)
{
    return readFile(QStringLiteral(MOTCUA_TEST_DATA "/calendar/") + QLatin1String(name));
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Actor actor(Role role)
{
    Actor a;
    a.userId = role == Role::Admin ? 1 : 2;
    a.username = role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("clerk");
    a.fullName = a.username;
    a.role = role;
    return a;
}

std::optional<CalendarDay> find(const QList<CalendarDay>& rows, const QDate& date)
{
    for (const CalendarDay& d : rows) {
        if (d.date == date)
            return d;
    }
    return std::nullopt;
}

} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unconfirmedYearUsesProposal();
    void clerkCannotChangeTheCalendar();
    void adminConfirmsYear();
    void confirmRefusesBadRows();
    void importPublishedRows();
    void importDemoFile();
    void badImportChangesNothing_data();
    void badImportChangesNothing();
    void unconfirmedYearStillSkipsTet();
    void workingHours();
    void storedScheduleDrivesAppointments();
    void jsonRoundTrip();

private:
    int auditCount(const QString& action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CalendarService> m_service;
};

void TestCalendarService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("test.db"))).ok());
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(at("2026-01-05T02:00:00Z"));
    m_service = std::make_unique<CalendarService>(*m_db, *m_clock);
}

void TestCalendarService::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

int TestCalendarService::auditCount(const QString& action)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"));
    st.bind(1, action);
    if (!st.next())
        return -1;
    const int n = st.integer(0);
    st.reset();
    return n;
}

void TestCalendarService::unconfirmedYearUsesProposal()
{
    bool confirmed = true;
    const Result<QList<CalendarDay>> rows = m_service->holidays(2026, &confirmed);
    QVERIFY(rows.ok());
    QVERIFY(!confirmed);
    QCOMPARE(*rows, HolidayProposer::propose(2026));
    // The reference appointment holds with the proposal alone.
    const Appointment a = m_service->due(at("2026-02-13T15:00:00+07:00"), 5, TimeUnit::WorkingDays);
    QCOMPARE(a.at.toString(Qt::ISODate), u"2026-02-27T15:00:00+07:00"_qs);
}

void TestCalendarService::clerkCannotChangeTheCalendar()
{
    const QList<CalendarDay> rows = HolidayProposer::propose(2026);
    const Status confirm = m_service->confirmYear(actor(Role::Clerk), 2026, rows);
    QVERIFY(!confirm.ok());
    QCOMPARE(confirm.error().code, Error::Forbidden);
    QVERIFY(confirm.error().message.contains(u"administrator"_qs));

    const Status supervisor = m_service->confirmYear(actor(Role::Supervisor), 2026, rows);
    QCOMPARE(supervisor.error().code, Error::Forbidden);

    const Status hours = m_service->setWorkingHours(actor(Role::Clerk), WorkSchedule::defaults());
    QCOMPARE(hours.error().code, Error::Forbidden);
    const Status import = m_service->importRows(actor(Role::Clerk), fixture("published-2025-2026.json"));
    QCOMPARE(import.error().code, Error::Forbidden);

    bool confirmed = true;
    QVERIFY(m_service->holidays(2026, &confirmed).ok());
    QVERIFY(!confirmed);
    QCOMPARE(auditCount(u"calendar.confirm"_qs), 0);

    // Outside the supported years there is nothing to answer with: refused, naming the range.
    for (int year : {1985, 1999, 2101}) {
        const Result<QList<CalendarDay>> outside = m_service->holidays(year);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().code, Error::BadInput);
        QVERIFY(outside.error().message.contains(u"2000–2100"_qs));
        QCOMPARE(CalendarService::checkYear(year).error().code, Error::BadInput);
    }
    QVERIFY(CalendarService::checkYear(2000).ok());
    QVERIFY(CalendarService::checkYear(2100).ok());
}

void TestCalendarService::adminConfirmsYear()
{
    QList<CalendarDay> rows = HolidayProposer::propose(2026);
    rows.append({QDate(2026, 2, 14), DayKind::Holiday, u"Tết Nguyên đán"_qs});
    const Status s = m_service->confirmYear(actor(Role::Admin), 2026, rows);
    QVERIFY2(s.ok(), qPrintable(s.error().message));

    bool confirmed = false;
    const Result<QList<CalendarDay>> stored = m_service->holidays(2026, &confirmed);
    QVERIFY(stored.ok());
    QVERIFY(confirmed);
    QCOMPARE(stored->size(), rows.size());
    QVERIFY(find(*stored, QDate(2026, 2, 14)));
    QCOMPARE(find(*stored, QDate(2026, 4, 27))->kind, DayKind::Compensatory);

    const Result<QList<CalendarYearInfo>> years = m_service->confirmedYears();
    QVERIFY(years.ok());
    QCOMPARE(years->size(), 1);
    QCOMPARE(years->first().year, 2026);
    QCOMPARE(years->first().confirmedBy, u"admin"_qs);
    QCOMPARE(years->first().confirmedAt, m_clock->now());

    Statement& st = m_db->prepare(
        QStringLiteral("SELECT username, entity, entity_key FROM audit_log WHERE action = 'calendar.confirm'"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), u"admin"_qs);
    QCOMPARE(st.text(1), u"calendar"_qs);
    QCOMPARE(st.text(2), u"2026"_qs);
    QVERIFY(!st.next());

    // Confirming again replaces the year, never appends.
    QVERIFY(m_service->confirmYear(actor(Role::Admin), 2026, HolidayProposer::propose(2026)).ok());
    QCOMPARE(m_service->holidays(2026)->size(), HolidayProposer::propose(2026).size());
    QVERIFY(!find(*m_service->holidays(2026), QDate(2026, 2, 14)));
}

void TestCalendarService::confirmRefusesBadRows()
{
    QList<CalendarDay> rows = HolidayProposer::propose(2026);
    rows.append({QDate(2027, 1, 1), DayKind::Holiday, u"Tết Dương lịch"_qs});
    const Status other = m_service->confirmYear(actor(Role::Admin), 2026, rows);
    QCOMPARE(other.error().code, Error::BadInput);
    QVERIFY(other.error().message.contains(u"2027-01-01"_qs));

    QCOMPARE(m_service->confirmYear(actor(Role::Admin), 2026, {}).error().code, Error::BadInput);
    QCOMPARE(m_service->confirmYear(actor(Role::Admin), 1999, HolidayProposer::propose(2026)).error().code,
             Error::BadInput);

    bool confirmed = true;
    QVERIFY(m_service->holidays(2026, &confirmed).ok());
    QVERIFY(!confirmed);
    QCOMPARE(auditCount(u"calendar.confirm"_qs), 0);

    // Outside the supported years there is nothing to answer with: refused, naming the range.
    for (int year : {1985, 1999, 2101}) {
        const Result<QList<CalendarDay>> outside = m_service->holidays(year);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().code, Error::BadInput);
        QVERIFY(outside.error().message.contains(u"2000–2100"_qs));
        QCOMPARE(CalendarService::checkYear(year).error().code, Error::BadInput);
    }
    QVERIFY(CalendarService::checkYear(2000).ok());
    QVERIFY(CalendarService::checkYear(2100).ok());
}

void TestCalendarService::importPublishedRows()
{
    const Status s = m_service->importRows(actor(Role::Admin), fixture("published-2025-2026.json"));
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(auditCount(u"calendar.import"_qs), 2); // one per year

    bool confirmed = false;
    const Result<QList<CalendarDay>> y2025 = m_service->holidays(2025, &confirmed);
    QVERIFY(confirmed);
    QCOMPARE(find(*y2025, QDate(2025, 2, 8))->kind, DayKind::Working);
    QCOMPARE(find(*y2025, QDate(2025, 1, 27))->kind, DayKind::Compensatory);
    // The swapped Saturday is worked; the swapped Monday is off.
    const WorkCalendar cal = m_service->calendar();
    QVERIFY(cal.isWorkingDay(QDate(2025, 2, 8)));
    QVERIFY(!cal.isWorkingDay(QDate(2025, 1, 27)));
    QCOMPARE(m_service->due(at("2025-02-07T10:00:00+07:00"), 1, TimeUnit::WorkingDays).at.toString(Qt::ISODate),
             u"2025-02-08T10:00:00+07:00"_qs);
    // The proposal would have put a compensatory day on Mon 3 Feb 2025; the published rows
    // replace the proposal for confirmed years.
    QVERIFY(cal.isWorkingDay(QDate(2025, 2, 3)));
}

void TestCalendarService::importDemoFile()
{
    const QByteArray demo = readFile(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/demo/holidays.json"));
    QVERIFY(!demo.isEmpty());
    const Status s = m_service->importRows(actor(Role::Admin), demo);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    const Result<QList<CalendarYearInfo>> years = m_service->confirmedYears();
    QCOMPARE(years->size(), 3);
    QCOMPARE(years->at(0).year, 2025);
    QCOMPARE(years->at(2).year, 2027);
    const Result<QList<CalendarDay>> y2026 = m_service->holidays(2026);
    for (int day = 16; day <= 20; ++day)
        QCOMPARE(find(*y2026, QDate(2026, 2, day))->kind, DayKind::Holiday);
    QCOMPARE(find(*y2026, QDate(2026, 4, 27))->kind, DayKind::Compensatory);
    QCOMPARE(m_service->due(at("2026-02-13T15:00:00+07:00"), 5, TimeUnit::WorkingDays).at.toString(Qt::ISODate),
             u"2026-02-27T15:00:00+07:00"_qs);
    // Every weekday of the demo's proposed 2027 agrees with the proposer.
    const Result<QList<CalendarDay>> y2027 = m_service->holidays(2027);
    const QList<CalendarDay> proposal = HolidayProposer::propose(2027);
    QCOMPARE(y2027->size(), proposal.size());
    for (const CalendarDay& d : proposal)
        QCOMPARE(find(*y2027, d.date)->kind, d.kind);
}

void TestCalendarService::badImportChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mentions"); // text the message must contain, '|'-separated
    QTest::newRow("bad date") << u"bad-date.json"_qs << u"Row 3|\"date\"|2026-02-30"_qs;
    QTest::newRow("bad kind") << u"bad-kind.json"_qs << u"Row 2|\"kind\"|vacation"_qs;
    QTest::newRow("duplicate date") << u"duplicate-date.json"_qs << u"Row 3|\"date\"|row 1"_qs;
    QTest::newRow("missing date") << u"missing-date.json"_qs << u"Row 1|\"date\""_qs;
    QTest::newRow("not JSON") << u"not-json.json"_qs << u"JSON"_qs;
    QTest::newRow("no rows array") << u"no-rows.json"_qs << u"\"rows\""_qs;
}

void TestCalendarService::badImportChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    QVERIFY(m_service->importRows(actor(Role::Admin), fixture("published-2025-2026.json")).ok());
    CalendarRepository repo(*m_db);
    const Result<QList<CalendarDay>> before = repo.all();
    QVERIFY(before.ok());
    const int auditsBefore = auditCount(u"calendar.import"_qs);

    const QByteArray bad = readFile(QStringLiteral(MOTCUA_TEST_DATA "/calendar/") + file);
    QVERIFY(!bad.isEmpty());
    const Status s = m_service->importRows(actor(Role::Admin), bad);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::BadInput);
    const QStringList parts = mentions.split(QLatin1Char('|'));
    for (const QString& part : parts)
        QVERIFY2(s.error().message.contains(part), qPrintable(s.error().message));

    const Result<QList<CalendarDay>> after = repo.all();
    QVERIFY(after.ok());
    QCOMPARE(*after, *before);
    QCOMPARE(auditCount(u"calendar.import"_qs), auditsBefore);
}

void TestCalendarService::unconfirmedYearStillSkipsTet()
{
    // Only 2026 is confirmed; an appointment running into 2027 still skips the proposed
    // Tết 2027 (Fri 5 – Tue 9 Feb, compensatory Wed 10 and Thu 11 Feb).
    QVERIFY(m_service->confirmYear(actor(Role::Admin), 2026, HolidayProposer::propose(2026)).ok());
    const Appointment a = m_service->due(at("2027-02-04T10:00:00+07:00"), 2, TimeUnit::WorkingDays);
    QCOMPARE(a.at.toString(Qt::ISODate), u"2027-02-15T10:00:00+07:00"_qs);
    QVERIFY2(a.rule.contains(u"Tết Nguyên đán"_qs), qPrintable(a.rule));

    // A confirmed year without Tết rows (a bad confirmation) is taken as confirmed: the
    // proposal no longer applies to it.
    QVERIFY(m_service->confirmYear(actor(Role::Admin), 2027, {{QDate(2027, 1, 1), DayKind::Holiday, u"x"_qs}}).ok());
    QCOMPARE(m_service->due(at("2027-02-04T10:00:00+07:00"), 2, TimeUnit::WorkingDays).at.toString(Qt::ISODate),
             u"2027-02-08T10:00:00+07:00"_qs);
}

void TestCalendarService::workingHours()
{
    const Result<WorkSchedule> initial = m_service->schedule();
    QVERIFY(initial.ok());
    QCOMPARE(*initial, WorkSchedule::defaults());

    WorkSchedule s;
    s.periods = {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}};
    s.weekendDays = {Qt::Sunday};
    const Status set = m_service->setWorkingHours(actor(Role::Admin), s);
    QVERIFY2(set.ok(), qPrintable(set.error().message));
    QCOMPARE(*m_service->schedule(), s);
    QCOMPARE(m_service->calendar().schedule(), s);
    QCOMPARE(auditCount(u"calendar.hours"_qs), 1);

    Statement& st = m_db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'calendar.hours'"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), u"08:00-12:00,13:00-17:00"_qs);
    st.reset();

    WorkSchedule bad = s;
    bad.periods = {{QTime(13, 0), QTime(12, 0)}};
    const Status refused = m_service->setWorkingHours(actor(Role::Admin), bad);
    QCOMPARE(refused.error().code, Error::BadInput);
    QCOMPARE(*m_service->schedule(), s);
    QCOMPARE(auditCount(u"calendar.hours"_qs), 1);
}

void TestCalendarService::storedScheduleDrivesAppointments()
{
    WorkSchedule s;
    s.periods = {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}};
    s.weekendDays = {Qt::Sunday};
    QVERIFY(m_service->setWorkingHours(actor(Role::Admin), s).ok());
    // Saturday works under this schedule: Fri 6 Mar 2026 12:30 (lunch) + 1 day → Sat 12:00 (time ending at a period end
    // stays there).
    const Appointment a = m_service->due(at("2026-03-06T12:30:00+07:00"), 1, TimeUnit::WorkingDays);
    QCOMPARE(a.at.toString(Qt::ISODate), u"2026-03-07T12:00:00+07:00"_qs);
}

void TestCalendarService::jsonRoundTrip()
{
    const QList<CalendarDay> rows = HolidayProposer::propose(2027);
    const Result<QList<CalendarDay>> parsed = CalendarService::parseRows(CalendarService::toJson(rows));
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, rows);
}

QTEST_GUILESS_MAIN(TestCalendarService)
#include "test_calendarservice.moc"
