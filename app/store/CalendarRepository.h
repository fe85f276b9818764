#pragma once

#include "core/Result.h"
#include "core/WorkCalendar.h"
#include "store/SettingKeys.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// A year that has stored (confirmed) calendar rows.
struct CalendarYearInfo
{
    int year = 0;
    int rows = 0;
    QString confirmedBy;   // username
    QDateTime confirmedAt; // UTC, the latest confirmation of the year's rows
};

// Table calendar_days (dated rows) and the working-hours rows of table settings
// ('calendar.hours' = "07:00-11:30,13:30-17:00", 'calendar.weekend' = "6,7").
// Writes never open their own top-level transaction semantics beyond a savepoint: callers
// that also write an audit row wrap both in one Transaction.
class CalendarRepository
{
public:
    explicit CalendarRepository(Database& db)
        : m_db(db)
    {}

    // Rows with from ≤ date ≤ to, sorted by date.
    Result<QList<CalendarDay>> range(const QDate& from, const QDate& to);
    Result<QList<CalendarDay>> year(int year);
    Result<QList<CalendarDay>> all();
    // Years having rows, ascending.
    Result<QList<CalendarYearInfo>> years();
    // When a row was last confirmed; invalid when none was (or it cannot be read).
    QDateTime lastConfirmedAt();

    // Replaces every row of `year` by `rows` (all of which must fall in that year, with
    // distinct dates: else BadInput and nothing changes).
    Status replaceYear(int year, const QList<CalendarDay>& rows, const QString& confirmedBy,
                       const QDateTime& confirmedAt);

    // The stored schedule; defaults for rows that are absent. A stored value that does not
    // parse (edited by hand) is logged and replaced by the default rather than trusted.
    Result<WorkSchedule> schedule();
    // Stores both rows; BadInput for an invalid schedule.
    Status setSchedule(const WorkSchedule& schedule);

private:
    Result<QList<CalendarDay>> select(const QString& sql, const QString& from, const QString& to);

    Database& m_db;
};

} // namespace motcua
