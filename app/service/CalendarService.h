#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "core/WorkCalendar.h"
#include "store/CalendarRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>

namespace motcua {

class Clock;
class Database;

// The work calendar of the center: working hours, confirmed holiday rows per year and, for
// years nobody has confirmed yet, the lunar-calendar proposal (docs/domain.md#working-time).
// Changes are administrator-only and audited, each in one transaction.
class CalendarService
{
public:
    CalendarService(Database& db, const Clock& clock);

    // Working hours + every stored row + HolidayProposer rows for each year 2000–2100 that has
    // no stored row, so an appointment crossing into an unconfirmed year still skips Tết.
    // On a storage error the failure is logged and the calendar is built from the default
    // hours and the proposals alone (an appointment is always computable); loadCalendar()
    // reports the error instead.
    WorkCalendar calendar();
    Result<WorkCalendar> loadCalendar();

    // The rows of a year: the stored ones (`*confirmed` = true) or, when there are none,
    // the proposal (`*confirmed` = false).
    // BadInput naming the supported years (HolidayProposer::kFirstYear..kLastYear) outside them.
    Result<QList<CalendarDay>> holidays(int year, bool* confirmed = nullptr);
    // BadInput naming the supported years when `year` is outside them: the calendar knows no
    // holidays there, so dates computed in it would silently skip none.
    static Status checkYear(int year);
    Result<QList<CalendarYearInfo>> confirmedYears();
    Result<WorkSchedule> schedule();

    // Administrator only. Replaces the year's rows (dates must lie in `year`, 2000–2100,
    // distinct, at least one row) and writes the audit row "calendar.confirm".
    Status confirmYear(const Actor& actor, int year, const QList<CalendarDay>& rows);
    // Administrator only. Stores the working periods and weekend days; audit "calendar.hours".
    Status setWorkingHours(const Actor& actor, const WorkSchedule& schedule);
    // Administrator only. Loads a file of the resources/demo/holidays.json shape,
    //   {"rows": [{"date": "2026-02-16", "kind": "holiday", "name": "Tết Nguyên đán"}, ...]}
    // replacing every year the file mentions; audit "calendar.import" per year. The whole
    // file is validated first: a bad row is refused (BadInput naming the row and field) and
    // nothing is written.
    Status importRows(const Actor& actor, const QByteArray& json);

    // The validation behind importRows(), for previews: rows sorted by date.
    static Result<QList<CalendarDay>> parseRows(const QByteArray& json);
    // The same shape, for export.
    static QByteArray toJson(const QList<CalendarDay>& rows);

    // The appointment for a dossier received at `received` (see WorkCalendar::due).
    Appointment due(const QDateTime& received, double value, TimeUnit unit, std::optional<QTime> cutoff = {});

private:
    Status requireAdmin(const Actor& actor, const QString& message) const;

    Database& m_db;
    const Clock& m_clock;
    CalendarRepository m_repo;
};

} // namespace motcua
