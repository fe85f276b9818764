#include "core/WorkCalendar.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace motcua {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kVietnamOffset = 7 * 3600;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
// Searching for working time gives up after this many days: only a calendar with no
// working day at all (every day a holiday) can get there.
constexpr int kMaxSearchDays = 366 * 100;
constexpr qint64 kNever = std::numeric_limits<qint64>::min();

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDate dateOf(qint64 local)
{
    return QDate::fromJulianDay(floorDiv(local, kDay) + kUnixEpochJulianDay);
}

int secsOfDay(const QTime& t)
{
    return t.msecsSinceStartOfDay() / 1000;
}

QString formatInstant(qint64 local)
{
    return QDateTime::fromSecsSinceEpoch(local - kVietnamOffset, vietnamZone())
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString formatRange(const QDate& first, const QDate& last)
{
    const QString f = QStringLiteral("dd/MM");
    if (first == last)
        return first.toString(f);
    return first.toString(f) + QChar(0x2013) + last.toString(f);
}

// "1 working day" / "5 working days": Vietnamese has no plural, English needs the singular.
QString amountText(double value, TimeUnit unit)
{
    if (value != 1.0)
        return QCoreApplication::translate("motcua::WorkCalendar", "%1 %2")
            .arg(QString::number(value), timeUnitName(unit));
    switch (unit) {
    case TimeUnit::WorkingDays:
        return QCoreApplication::translate("motcua::WorkCalendar", "1 working day");
    case TimeUnit::WorkingHours:
        return QCoreApplication::translate("motcua::WorkCalendar", "1 working hour");
    case TimeUnit::CalendarDays:
        return QCoreApplication::translate("motcua::WorkCalendar", "1 calendar day");
    }
    return {};
}

QString defaultDayName(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return QCoreApplication::translate("motcua::WorkCalendar", "holiday");
    case DayKind::Compensatory:
        return QCoreApplication::translate("motcua::WorkCalendar", "compensatory day off");
    case DayKind::Working:
        return QCoreApplication::translate("motcua::WorkCalendar", "working day");
    }
    return {};
}

} // namespace

// ---- WorkSchedule ------------------------------------------------------------------------

WorkSchedule WorkSchedule::defaults()
{
    // A common default of provincial centers (docs/domain.md#working-time): 07:00–11:30 and 13:30–17:00,
    // 8 working hours, Saturday and Sunday off.
    WorkSchedule s;
    s.periods = {{QTime(7, 0), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};
    s.weekendDays = {Qt::Saturday, Qt::Sunday};
    return s;
}

bool WorkSchedule::parsePeriods(const QString& text, QList<WorkPeriod>* out)
{
    QList<WorkPeriod> periods;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() != 2)
            return false;
        const QTime start = QTime::fromString(ends.at(0).trimmed(), QStringLiteral("H:mm"));
        const QTime end = QTime::fromString(ends.at(1).trimmed(), QStringLiteral("H:mm"));
        if (!start.isValid() || !end.isValid())
            return false;
        periods.append({start, end});
    }
    if (!isValidPeriods(periods))
        return false;
    *out = periods;
    return true;
}

QString WorkSchedule::formatPeriods(const QList<WorkPeriod>& periods)
{
    QStringList parts;
    for (const WorkPeriod& p : periods)
        parts << p.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + p.end.toString(QStringLiteral("HH:mm"));
    return parts.join(QLatin1Char(','));
}

bool WorkSchedule::parseWeekend(const QString& text, QList<int>* out)
{
    QList<int> days;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok)
            return false;
        days.append(d);
    }
    if (!isValidWeekend(days))
        return false;
    std::sort(days.begin(), days.end());
    *out = days;
    return true;
}

QString WorkSchedule::formatWeekend(const QList<int>& days)
{
    QStringList parts;
    for (int d : days)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}

