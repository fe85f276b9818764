#include "core/HolidayProposer.h"
#include "core/LunarCalendar.h"

#include <QSet>
#include <QTest>

using namespace motcua;

namespace {

std::optional<CalendarDay> find(const QList<CalendarDay>& rows, const QDate& date)
{
    for (const CalendarDay& d : rows) {
        if (d.date == date)
            return d;
    }
    return std::nullopt;
}

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

} // namespace

class TestHolidayProposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposal2026();
    void expectedRows_data();
    void expectedRows();
    void nationalDayCompanion_data();
    void nationalDayCompanion();
    void everyYearFollowsTheRules();
    void outOfRange();
    void otherWeekend();
};

void TestHolidayProposer::proposal2026()
{
    const QList<CalendarDay> rows = HolidayProposer::propose(2026);
    // Tết: 16–20 Feb 2026 (the published break 14–22 Feb with its two weekends).
    for (int day = 16; day <= 20; ++day) {
        const auto row = find(rows, QDate(2026, 2, day));
        QVERIFY2(row, qPrintable(QString::number(day)));
        QCOMPARE(row->kind, DayKind::Holiday);
        QCOMPARE(row->name, u"Tết Nguyên đán"_qs);
    }
    QVERIFY(!find(rows, QDate(2026, 2, 15)));
    QVERIFY(!find(rows, QDate(2026, 2, 21)));
    const auto hung = find(rows, QDate(2026, 4, 26));
    QVERIFY(hung);
    QCOMPARE(hung->name, u"Giỗ Tổ Hùng Vương"_qs);
    const auto comp = find(rows, QDate(2026, 4, 27));
    QVERIFY(comp);
    QCOMPARE(comp->kind, DayKind::Compensatory);
    QVERIFY(comp->name.startsWith(u"Nghỉ bù"_qs));
    QCOMPARE(find(rows, QDate(2026, 1, 1))->name, u"Tết Dương lịch"_qs);
    QCOMPARE(find(rows, QDate(2026, 4, 30))->name, u"Ngày Chiến thắng"_qs);
    QCOMPARE(find(rows, QDate(2026, 5, 1))->name, u"Ngày Quốc tế Lao động"_qs);
    QCOMPARE(find(rows, QDate(2026, 9, 2))->name, u"Quốc khánh"_qs);
    QCOMPARE(rows.size(), 12); // 11 statutory days + 1 compensatory
    // Sorted by date.
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).date < rows.at(i).date);
}

void TestHolidayProposer::expectedRows_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("kind"); // -1: no row
    const int holiday = static_cast<int>(DayKind::Holiday);
    const int comp = static_cast<int>(DayKind::Compensatory);
    // 2022: 30 Apr Sat, 1 May Sun → compensatory Mon 2 and Tue 3 May (as published).
    QTest::newRow("2022-05-02") << QDate(2022, 5, 2) << comp;
    QTest::newRow("2022-05-03") << QDate(2022, 5, 3) << comp;
    // 2023: 2 Sep Sat → Fri 1 Sep and compensatory Mon 4 Sep (break 1–4 Sep, as published).
    QTest::newRow("2023-09-01") << QDate(2023, 9, 1) << holiday;
    QTest::newRow("2023-09-04") << QDate(2023, 9, 4) << comp;
    // 2025: last day of the lunar year Tue 28 Jan; Tết Sat 1 Feb compensated Mon 3 Feb.
    QTest::newRow("2025-01-28") << QDate(2025, 1, 28) << holiday;
    QTest::newRow("2025-02-01") << QDate(2025, 2, 1) << holiday;
    QTest::newRow("2025-02-03") << QDate(2025, 2, 3) << comp;
    QTest::newRow("2025-04-07 Hùng Kings") << QDate(2025, 4, 7) << holiday;
    QTest::newRow("2025-01-27 not proposed") << QDate(2025, 1, 27) << -1;
    // 2027: Tết Sat 6 Feb; the 5 days 5–9 Feb with two weekend days → Wed 10, Thu 11.
    QTest::newRow("2027-02-05") << QDate(2027, 2, 5) << holiday;
    QTest::newRow("2027-02-10") << QDate(2027, 2, 10) << comp;
    QTest::newRow("2027-02-11") << QDate(2027, 2, 11) << comp;
    QTest::newRow("2027-02-12") << QDate(2027, 2, 12) << -1;
    QTest::newRow("2027-05-03") << QDate(2027, 5, 3) << comp;
}

