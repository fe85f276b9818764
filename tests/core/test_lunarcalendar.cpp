#include "core/LunarCalendar.h"

#include <QTest>

using namespace motcua;

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newYear_data();
    void newYear();
    void hungKings_data();
    void hungKings();
    void leapMonth_data();
    void leapMonth();
    void fromSolar_data();
    void fromSolar();
    void nonexistentDates();
    void wholeRangeIsConsistent();
};

void TestLunarCalendar::newYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("tet");
    QTest::newRow("2000") << 2000 << QDate(2000, 2, 5);
    // UTC+7 puts the 2007 new moon on 17 Feb; China (UTC+8) celebrated on 18 Feb.
    QTest::newRow("2007 Vietnam, not China") << 2007 << QDate(2007, 2, 17);
    QTest::newRow("2020") << 2020 << QDate(2020, 1, 25);
    QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
    QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
    QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
    QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
    QTest::newRow("2027") << 2027 << QDate(2027, 2, 6);
    QTest::newRow("2100 by the algorithm") << 2100 << QDate(2100, 2, 9);
}

void TestLunarCalendar::newYear()
{
    QFETCH(int, year);
    QFETCH(QDate, tet);
    QCOMPARE(LunarCalendar::newYear(year), tet);
    QCOMPARE(LunarCalendar::fromSolar(tet), (LunarDate{1, 1, year, false}));
    // The day before Tết is the last day (29 or 30) of month 12 of the previous year.
    const LunarDate eve = LunarCalendar::fromSolar(tet.addDays(-1));
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, year - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::hungKings_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("date");
    QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 26);
}

void TestLunarCalendar::hungKings()
{
    QFETCH(int, year);
    QFETCH(QDate, date);
    QCOMPARE(LunarCalendar::toSolar({10, 3, year, false}), date);
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("leap");
    QTest::newRow("2020: leap 4") << 2020 << 4;
    QTest::newRow("2023: leap 2") << 2023 << 2;
    QTest::newRow("2024: none") << 2024 << 0;
    QTest::newRow("2025: leap 6") << 2025 << 6;
    QTest::newRow("2026: none") << 2026 << 0;
    QTest::newRow("2028: leap 5") << 2028 << 5;
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, year);
    QFETCH(int, leap);
    QCOMPARE(LunarCalendar::leapMonth(year), leap);
}

void TestLunarCalendar::fromSolar_data()
{
    QTest::addColumn<QDate>("solar");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::newRow("leap month 2 of 2023 begins") << QDate(2023, 3, 22) << 1 << 2 << 2023 << true;
    QTest::newRow("regular month 2 of 2023") << QDate(2023, 2, 20) << 1 << 2 << 2023 << false;
    QTest::newRow("leap month 6 of 2025 begins") << QDate(2025, 7, 25) << 1 << 6 << 2025 << true;
    QTest::newRow("mid-autumn 2025") << QDate(2025, 10, 6) << 15 << 8 << 2025 << false;
    QTest::newRow("last day of Giáp Thìn") << QDate(2025, 1, 28) << 29 << 12 << 2024 << false;
    // The mean-month estimate points at the next new moon here (a naive port yields day 0).
    QTest::newRow("30th day before a late new moon") << QDate(2054, 5, 7) << 30 << 3 << 2054 << false;
    QTest::newRow("1 Jan 2000 is in lunar 1999") << QDate(2000, 1, 1) << 25 << 11 << 1999 << false;
}

void TestLunarCalendar::fromSolar()
{
    QFETCH(QDate, solar);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    const LunarDate expected{day, month, year, leap};
    QCOMPARE(LunarCalendar::fromSolar(solar), expected);
    QCOMPARE(LunarCalendar::toSolar(expected), solar);
}

void TestLunarCalendar::nonexistentDates()
{
    // 2025 has no leap month 3; month 12 of 2024 (lunar) has 29 days.
    QVERIFY(!LunarCalendar::toSolar({1, 3, 2025, true}).isValid());
    QVERIFY(!LunarCalendar::toSolar({30, 12, 2024, false}).isValid());
    QVERIFY(!LunarCalendar::toSolar({1, 13, 2025, false}).isValid());
    QVERIFY(!LunarCalendar::fromSolar(QDate(1800, 1, 1)).isValid());
    QVERIFY(!LunarCalendar::fromSolar(QDate()).isValid());
}

void TestLunarCalendar::wholeRangeIsConsistent()
{
    // Every day of 2000–2100 converts back to itself, and consecutive days advance the lunar
    // date by one day or start a new month of 29 or 30 days.
    LunarDate previous = LunarCalendar::fromSolar(QDate(1999, 12, 31));
    QVERIFY(previous.isValid());
    for (QDate d(2000, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const LunarDate l = LunarCalendar::fromSolar(d);
        QVERIFY2(l.isValid(), qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(LunarCalendar::toSolar(l), d);
        if (l.day == 1) {
            QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(d.toString(Qt::ISODate)));
            if (l.leap)
                QCOMPARE(l.month, previous.month);
            else if (l.month == 1)
                QCOMPARE(l.year, previous.year + 1);
            else
                QCOMPARE(l.month, previous.month + 1);
        } else {
            QCOMPARE(l.day, previous.day + 1);
            QCOMPARE(l.month, previous.month);
            QCOMPARE(l.leap, previous.leap);
        }
        if (l.day == 1 && l.month == 1 && !l.leap) // Tết always falls between 21 Jan and 20 Feb
            QVERIFY2(d >= QDate(d.year(), 1, 21) && d <= QDate(d.year(), 2, 20), qPrintable(d.toString(Qt::ISODate)));
        previous = l;
    }
}

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "test_lunarcalendar.moc"
