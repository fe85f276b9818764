#include "core/Clock.h"
#include "core/WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The published 2025 and 2026 rows (holidays.json shape), read without the service layer.
QList<CalendarDay> publishedRows()
{
    QFile f(QStringLiteral(MOTCUA_TEST_DATA "/calendar/published-2025-2026.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<CalendarDay> rows;
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rows")).toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        CalendarDay d;
        d.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!dayKindFromKey(o.value(QStringLiteral("kind")).toString(), &d.kind))
            return {};
        d.name = o.value(QStringLiteral("name")).toString();
        rows.append(d);
    }
    return rows;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void workingDays_data();
    void workingDays();
    void workingTime_data();
    void workingTime();
    void countingStart_data();
    void countingStart();
    void due_data();
    void due();
    void ruleText();
    void workingSecondsBetween_data();
    void workingSecondsBetween();
    void supplementPause_data();
    void supplementPause();
    void customSchedule();
    void scheduleText_data();
    void scheduleText();
    void invalidInputs();

private:
    WorkCalendar m_cal;
};

void TestWorkCalendar::initTestCase()
{
    const QList<CalendarDay> rows = publishedRows();
    QCOMPARE(rows.size(), 34);
    m_cal.setDays(rows);
}

void TestWorkCalendar::defaults()
{
    const WorkCalendar plain;
    QCOMPARE(plain.workingDaySeconds(), 8 * 3600);
    QCOMPARE(plain.schedule(), WorkSchedule::defaults());
    QCOMPARE(plain.schedule().weekendDays, (QList<int>{6, 7}));
    QVERIFY(plain.days().isEmpty());
}

void TestWorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Monday") << QDate(2026, 3, 9) << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("Tết 2026, Tuesday") << QDate(2026, 2, 17) << false;
    QTest::newRow("swapped Monday 27 Jan 2025 off") << QDate(2025, 1, 27) << false;
    QTest::newRow("swapped Saturday 8 Feb 2025 worked") << QDate(2025, 2, 8) << true;
    QTest::newRow("Hùng Kings compensatory 27 Apr 2026") << QDate(2026, 4, 27) << false;
}

void TestWorkCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(m_cal.isWorkingDay(date), working);
}

void TestWorkCalendar::workingTime_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<bool>("working");
    QTest::newRow("opening 07:00") << at("2026-03-05T07:00:00+07:00") << true;
    QTest::newRow("06:59:59") << at("2026-03-05T06:59:59+07:00") << false;
    QTest::newRow("11:29:59") << at("2026-03-05T11:29:59+07:00") << true;
    QTest::newRow("lunch 11:30") << at("2026-03-05T11:30:00+07:00") << false;
    QTest::newRow("13:30") << at("2026-03-05T13:30:00+07:00") << true;
    QTest::newRow("closing 17:00") << at("2026-03-05T17:00:00+07:00") << false;
    QTest::newRow("UTC input 03:00Z = 10:00") << at("2026-03-05T03:00:00Z") << true;
    QTest::newRow("UTC input 10:30Z = 17:30") << at("2026-03-05T10:30:00Z") << false;
    QTest::newRow("Saturday 10:00") << at("2026-03-07T10:00:00+07:00") << false;
    QTest::newRow("swapped Saturday 10:00") << at("2025-02-08T10:00:00+07:00") << true;
}

void TestWorkCalendar::workingTime()
{
    QFETCH(QDateTime, t);
    QFETCH(bool, working);
    QCOMPARE(m_cal.isWorkingTime(t), working);
}