bool WorkSchedule::isValidPeriods(const QList<WorkPeriod>& periods)
{
    if (periods.isEmpty())
        return false;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const WorkPeriod& p = periods.at(i);
        if (!p.start.isValid() || !p.end.isValid() || secsOfDay(p.start) >= secsOfDay(p.end))
            return false;
        if (i > 0 && secsOfDay(periods.at(i - 1).end) > secsOfDay(p.start))
            return false;
    }
    return true;
}

bool WorkSchedule::isValidWeekend(const QList<int>& days)
{
    int mask = 0;
    for (int d : days) {
        if (d < 1 || d > 7 || (mask & (1 << d)))
            return false;
        mask |= 1 << d;
    }
    return days.size() < 7;
}

// ---- WorkCalendar ------------------------------------------------------------------------

WorkCalendar::WorkCalendar()
{
    setSchedule(WorkSchedule::defaults());
}

WorkCalendar::WorkCalendar(const WorkSchedule& schedule, const QList<CalendarDay>& days)
{
    if (!setSchedule(schedule))
        setSchedule(WorkSchedule::defaults());
    setDays(days);
}

bool WorkCalendar::setSchedule(const WorkSchedule& schedule)
{
    if (!WorkSchedule::isValidPeriods(schedule.periods) || !WorkSchedule::isValidWeekend(schedule.weekendDays))
        return false;
    m_schedule = schedule;
    std::sort(m_schedule.weekendDays.begin(), m_schedule.weekendDays.end());
    m_spans.clear();
    m_daySeconds = 0;
    for (const WorkPeriod& p : schedule.periods) {
        m_spans.append({secsOfDay(p.start), secsOfDay(p.end)});
        m_daySeconds += secsOfDay(p.end) - secsOfDay(p.start);
    }
    m_weekendMask = 0;
    for (int d : schedule.weekendDays)
        m_weekendMask |= static_cast<quint8>(1u << d);
    return true;
}

bool WorkCalendar::setWorkingPeriods(const QList<WorkPeriod>& periods)
{
    WorkSchedule s = m_schedule;
    s.periods = periods;
    return setSchedule(s);
}

bool WorkCalendar::setWeekendDays(const QList<int>& days)
{
    WorkSchedule s = m_schedule;
    s.weekendDays = days;
    return setSchedule(s);
}

void WorkCalendar::setDays(const QList<CalendarDay>& days)
{
    m_days.clear();
    addDays(days);
}

void WorkCalendar::addDays(const QList<CalendarDay>& days)
{
    for (const CalendarDay& d : days) {
        if (d.date.isValid())
            m_days.insert(d.date, d);
    }
}

std::optional<CalendarDay> WorkCalendar::day(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd())
        return std::nullopt;
    return *it;
}

QList<CalendarDay> WorkCalendar::days() const
{
    QList<CalendarDay> out = m_days.values();
    std::sort(out.begin(), out.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return out;
}

bool WorkCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return it->kind == DayKind::Working;
    return (m_weekendMask & (1u << date.dayOfWeek())) == 0;
}

bool WorkCalendar::isWorkingTime(const QDateTime& t) const
{
    if (!t.isValid())
        return false;
    const qint64 local = toLocal(t);
    const QDate d = dateOf(local);
    if (!isWorkingDay(d))
        return false;
    const qint64 sod = local - dayStart(d);
    return std::any_of(m_spans.cbegin(), m_spans.cend(),
                       [sod](const std::pair<int, int>& s) { return sod >= s.first && sod < s.second; });
}

