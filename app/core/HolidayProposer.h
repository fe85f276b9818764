#pragma once

#include "core/WorkCalendar.h"

#include <QList>

namespace motcua {

// Proposes the statutory public holidays of a solar year (Labour Code 2019, Art. 112) so
// that a year not yet published still skips Tết; an administrator confirms or edits the
// proposal (the Government's yearly notice may swap days, which no rule can foresee).
//
//  - 1 Jan (Tết Dương lịch);
//  - Tết Nguyên đán, 5 days: the last day of the lunar year and 1–4 of the first lunar month;
//  - Hùng Kings' commemoration, 10/3 lunar (Giỗ Tổ Hùng Vương);
//  - 30 Apr (Ngày Chiến thắng) and 1 May (Ngày Quốc tế Lao động);
//  - 2 Sep (Quốc khánh) and one adjacent day, chosen to join the break to a weekend:
//    2 Sep on Tue, Fri, Sat or Sun → 1 Sep (Mon, Thu, Fri, Sat); on Mon, Wed or Thu → 3 Sep.
//    (2021: Thu + Fri 3 Sep; 2022: Thu 1 Sep + Fri; 2023: Fri 1 Sep + Sat; 2024: Mon + Tue 3 Sep;
//    2025: Mon 1 Sep + Tue.)
//  - Art. 111(3): each of these days falling on a weekend day gives a compensatory day off
//    (Nghỉ bù) on the next working day that is not already a day off.
class HolidayProposer
{
public:
    static constexpr int kFirstYear = 2000;
    static constexpr int kLastYear = 2100;

    // Rows sorted by date; empty outside kFirstYear..kLastYear. `weekendDays` are Qt day
    // numbers, used to place compensatory days.
    static QList<CalendarDay> propose(int year, const QList<int>& weekendDays = {Qt::Saturday, Qt::Sunday});

    // The adjacent National Day holiday of `year` (1 or 3 Sep), by the rule above.
    static QDate nationalDayCompanion(int year);
};

} // namespace motcua