void TestWorkCalendar::countingStart_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in hours") << at("2026-03-05T09:10:00+07:00") << QString() << u"2026-03-05T09:10:00+07:00"_qs;
    QTest::newRow("before opening") << at("2026-03-05T06:15:00+07:00") << QString() << u"2026-03-05T07:00:00+07:00"_qs;
    QTest::newRow("at lunch") << at("2026-03-05T12:00:00+07:00") << QString() << u"2026-03-05T13:30:00+07:00"_qs;
    QTest::newRow("after closing") << at("2026-03-05T18:30:00+07:00") << QString() << u"2026-03-06T07:00:00+07:00"_qs;
    QTest::newRow("Friday evening") << at("2026-03-06T17:00:00+07:00") << QString() << u"2026-03-09T07:00:00+07:00"_qs;
    QTest::newRow("Saturday") << at("2026-03-07T09:00:00+07:00") << QString() << u"2026-03-09T07:00:00+07:00"_qs;
    QTest::newRow("Tết") << at("2026-02-17T09:00:00+07:00") << QString() << u"2026-02-23T07:00:00+07:00"_qs;
    QTest::newRow("cutoff passed") << at("2026-03-05T15:30:00+07:00") << u"15:00"_qs << u"2026-03-06T07:00:00+07:00"_qs;
    QTest::newRow("at the cutoff") << at("2026-03-05T15:00:00+07:00") << u"15:00"_qs << u"2026-03-06T07:00:00+07:00"_qs;
    QTest::newRow("before cutoff") << at("2026-03-05T14:59:00+07:00") << u"15:00"_qs << u"2026-03-05T14:59:00+07:00"_qs;
    QTest::newRow("cutoff on Friday") << at("2026-03-06T16:00:00+07:00") << u"15:00"_qs
                                      << u"2026-03-09T07:00:00+07:00"_qs;
    QTest::newRow("UTC late evening is next day in Vietnam")
        << at("2026-03-05T18:00:00Z") << QString() << u"2026-03-06T07:00:00+07:00"_qs;
}

void TestWorkCalendar::countingStart()
{
    QFETCH(QDateTime, received);
    QFETCH(QString, cutoff);
    QFETCH(QString, expected);
    std::optional<QTime> c;
    if (!cutoff.isEmpty())
        c = QTime::fromString(cutoff, u"HH:mm"_qs);
    const QDateTime start = m_cal.countingStart(received, c);
    QCOMPARE(start.toString(Qt::ISODate), expected);
    QCOMPARE(start.offsetFromUtc(), 7 * 3600);
}

