#pragma once

#include <QDate>

namespace motcua {

// A date of the Vietnamese lunisolar calendar (âm lịch). `leap` marks the intercalary
// month (tháng nhuận) that repeats `month`.
struct LunarDate
{
    int day = 0;   // 1..30
    int month = 0; // 1..12
    int year = 0;  // the lunar year, named after the solar year its Tết falls in
    bool leap = false;

    bool isValid() const { return day >= 1 && day <= 30 && month >= 1 && month <= 12 && year != 0; }
    bool operator==(const LunarDate& o) const
    {
        return day == o.day && month == o.month && year == o.year && leap == o.leap;
    }
    bool operator!=(const LunarDate& o) const { return !(*this == o); }
};

// The Vietnamese lunar calendar, computed astronomically for UTC+7 (Hồ Ngọc Đức's
// algorithm: mean new moons corrected by the main periodic terms, sun longitude for the
// solar terms). Vietnam and China use the same rules but different meridians (UTC+7 vs
// UTC+8), so some years differ (Tết 1985, 2007); only the UTC+7 reckoning is used here.
// Supported and tested for the solar years 2000–2100; holidays need no other range.
class LunarCalendar
{
public:
    static constexpr int kFirstYear = 2000;
    static constexpr int kLastYear = 2100;

    // Lunar date of a solar date; invalid LunarDate when the date is outside the range.
    static LunarDate fromSolar(const QDate& date);
    // Solar date of a lunar date; invalid QDate when that lunar date does not exist
    // (a leap flag on a month that is not the leap month, day 30 of a 29-day month) or
    // is outside the range.
    static QDate toSolar(const LunarDate& date);
    // The leap month of a lunar year (1..12), 0 when the year has none.
    static int leapMonth(int lunarYear);
    // Solar date of Tết (1/1 lunar) of a year.
    static QDate newYear(int lunarYear) { return toSolar({1, 1, lunarYear, false}); }
};

} // namespace motcua
