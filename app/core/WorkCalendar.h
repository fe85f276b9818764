#pragma once

#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>

namespace motcua {

// One dated row of the work calendar (docs/domain.md#working-time): a holiday, a compensatory day off, or an
// extra working day such as a Saturday swapped for a bridge day.
struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name; // "Tết Nguyên đán", "Nghỉ bù", ...

    bool operator==(const CalendarDay& o) const { return date == o.date && kind == o.kind && name == o.name; }
    bool operator!=(const CalendarDay& o) const { return !(*this == o); }
};

// A working period of a day, [start, end).
struct WorkPeriod
{
    QTime start;
    QTime end;

    bool operator==(const WorkPeriod& o) const { return start == o.start && end == o.end; }
    bool operator!=(const WorkPeriod& o) const { return !(*this == o); }
};

// The weekly pattern: working periods of a working day and the weekend days.
struct WorkSchedule
{
    QList<WorkPeriod> periods; // default 07:00–11:30, 13:30–17:00
    QList<int> weekendDays;    // Qt day numbers (1 = Monday … 7 = Sunday); default 6, 7

    static WorkSchedule defaults();

    // Text forms stored in settings: "07:00-11:30,13:30-17:00" and "6,7".
    static bool parsePeriods(const QString& text, QList<WorkPeriod>* out);
    static QString formatPeriods(const QList<WorkPeriod>& periods);
    static bool parseWeekend(const QString& text, QList<int>* out);
    static QString formatWeekend(const QList<int>& days);

    // Periods must be non-empty, each start < end, sorted and not overlapping; weekend
    // days in 1..7 and at least one working weekday left.
    static bool isValidPeriods(const QList<WorkPeriod>& periods);
    static bool isValidWeekend(const QList<int>& days);

    bool operator==(const WorkSchedule& o) const { return periods == o.periods && weekendDays == o.weekendDays; }
};

// An appointment (ngày hẹn trả) and the rule that produced it, in words, for the receipt
// and the audit trail.
struct Appointment
{
    QDateTime at; // Vietnam time (+07:00)
    QString rule; // "5 working days from 13/02/2026 15:00; skipped: Tết Nguyên đán 14/02–22/02"
};

// Working time arithmetic for appointment dates (docs/domain.md#working-time). Pure:
// no storage, no clock. Inputs may be in any time zone; the logic runs in Vietnam time and
// every returned instant is in Vietnam time. Precision is one second.
class WorkCalendar
{
public:
    using Appointment = motcua::Appointment;

    WorkCalendar(); // WorkSchedule::defaults(), no dated rows
    explicit WorkCalendar(const WorkSchedule& schedule, const QList<CalendarDay>& days = {});

    // False (and no change) when the schedule is invalid (see WorkSchedule::isValid*).
    bool setSchedule(const WorkSchedule& schedule);
    bool setWorkingPeriods(const QList<WorkPeriod>& periods);
    bool setWeekendDays(const QList<int>& days);
    WorkSchedule schedule() const { return m_schedule; }

    // Dated rows. A later row for the same date replaces an earlier one.
    void setDays(const QList<CalendarDay>& days);
    void addDays(const QList<CalendarDay>& days);
    std::optional<CalendarDay> day(const QDate& date) const;
    QList<CalendarDay> days() const; // sorted by date

    // Working time in one working day (8 h by default): "one working day" of a procedure.
    qint64 workingDaySeconds() const { return m_daySeconds; }

    // A dated row decides; otherwise weekend days are off.
    bool isWorkingDay(const QDate& date) const;
    bool isWorkingTime(const QDateTime& t) const;
    // The first working day strictly after `date`; invalid when none within 100 years.
    QDate nextWorkingDay(const QDate& date) const;

    // When the statutory time starts running for a dossier received at `received`:
    // outside working time it is the next working instant (lunch → 13:30, before opening →
    // opening, after closing or on a day off → next working morning). A procedure's
    // `cutoff` (e.g. 15:00) sends dossiers received at or after it to the next working morning.
    QDateTime countingStart(const QDateTime& received, std::optional<QTime> cutoff = {}) const;

    // The appointment for a statutory time of `value` `unit`s (fractions allowed):
    //  - working days: value × workingDaySeconds() of working time after the counting start;
    //  - working hours: value hours of working time after the counting start;
    //  - calendar days: value × 24 h after the counting start; a result on a day off moves
    //    to the next working day (Civil Code 2015 art. 148) and its time is clamped into
    //    working hours (before opening → opening, lunch → afternoon start, after closing →
    //    closing).
    Appointment due(const QDateTime& received, double value, TimeUnit unit, std::optional<QTime> cutoff = {}) const;

    // Working seconds in [a, b]; negative when b is before a (antisymmetric).
    qint64 workingSecondsBetween(const QDateTime& a, const QDateTime& b) const;
    // The instant at which `secs` of working time have run from `start` (secs ≤ 0: the
    // first working instant at or after start). Time ending exactly at a period's end
    // returns that end (17:00), not the next morning.
    QDateTime addWorkingSeconds(const QDateTime& start, qint64 secs) const;
    // A supplement request paused the clock from `pausedAt` to `resumedAt`: the appointment
    // moves by the working time of the pause (a paused weekend costs nothing).
    QDateTime extendForPause(const QDateTime& appointment, const QDateTime& pausedAt, const QDateTime& resumedAt) const;

private:
    // Local seconds: seconds since 1970-01-01 00:00 in Vietnam wall time.
    static qint64 toLocal(const QDateTime& t);
    static QDateTime fromLocal(qint64 local);
    static qint64 dayStart(const QDate& date);
    qint64 firstWorkingInstant(qint64 local) const;
    qint64 addWorking(qint64 local, qint64 secs) const;
    qint64 clampIntoHours(qint64 local) const;
    QString skippedText(const QDate& from, const QDate& to) const;

    WorkSchedule m_schedule;
    qint64 m_daySeconds = 0;
    QList<std::pair<int, int>> m_spans; // periods as seconds of the day
    QHash<QDate, CalendarDay> m_days;
    quint8 m_weekendMask = 0; // bit n set: Qt day n is a weekend day
};

} // namespace motcua