void TestWorkCalendar::due_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<double>("value");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("expected");
    const TimeUnit days = TimeUnit::WorkingDays;
    const TimeUnit hours = TimeUnit::WorkingHours;
    const TimeUnit calendar = TimeUnit::CalendarDays;

    QTest::newRow("reference: 5 days across Tết 2026")
        << at("2026-02-13T15:00:00+07:00") << 5.0 << days << QString() << u"2026-02-27T15:00:00+07:00"_qs;
    QTest::newRow("reference given in UTC")
        << at("2026-02-13T08:00:00Z") << 5.0 << days << QString() << u"2026-02-27T15:00:00+07:00"_qs;
    QTest::newRow("across a weekend") << at("2026-03-05T10:00:00+07:00") << 2.0 << days << QString()
                                      << u"2026-03-09T10:00:00+07:00"_qs;
    QTest::newRow("after hours: next morning")
        << at("2026-03-05T18:30:00+07:00") << 1.0 << days << QString() << u"2026-03-06T17:00:00+07:00"_qs;
    QTest::newRow("at lunch: half a day from 13:30")
        << at("2026-03-05T12:00:00+07:00") << 0.5 << days << QString() << u"2026-03-06T07:30:00+07:00"_qs;
    QTest::newRow("before opening: 4 hours")
        << at("2026-03-05T06:15:00+07:00") << 4.0 << hours << QString() << u"2026-03-05T11:00:00+07:00"_qs;
    QTest::newRow("hours across lunch") << at("2026-03-05T10:00:00+07:00") << 3.0 << hours << QString()
                                        << u"2026-03-05T15:00:00+07:00"_qs;
    QTest::newRow("hours ending at closing stay on the day")
        << at("2026-03-05T15:00:00+07:00") << 2.0 << hours << QString() << u"2026-03-05T17:00:00+07:00"_qs;
    QTest::newRow("hours, input in UTC") << at("2026-03-05T03:00:00Z") << 3.0 << hours << QString()
                                         << u"2026-03-05T15:00:00+07:00"_qs;
    QTest::newRow("cutoff passed") << at("2026-03-05T15:30:00+07:00") << 1.0 << days << u"15:00"_qs
                                   << u"2026-03-06T17:00:00+07:00"_qs;
    QTest::newRow("same time without cutoff")
        << at("2026-03-05T15:30:00+07:00") << 1.0 << days << QString() << u"2026-03-06T15:30:00+07:00"_qs;
    QTest::newRow("received on Saturday")
        << at("2026-03-07T09:00:00+07:00") << 1.0 << days << QString() << u"2026-03-09T17:00:00+07:00"_qs;
    QTest::newRow("received during Tết") << at("2026-02-17T09:00:00+07:00") << 1.0 << days << QString()
                                         << u"2026-02-23T17:00:00+07:00"_qs;
    QTest::newRow("fractional 1.5 days") << at("2026-03-05T07:00:00+07:00") << 1.5 << days << QString()
                                         << u"2026-03-06T11:00:00+07:00"_qs;
    QTest::newRow("swapped Saturday 8 Feb 2025 is worked")
        << at("2025-02-07T10:00:00+07:00") << 1.0 << days << QString() << u"2025-02-08T10:00:00+07:00"_qs;
    QTest::newRow("Tết 2025 with the swapped Monday")
        << at("2025-01-24T15:00:00+07:00") << 2.0 << days << QString() << u"2025-02-04T15:00:00+07:00"_qs;
    QTest::newRow("30 Apr – 1 May 2025 with the swapped Friday")
        << at("2025-04-29T10:00:00+07:00") << 2.0 << days << QString() << u"2025-05-06T10:00:00+07:00"_qs;
    QTest::newRow("Hùng Kings 2026 compensatory Monday")
        << at("2026-04-24T09:00:00+07:00") << 1.0 << days << QString() << u"2026-04-28T09:00:00+07:00"_qs;
    QTest::newRow("calendar days, plain")
        << at("2026-03-03T09:00:00+07:00") << 3.0 << calendar << QString() << u"2026-03-06T09:00:00+07:00"_qs;
    QTest::newRow("calendar days landing on Saturday")
        << at("2026-03-04T10:00:00+07:00") << 3.0 << calendar << QString() << u"2026-03-09T10:00:00+07:00"_qs;
    QTest::newRow("calendar days landing on Tết")
        << at("2026-02-09T09:00:00+07:00") << 7.0 << calendar << QString() << u"2026-02-23T09:00:00+07:00"_qs;
    QTest::newRow("calendar days counted from the next morning")
        << at("2026-03-05T18:00:00+07:00") << 1.0 << calendar << QString() << u"2026-03-09T07:00:00+07:00"_qs;
    QTest::newRow("half a calendar day clamped to opening")
        << at("2026-03-05T15:00:00+07:00") << 0.5 << calendar << QString() << u"2026-03-06T07:00:00+07:00"_qs;
    QTest::newRow("quarter calendar day clamped to closing")
        << at("2026-03-05T15:00:00+07:00") << 0.125 << calendar << QString() << u"2026-03-05T17:00:00+07:00"_qs;
    QTest::newRow("zero days: the counting start")
        << at("2026-03-05T12:00:00+07:00") << 0.0 << days << QString() << u"2026-03-05T13:30:00+07:00"_qs;
}

void TestWorkCalendar::due()
{
    QFETCH(QDateTime, received);
    QFETCH(double, value);
    QFETCH(TimeUnit, unit);
    QFETCH(QString, cutoff);
    QFETCH(QString, expected);
    std::optional<QTime> c;
    if (!cutoff.isEmpty())
        c = QTime::fromString(cutoff, u"HH:mm"_qs);
    const Appointment a = m_cal.due(received, value, unit, c);
    QCOMPARE(a.at.toString(Qt::ISODate), expected);
    QCOMPARE(a.at.offsetFromUtc(), 7 * 3600);
    QVERIFY(!a.rule.isEmpty());
}

