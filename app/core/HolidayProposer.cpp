#include "core/HolidayProposer.h"

#include "core/LunarCalendar.h"

#include <QSet>

#include <algorithm>

namespace motcua {

// Holiday names are data in Vietnamese, as published, not user-interface text.
QDate HolidayProposer::nationalDayCompanion(int year)
{
    const QDate national(year, 9, 2);
    switch (national.dayOfWeek()) {
    case Qt::Tuesday:  // Mon 1 Sep joins the weekend before
    case Qt::Friday:   // Thu 1 Sep: a Thu–Sun break (2022)
    case Qt::Saturday: // Fri 1 Sep joins the weekend (2023)
    case Qt::Sunday:   // Sat 1 Sep, compensated with 2 Sep on the following Mon and Tue
        return QDate(year, 9, 1);
    default: // Mon: Tue 3 Sep (2024); Wed, Thu: 3 Sep joins or nears the weekend after
        return QDate(year, 9, 3);
    }
}

QList<CalendarDay> HolidayProposer::propose(int year, const QList<int>& weekendDays)
{
    if (year < kFirstYear || year > kLastYear)
        return {};
    const QDate tet = LunarCalendar::newYear(year);
    const QDate hungKings = LunarCalendar::toSolar({10, 3, year, false});
    if (!tet.isValid() || !hungKings.isValid())
        return {};

    QList<CalendarDay> rows;
    rows.append({QDate(year, 1, 1), DayKind::Holiday, QStringLiteral("Tết Dương lịch")});
    for (int i = -1; i <= 3; ++i)
        rows.append({tet.addDays(i), DayKind::Holiday, QStringLiteral("Tết Nguyên đán")});
    rows.append({hungKings, DayKind::Holiday, QStringLiteral("Giỗ Tổ Hùng Vương")});
    rows.append({QDate(year, 4, 30), DayKind::Holiday, QStringLiteral("Ngày Chiến thắng")});
    rows.append({QDate(year, 5, 1), DayKind::Holiday, QStringLiteral("Ngày Quốc tế Lao động")});
    rows.append({QDate(year, 9, 2), DayKind::Holiday, QStringLiteral("Quốc khánh")});
    rows.append({nationalDayCompanion(year), DayKind::Holiday, QStringLiteral("Quốc khánh")});
    std::sort(rows.begin(), rows.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });

    // Art. 111(3): a holiday on a weekly day off is compensated on the next working day.
    // Days are taken in date order so consecutive weekend holidays (30 Apr on Sat, 1 May on
    // Sun) get consecutive compensatory days.
    QSet<QDate> off;
    for (const CalendarDay& r : std::as_const(rows))
        off.insert(r.date);
    // An invalid weekend (all seven days) would leave no day to compensate on.
    const QList<int> weekend =
        WorkSchedule::isValidWeekend(weekendDays) ? weekendDays : WorkSchedule::defaults().weekendDays;
    auto isWeekend = [&weekend](const QDate& d) { return weekend.contains(d.dayOfWeek()); };
    QList<CalendarDay> compensatory;
    for (const CalendarDay& r : std::as_const(rows)) {
        if (!isWeekend(r.date))
            continue;
        QDate d = r.date.addDays(1);
        while (isWeekend(d) || off.contains(d))
            d = d.addDays(1);
        off.insert(d);
        compensatory.append({d, DayKind::Compensatory, QStringLiteral("Nghỉ bù ") + r.name});
    }
    rows.append(compensatory);
    std::sort(rows.begin(), rows.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return rows;
}

} // namespace motcua
