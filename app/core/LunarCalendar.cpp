#include "core/LunarCalendar.h"

#include <cmath>

namespace motcua {

// Hồ Ngọc Đức's conversion ("Computing the Vietnamese lunar calendar"), with the same
// constants; day numbers are Julian day numbers, which QDate provides for the Gregorian
// calendar. The rules of the Vietnamese calendar:
//  - a month starts on the day (in UTC+7) of an astronomical new moon;
//  - month 11 is the month containing the winter solstice;
//  - when 13 new moons fall between two months 11, the first month of that span without a
//    major solar term (trung khí) is the leap month and repeats the previous number.
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTimeZone = 7.0; // UTC+7
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoonEpoch = 2415021.076998695; // the new moon of 1 Jan 1900
// Conversions are computed for 1900–2199: wider than the supported 2000–2100 so that the
// neighbouring lunar years of the range's ends are right.
const QDate kMin(1900, 1, 1);
const QDate kMax(2199, 12, 31);

qint64 floorInt(double x)
{
    return static_cast<qint64>(std::floor(x));
}

// Julian day of the k-th new moon after the epoch (Meeus, "Astronomical Algorithms",
// reduced to the terms that matter at the precision of a day).
double newMoon(qint64 k)
{
    const double T = static_cast<double>(k) / 1236.85;
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = kPi / 180;
    const double kd = static_cast<double>(k);
    double jd1 = 2415020.75933 + 29.53058868 * kd + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 = jd1 + 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * kd - 0.0000333 * T2 - 0.00000347 * T3;
    const double Mpr = 306.0253 + 385.81691806 * kd + 0.0107306 * T2 + 0.00001236 * T3;
    const double F = 21.2964 + 390.67050646 * kd - 0.0016528 * T2 - 0.00000239 * T3;
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    double deltaT;
    if (T < -11)
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    else
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltaT;
}

// Apparent longitude of the sun, radians in [0, 2π), at Julian day `jdn` (UT).
double sunLongitude(double jdn)
{
    const double T = (jdn - 2451545.0) / 36525;
    const double T2 = T * T;
    const double dr = kPi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL = DL + (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;
    L = L - kPi * 2 * std::floor(L / (kPi * 2));
    return L;
}

// Day number (local midnight in UTC+7) of the k-th new moon.
qint64 newMoonDay(qint64 k)
{
    return floorInt(newMoon(k) + 0.5 + kTimeZone / 24);
}

// Index 0..11 of the 30° sector the sun is in at the start of local day `dayNumber`;
// sector 9 begins at the winter solstice (270°).
int sunSector(qint64 dayNumber)
{
    return static_cast<int>(floorInt(sunLongitude(static_cast<double>(dayNumber) - 0.5 - kTimeZone / 24) / kPi * 6));
}

// Day number of the start of the month 11 that contains the winter solstice of `year`.
qint64 lunarMonth11(int year)
{
    const qint64 off = QDate(year, 12, 31).toJulianDay() - 2415021;
    const qint64 k = floorInt(static_cast<double>(off) / kSynodicMonth);
    qint64 nm = newMoonDay(k);
    if (sunSector(nm) >= 9) // the new moon falls after the solstice: month 11 began a month earlier
        nm = newMoonDay(k - 1);
    return nm;
}

// Offset (in months after month 11 starting at a11) of the leap month: the first month
// in which no major solar term begins.
int leapMonthOffset(qint64 a11)
{
    const qint64 k = floorInt((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i));
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
}

} // namespace

LunarDate LunarCalendar::fromSolar(const QDate& date)
{
    if (!date.isValid() || date < kMin || date > kMax)
        return {};
    const qint64 dayNumber = date.toJulianDay();
    qint64 k = floorInt((static_cast<double>(dayNumber) - kNewMoonEpoch) / kSynodicMonth);
    // The mean-month estimate of k can be one off where the true new moon strays far from
    // the mean one (the published algorithm then yields "day 0", e.g. on 7 May 2054): settle
    // on the last new moon not after the day.
    while (newMoonDay(k) > dayNumber)
        --k;
    while (newMoonDay(k + 1) <= dayNumber)
        ++k;
    const qint64 monthStart = newMoonDay(k);
    const int yy = date.year();
    qint64 a11 = lunarMonth11(yy);
    qint64 b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
        lunarYear = yy;
        a11 = lunarMonth11(yy - 1);
    } else {
        lunarYear = yy + 1;
        b11 = lunarMonth11(yy + 1);
    }
    LunarDate out;
    out.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>(floorInt(static_cast<double>(monthStart - a11) / 29));
    out.month = diff + 11;
    if (b11 - a11 > 365) { // 13 months between the two months 11: one of them is a leap month
        const int leapDiff = leapMonthOffset(a11);
        if (diff >= leapDiff) {
            out.month = diff + 10;
            out.leap = diff == leapDiff;
        }
    }
    if (out.month > 12)
        out.month -= 12;
    if (out.month >= 11 && diff < 4)
        lunarYear -= 1;
    out.year = lunarYear;
    return out;
}

QDate LunarCalendar::toSolar(const LunarDate& date)
{
    if (!date.isValid() || date.year < kMin.year() || date.year > kMax.year())
        return {};
    qint64 a11;
    qint64 b11;
    if (date.month < 11) {
        a11 = lunarMonth11(date.year - 1);
        b11 = lunarMonth11(date.year);
    } else {
        a11 = lunarMonth11(date.year);
        b11 = lunarMonth11(date.year + 1);
    }
    const qint64 k = floorInt(0.5 + (static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth);
    int off = date.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (date.leap && date.month != leapMonth)
            return {};
        if (date.leap || off >= leapOff)
            off += 1;
    } else if (date.leap) {
        return {};
    }
    const qint64 monthStart = newMoonDay(k + off);
    const qint64 nextMonthStart = newMoonDay(k + off + 1);
    if (date.day > nextMonthStart - monthStart) // day 30 of a 29-day month
        return {};
    const QDate out = QDate::fromJulianDay(monthStart + date.day - 1);
    if (out < kMin || out > kMax)
        return {};
    return out;
}

int LunarCalendar::leapMonth(int lunarYear)
{
    for (int m = 1; m <= 12; ++m) {
        if (toSolar({1, m, lunarYear, true}).isValid())
            return m;
    }
    return 0;
}

} // namespace motcua