void TestHolidayProposer::expectedRows()
{
    QFETCH(QDate, date);
    QFETCH(int, kind);
    const auto row = find(HolidayProposer::propose(date.year()), date);
    if (kind < 0) {
        QVERIFY(!row);
        return;
    }
    QVERIFY(row);
    QCOMPARE(static_cast<int>(row->kind), kind);
}

void TestHolidayProposer::nationalDayCompanion_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("companion");
    QTest::newRow("2021 Thu → Fri 3 Sep") << 2021 << QDate(2021, 9, 3);
    QTest::newRow("2022 Fri → Thu 1 Sep") << 2022 << QDate(2022, 9, 1);
    QTest::newRow("2023 Sat → Fri 1 Sep") << 2023 << QDate(2023, 9, 1);
    QTest::newRow("2024 Mon → Tue 3 Sep") << 2024 << QDate(2024, 9, 3);
    QTest::newRow("2025 Tue → Mon 1 Sep") << 2025 << QDate(2025, 9, 1);
    QTest::newRow("2026 Wed → Thu 3 Sep") << 2026 << QDate(2026, 9, 3);
    QTest::newRow("2029 Sun → Sat 1 Sep") << 2029 << QDate(2029, 9, 1);
}

void TestHolidayProposer::nationalDayCompanion()
{
    QFETCH(int, year);
    QFETCH(QDate, companion);
    QCOMPARE(HolidayProposer::nationalDayCompanion(year), companion);
    const auto row = find(HolidayProposer::propose(year), companion);
    QVERIFY(row);
    QCOMPARE(row->name, u"Quốc khánh"_qs);
}

void TestHolidayProposer::everyYearFollowsTheRules()
{
    for (int year = HolidayProposer::kFirstYear; year <= HolidayProposer::kLastYear; ++year) {
        const QList<CalendarDay> rows = HolidayProposer::propose(year);
        QSet<QDate> holidays;
        int onWeekend = 0;
        int compensatory = 0;
        for (const CalendarDay& d : rows) {
            QVERIFY(d.date.isValid());
            QCOMPARE(d.date.year(), year);
            QVERIFY(!d.name.isEmpty());
            if (d.kind == DayKind::Holiday) {
                holidays.insert(d.date);
                if (isWeekend(d.date))
                    ++onWeekend;
            } else {
                QCOMPARE(d.kind, DayKind::Compensatory);
                ++compensatory;
            }
        }
        QCOMPARE(holidays.size(), 11); // 1 + 5 + 1 + 1 + 1 + 2 (Art. 112)
        QCOMPARE(compensatory, onWeekend);
        for (const CalendarDay& d : rows) {
            if (d.kind == DayKind::Compensatory) // on a weekday that is not already off
                QVERIFY2(!isWeekend(d.date) && !holidays.contains(d.date), qPrintable(d.date.toString(Qt::ISODate)));
        }
        // Tết: the last day of the previous lunar year and 1–4 of month 1.
        const QDate tet = LunarCalendar::newYear(year);
        for (int i = -1; i <= 3; ++i)
            QVERIFY(holidays.contains(tet.addDays(i)));
        QVERIFY(holidays.contains(LunarCalendar::toSolar({10, 3, year, false})));
    }
}

void TestHolidayProposer::outOfRange()
{
    QVERIFY(HolidayProposer::propose(1999).isEmpty());
    QVERIFY(HolidayProposer::propose(2101).isEmpty());
    QVERIFY(!HolidayProposer::propose(2100).isEmpty());
}

void TestHolidayProposer::otherWeekend()
{
    // With only Sunday off, Hùng Kings on Sun 26 Apr 2026 is compensated on Monday, and
    // Tết 2027 (Sat 6, Sun 7 Feb) needs one compensatory day only.
    const QList<CalendarDay> rows = HolidayProposer::propose(2027, {Qt::Sunday});
    int compensatory = 0;
    for (const CalendarDay& d : rows)
        compensatory += d.kind == DayKind::Compensatory && d.date.month() == 2 ? 1 : 0;
    QCOMPARE(compensatory, 1);
    QCOMPARE(find(rows, QDate(2027, 2, 10))->kind, DayKind::Compensatory);
}

QTEST_GUILESS_MAIN(TestHolidayProposer)
#include "test_holidayproposer.moc"