QDate WorkCalendar::nextWorkingDay(const QDate& date) const
{
    QDate d = date.addDays(1);
    for (int i = 0; i < kMaxSearchDays; ++i, d = d.addDays(1)) {
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

qint64 WorkCalendar::toLocal(const QDateTime& t)
{
    return t.toSecsSinceEpoch() + kVietnamOffset;
}

QDateTime WorkCalendar::fromLocal(qint64 local)
{
    if (local == kNever)
        return {};
    return QDateTime::fromSecsSinceEpoch(local - kVietnamOffset, vietnamZone());
}

qint64 WorkCalendar::dayStart(const QDate& date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDay;
}

qint64 WorkCalendar::addWorking(qint64 local, qint64 secs) const
{
    if (local == kNever)
        return kNever;
    secs = std::max<qint64>(secs, 0);
    QDate d = dateOf(local);
    for (int i = 0; i < kMaxSearchDays; ++i, d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        const qint64 ds = dayStart(d);
        for (const auto& [s, e] : m_spans) {
            const qint64 periodEnd = ds + e;
            if (periodEnd <= local)
                continue;
            const qint64 from = std::max(local, ds + s);
            const qint64 available = periodEnd - from;
            if (secs <= available)
                return from + secs;
            secs -= available;
        }
    }
    return kNever;
}

qint64 WorkCalendar::firstWorkingInstant(qint64 local) const
{
    return addWorking(local, 0);
}

qint64 WorkCalendar::clampIntoHours(qint64 local) const
{
    const QDate d = dateOf(local);
    const qint64 ds = dayStart(d);
    const qint64 sod = local - ds;
    if (sod < m_spans.constFirst().first)
        return ds + m_spans.constFirst().first;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        if (sod <= m_spans.at(i).second)
            return ds + std::max<qint64>(sod, m_spans.at(i).first);
    }
    return ds + m_spans.constLast().second;
}

QDateTime WorkCalendar::countingStart(const QDateTime& received, std::optional<QTime> cutoff) const
{
    if (!received.isValid())
        return {};
    qint64 local = toLocal(received);
    const QDate d = dateOf(local);
    // A procedure's own cutoff (docs/domain.md#working-time) only matters
    // on a working day; on a day off the next working morning is the start anyway.
    if (cutoff && cutoff->isValid() && isWorkingDay(d) && local - dayStart(d) >= secsOfDay(*cutoff))
        local = dayStart(d) + kDay;
    return fromLocal(firstWorkingInstant(local));
}

Appointment WorkCalendar::due(const QDateTime& received, double value, TimeUnit unit, std::optional<QTime> cutoff) const
{
    Appointment out;
    if (!received.isValid() || !std::isfinite(value) || value < 0)
        return out;
    const QDateTime startTime = countingStart(received, cutoff);
    if (!startTime.isValid())
        return out;
    const qint64 receivedLocal = toLocal(received);
    const qint64 start = toLocal(startTime);
    qint64 at = kNever;
    QString movedNote;
    switch (unit) {
    case TimeUnit::WorkingDays:
        at = addWorking(start, std::llround(value * static_cast<double>(m_daySeconds)));
        break;
    case TimeUnit::WorkingHours:
        at = addWorking(start, std::llround(value * 3600.0));
        break;
    case TimeUnit::CalendarDays: {
        // Civil Code 2015 art. 148: a period whose last day is a day off ends on the next
        // working day.
        at = start + std::llround(value * static_cast<double>(kDay));
        const QDate last = dateOf(at);
        if (!isWorkingDay(last)) {
            const QDate next = nextWorkingDay(last);
            if (!next.isValid())
                return out;
            at = dayStart(next) + (at - dayStart(last));
            movedNote =
                QCoreApplication::translate("motcua::WorkCalendar", "%1 is not a working day, moved to %2")
                    .arg(last.toString(QStringLiteral("dd/MM/yyyy")), next.toString(QStringLiteral("dd/MM/yyyy")));
        }
        at = clampIntoHours(at);
        break;
    }
    }
    if (at == kNever)
        return out;
    out.at = fromLocal(at);

    QStringList parts;
    parts << QCoreApplication::translate("motcua::WorkCalendar", "%1 from %2")
                 .arg(amountText(value, unit), formatInstant(start));
    if (start != receivedLocal) {
        const QDate rd = dateOf(receivedLocal);
        const bool byCutoff =
            cutoff && cutoff->isValid() && isWorkingDay(rd) && receivedLocal - dayStart(rd) >= secsOfDay(*cutoff);
        if (byCutoff)
            parts << QCoreApplication::translate("motcua::WorkCalendar",
                                                 "received %1, at or after the procedure's %2 cutoff")
                         .arg(formatInstant(receivedLocal), cutoff->toString(QStringLiteral("HH:mm")));
        else
            parts << QCoreApplication::translate("motcua::WorkCalendar", "received %1, outside working hours")
                         .arg(formatInstant(receivedLocal));
    }
    if (unit == TimeUnit::CalendarDays) {
        if (!movedNote.isEmpty())
            parts << movedNote;
    } else {
        const QString skipped = skippedText(dateOf(start), dateOf(at));
        if (!skipped.isEmpty())
            parts << skipped;
    }
    out.rule = parts.join(QStringLiteral("; "));
    return out;
}

QString WorkCalendar::skippedText(const QDate& from, const QDate& to) const
{
    // Runs of consecutive days off strictly between the start and the due date. Runs of
    // plain weekends are only counted; runs holding a dated row are named with their dates
    // ("Tết Nguyên đán 14/02–22/02") so the receipt explains a long appointment.
    int weekends = 0;
    QStringList named;
    QStringList swapped;
    QDate runStart;
    QStringList runNames;
    auto closeRun = [&](const QDate& lastDay) {
        if (!runStart.isValid())
            return;
        if (runNames.isEmpty())
            ++weekends;
        else
            named << runNames.join(QStringLiteral(", ")) + QLatin1Char(' ') + formatRange(runStart, lastDay);
        runStart = QDate();
        runNames.clear();
    };
    for (QDate d = from.addDays(1); d < to; d = d.addDays(1)) {
        const auto row = day(d);
        if (isWorkingDay(d)) {
            closeRun(d.addDays(-1));
            if (row && row->kind == DayKind::Working && (m_weekendMask & (1u << d.dayOfWeek())))
                swapped << d.toString(QStringLiteral("dd/MM"));
            continue;
        }
        if (!runStart.isValid())
            runStart = d;
        if (row) {
            const QString name = row->name.isEmpty() ? defaultDayName(row->kind) : row->name;
            if (!runNames.contains(name))
                runNames << name;
        }
    }
    closeRun(to.addDays(-1));

    QStringList items;
    if (weekends == 1)
        items << QCoreApplication::translate("motcua::WorkCalendar", "weekend");
    else if (weekends > 1)
        items << QCoreApplication::translate("motcua::WorkCalendar", "%1 weekends").arg(weekends);
    items << named;
    QStringList out;
    if (!items.isEmpty())
        out << QCoreApplication::translate("motcua::WorkCalendar", "skipped: %1").arg(items.join(QStringLiteral(", ")));
    if (!swapped.isEmpty())
        out << QCoreApplication::translate("motcua::WorkCalendar", "counted swapped working days: %1")
                   .arg(swapped.join(QStringLiteral(", ")));
    return out.join(QStringLiteral("; "));
}

qint64 WorkCalendar::workingSecondsBetween(const QDateTime& a, const QDateTime& b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    const qint64 la = toLocal(a);
    const qint64 lb = toLocal(b);
    if (la > lb)
        return -workingSecondsBetween(b, a);
    qint64 total = 0;
    const QDate last = dateOf(lb);
    for (QDate d = dateOf(la); d <= last; d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        const qint64 ds = dayStart(d);
        for (const auto& [s, e] : m_spans)
            total += std::max<qint64>(0, std::min(ds + e, lb) - std::max(ds + s, la));
    }
    return total;
}

QDateTime WorkCalendar::addWorkingSeconds(const QDateTime& start, qint64 secs) const
{
    if (!start.isValid())
        return {};
    return fromLocal(addWorking(toLocal(start), secs));
}

QDateTime WorkCalendar::extendForPause(const QDateTime& appointment, const QDateTime& pausedAt,
                                       const QDateTime& resumedAt) const
{
    if (!appointment.isValid())
        return {};
    const qint64 paused = workingSecondsBetween(pausedAt, resumedAt);
    if (paused <= 0)
        return toVietnam(appointment);
    return addWorkingSeconds(appointment, paused);
}

} // namespace motcua