void TestWorkCalendar::ruleText()
{
    const Appointment tet = m_cal.due(at("2026-02-13T15:00:00+07:00"), 5, TimeUnit::WorkingDays);
    QVERIFY2(tet.rule.startsWith(u"5 working days from 13/02/2026 15:00"_qs), qPrintable(tet.rule));
    QVERIFY2(tet.rule.contains(u"Tết Nguyên đán 14/02\u201322/02"_qs), qPrintable(tet.rule));

    const Appointment late = m_cal.due(at("2026-03-05T18:30:00+07:00"), 1, TimeUnit::WorkingDays);
    QVERIFY2(late.rule.contains(u"from 06/03/2026 07:00"_qs), qPrintable(late.rule));
    QVERIFY2(late.rule.contains(u"outside working hours"_qs), qPrintable(late.rule));

    const Appointment cut = m_cal.due(at("2026-03-05T15:30:00+07:00"), 1, TimeUnit::WorkingDays, QTime(15, 0));
    QVERIFY2(cut.rule.contains(u"15:00 cutoff"_qs), qPrintable(cut.rule));

    const Appointment weekend = m_cal.due(at("2026-03-05T10:00:00+07:00"), 2, TimeUnit::WorkingDays);
    QVERIFY2(weekend.rule.contains(u"skipped: weekend"_qs), qPrintable(weekend.rule));

    const Appointment swapped = m_cal.due(at("2025-02-06T10:00:00+07:00"), 3, TimeUnit::WorkingDays);
    QCOMPARE(swapped.at.toString(Qt::ISODate), u"2025-02-10T10:00:00+07:00"_qs);
    QVERIFY2(swapped.rule.contains(u"08/02"_qs), qPrintable(swapped.rule));

    const Appointment moved = m_cal.due(at("2026-02-09T09:00:00+07:00"), 7, TimeUnit::CalendarDays);
    QVERIFY2(moved.rule.contains(u"16/02/2026"_qs) && moved.rule.contains(u"23/02/2026"_qs), qPrintable(moved.rule));
}

void TestWorkCalendar::workingSecondsBetween_data()
{
    QTest::addColumn<QDateTime>("a");
    QTest::addColumn<QDateTime>("b");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("same instant") << at("2026-03-05T10:00:00+07:00") << at("2026-03-05T10:00:00+07:00") << qint64(0);
    QTest::newRow("across lunch") << at("2026-03-05T10:00:00+07:00") << at("2026-03-05T15:00:00+07:00")
                                  << qint64(3 * 3600);
    QTest::newRow("inside lunch") << at("2026-03-05T11:45:00+07:00") << at("2026-03-05T13:15:00+07:00") << qint64(0);
    QTest::newRow("over a weekend") << at("2026-03-06T16:00:00+07:00") << at("2026-03-09T08:00:00+07:00")
                                    << qint64(2 * 3600);
    QTest::newRow("across Tết 2026") << at("2026-02-13T15:00:00+07:00") << at("2026-02-27T15:00:00+07:00")
                                     << qint64(40 * 3600);
    QTest::newRow("mixed time zones") << at("2026-03-05T03:00:00Z") << at("2026-03-05T15:00:00+07:00")
                                      << qint64(3 * 3600);
    QTest::newRow("a whole 2025 year") << at("2025-01-01T00:00:00+07:00") << at("2026-01-01T00:00:00+07:00")
                                       << qint64((261 - 12 + 2) * 8 * 3600);
}

void TestWorkCalendar::workingSecondsBetween()
{
    QFETCH(QDateTime, a);
    QFETCH(QDateTime, b);
    QFETCH(qint64, seconds);
    QCOMPARE(m_cal.workingSecondsBetween(a, b), seconds);
    QCOMPARE(m_cal.workingSecondsBetween(b, a), -seconds); // antisymmetric
    if (m_cal.isWorkingTime(b) && seconds > 0)
        QCOMPARE(m_cal.addWorkingSeconds(a, seconds), toVietnam(b));
}

void TestWorkCalendar::supplementPause_data()
{
    QTest::addColumn<QDateTime>("appointment");
    QTest::addColumn<QDateTime>("pausedAt");
    QTest::addColumn<QDateTime>("resumedAt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pause across a weekend costs its working hours only")
        << at("2026-03-13T15:00:00+07:00") << at("2026-03-06T16:00:00+07:00") << at("2026-03-09T08:00:00+07:00")
        << u"2026-03-13T17:00:00+07:00"_qs;
    QTest::newRow("pause within a weekend costs nothing")
        << at("2026-03-13T15:00:00+07:00") << at("2026-03-07T10:00:00+07:00") << at("2026-03-08T10:00:00+07:00")
        << u"2026-03-13T15:00:00+07:00"_qs;
    QTest::newRow("a week's pause moves five working days")
        << at("2026-03-13T15:00:00+07:00") << at("2026-03-02T09:00:00+07:00") << at("2026-03-09T09:00:00+07:00")
        << u"2026-03-20T15:00:00+07:00"_qs;
    QTest::newRow("moved appointment skips Tết") << at("2026-02-12T10:00:00+07:00") << at("2026-02-02T07:00:00+07:00")
                                                 << at("2026-02-04T07:00:00+07:00") << u"2026-02-23T10:00:00+07:00"_qs;
    QTest::newRow("moved from closing time to the next morning")
        << at("2026-03-06T17:00:00+07:00") << at("2026-03-02T13:30:00+07:00") << at("2026-03-02T14:30:00+07:00")
        << u"2026-03-09T08:00:00+07:00"_qs;
}

void TestWorkCalendar::supplementPause()
{
    QFETCH(QDateTime, appointment);
    QFETCH(QDateTime, pausedAt);
    QFETCH(QDateTime, resumedAt);
    QFETCH(QString, expected);
    QCOMPARE(m_cal.extendForPause(appointment, pausedAt, resumedAt).toString(Qt::ISODate), expected);
}

void TestWorkCalendar::customSchedule()
{
    WorkSchedule s;
    QVERIFY(WorkSchedule::parsePeriods(u"08:00-12:00"_qs, &s.periods));
    s.weekendDays = {Qt::Sunday};
    WorkCalendar cal(s);
    QCOMPARE(cal.workingDaySeconds(), 4 * 3600);
    // One working day is the configured day, here 4 h; Saturday is a working day.
    QCOMPARE(cal.due(at("2026-03-06T10:00:00+07:00"), 1, TimeUnit::WorkingDays).at.toString(Qt::ISODate),
             u"2026-03-07T10:00:00+07:00"_qs);
    QCOMPARE(cal.due(at("2026-03-07T13:00:00+07:00"), 1, TimeUnit::WorkingDays).at.toString(Qt::ISODate),
             u"2026-03-09T12:00:00+07:00"_qs);

    QVERIFY(!cal.setWorkingPeriods({}));
    QVERIFY(!cal.setWorkingPeriods({{QTime(8, 0), QTime(12, 0)}, {QTime(11, 0), QTime(15, 0)}})); // overlap
    QVERIFY(!cal.setWorkingPeriods({{QTime(12, 0), QTime(8, 0)}}));                               // reversed
    QVERIFY(!cal.setWeekendDays({1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(!cal.setWeekendDays({0}));
    QCOMPARE(cal.workingDaySeconds(), 4 * 3600); // unchanged by the refused edits
    QVERIFY(cal.setWeekendDays({6, 7}));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 3, 7)));
}

void TestWorkCalendar::scheduleText_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("weekend");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"07:00-11:30,13:30-17:00"_qs << u"6,7"_qs << true;
    QTest::newRow("no weekend") << u"07:30-11:30, 13:00-17:00"_qs << u""_qs << true;
    QTest::newRow("overlap") << u"07:00-12:00,11:00-17:00"_qs << u"6,7"_qs << false;
    QTest::newRow("garbage hours") << u"seven to five"_qs << u"6,7"_qs << false;
    QTest::newRow("bad day") << u"07:00-11:30"_qs << u"6,8"_qs << false;
    QTest::newRow("all week off") << u"07:00-11:30"_qs << u"1,2,3,4,5,6,7"_qs << false;
}

void TestWorkCalendar::scheduleText()
{
    QFETCH(QString, hours);
    QFETCH(QString, weekend);
    QFETCH(bool, valid);
    QList<WorkPeriod> periods;
    QList<int> days;
    const bool ok = WorkSchedule::parsePeriods(hours, &periods) && WorkSchedule::parseWeekend(weekend, &days);
    QCOMPARE(ok, valid);
    if (ok) {
        QList<WorkPeriod> again;
        QVERIFY(WorkSchedule::parsePeriods(WorkSchedule::formatPeriods(periods), &again));
        QCOMPARE(again, periods);
        QList<int> daysAgain;
        QVERIFY(WorkSchedule::parseWeekend(WorkSchedule::formatWeekend(days), &daysAgain));
        QCOMPARE(daysAgain, days);
    }
}

void TestWorkCalendar::invalidInputs()
{
    QVERIFY(!m_cal.due(QDateTime(), 1, TimeUnit::WorkingDays).at.isValid());
    QVERIFY(!m_cal.due(at("2026-03-05T10:00:00+07:00"), -1, TimeUnit::WorkingDays).at.isValid());
    QVERIFY(!m_cal.countingStart(QDateTime()).isValid());
    QCOMPARE(m_cal.workingSecondsBetween(QDateTime(), at("2026-03-05T10:00:00+07:00")), qint64(0));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "test_workcalendar.moc"
