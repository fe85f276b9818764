#include "store/CalendarRepository.h"
#include "store/SettingKeys.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace motcua {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<QList<CalendarDay>> CalendarRepository::select(const QString& sql, const QString& from, const QString& to)
{
    auto q = m_db.query(sql, QCoreApplication::translate("motcua::CalendarRepository", "reading the work calendar"));
    if (!q)
        return q.error();
    if (!from.isNull())
        q->bind(1, from).bind(2, to);
    QList<CalendarDay> rows;
    while (q->next()) {
        CalendarDay d;
        d.date = QDate::fromString(q->text(0), kDateFormat);
        DayKind kind = DayKind::Holiday;
        // The CHECK constraint admits only known kinds and the app writes ISO dates; a row
        // edited by hand into something else is skipped, not guessed at.
        if (!d.date.isValid() || !dayKindFromKey(q->text(1), &kind)) {
            qCWarning(lcStore) << "skipping an unreadable calendar row" << q->text(0) << q->text(1);
            continue;
        }
        d.kind = kind;
        d.name = q->text(2);
        rows.append(d);
    }
    if (!q->error())
        return q->error().error();
    return rows;
}

Result<QList<CalendarDay>> CalendarRepository::range(const QDate& from, const QDate& to)
{
    return select(QStringLiteral("SELECT date, kind, name FROM calendar_days WHERE date >= ?1 AND date <= ?2 "
                                 "ORDER BY date"),
                  from.toString(kDateFormat), to.toString(kDateFormat));
}

Result<QList<CalendarDay>> CalendarRepository::year(int year)
{
    return range(QDate(year, 1, 1), QDate(year, 12, 31));
}

Result<QList<CalendarDay>> CalendarRepository::all()
{
    return select(QStringLiteral("SELECT date, kind, name FROM calendar_days ORDER BY date"), QString(), QString());
}

Result<QList<CalendarYearInfo>> CalendarRepository::years()
{
    auto q = m_db.query(
        QStringLiteral("SELECT CAST(substr(date, 1, 4) AS INTEGER) AS y, count(*), max(confirmed_at), "
                       "(SELECT c.confirmed_by FROM calendar_days c WHERE substr(c.date, 1, 4) = substr(d.date, 1, 4) "
                       " ORDER BY c.confirmed_at DESC LIMIT 1) "
                       "FROM calendar_days d GROUP BY y ORDER BY y"),
        QCoreApplication::translate("motcua::CalendarRepository", "reading the work calendar"));
    if (!q)
        return q.error();
    QList<CalendarYearInfo> out;
    while (q->next()) {
        CalendarYearInfo info;
        info.year = q->integer(0);
        info.rows = q->integer(1);
        info.confirmedAt = q->dateTime(2);
        info.confirmedBy = q->text(3);
        out.append(info);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Status CalendarRepository::replaceYear(int year, const QList<CalendarDay>& rows, const QString& confirmedBy,
                                       const QDateTime& confirmedAt)
{
    QSet<QDate> seen;
    for (const CalendarDay& d : rows) {
        if (!d.date.isValid() || d.date.year() != year)
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarRepository", "The date %1 is not in the year %2.")
                    .arg(d.date.toString(kDateFormat))
                    .arg(year));
        if (seen.contains(d.date))
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarRepository", "The date %1 appears more than once.")
                    .arg(d.date.toString(kDateFormat)));
        seen.insert(d.date);
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    {
        auto del = m_db.query(QStringLiteral("DELETE FROM calendar_days WHERE date >= ?1 AND date <= ?2"),
                              QCoreApplication::translate("motcua::CalendarRepository", "saving the work calendar"));
        if (!del)
            return del.error();
        del->bind(1, QDate(year, 1, 1).toString(kDateFormat)).bind(2, QDate(year, 12, 31).toString(kDateFormat));
        if (Status s = del->exec(); !s)
            return s;
    }
    for (const CalendarDay& d : rows) {
        auto ins = m_db.query(
            QStringLiteral(
                "INSERT INTO calendar_days (date, kind, name, confirmed_by, confirmed_at) VALUES (?1, ?2, ?3, ?4, ?5)"),
            QCoreApplication::translate("motcua::CalendarRepository", "saving the work calendar"));
        if (!ins)
            return ins.error();
        ins->bind(1, d.date.toString(kDateFormat))
            .bind(2, dayKindKey(d.kind))
            .bind(3, nonNull(d.name))
            .bind(4, nonNull(confirmedBy))
            .bind(5, confirmedAt.toSecsSinceEpoch());
        if (Status s = ins->exec(); !s)
            return s;
    }
    return tx.commit();
}

Result<WorkSchedule> CalendarRepository::schedule()
{
    WorkSchedule out = WorkSchedule::defaults();
    auto q = m_db.query(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?1, ?2)"),
                        QCoreApplication::translate("motcua::CalendarRepository", "reading the working hours"));
    if (!q)
        return q.error();
    q->bind(1, QString(SettingKey::CalendarHours)).bind(2, QString(SettingKey::CalendarWeekend));
    while (q->next()) {
        const QString key = q->text(0);
        const QString value = q->text(1);
        bool ok = true;
        if (key == SettingKey::CalendarHours)
            ok = WorkSchedule::parsePeriods(value, &out.periods);
        else if (key == SettingKey::CalendarWeekend)
            ok = WorkSchedule::parseWeekend(value, &out.weekendDays);
        if (!ok)
            qCWarning(lcStore) << "ignoring the invalid setting" << key << value;
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Status CalendarRepository::setSchedule(const WorkSchedule& schedule)
{
    if (!WorkSchedule::isValidPeriods(schedule.periods))
        return Error::badInput(QCoreApplication::translate(
            "motcua::CalendarRepository",
            "Working periods must be non-empty, each ending after it starts, in order and not overlapping."));
    if (!WorkSchedule::isValidWeekend(schedule.weekendDays))
        return Error::badInput(QCoreApplication::translate(
            "motcua::CalendarRepository",
            "Weekend days must be distinct days 1 (Monday) to 7 (Sunday), leaving at least one working day."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QList<std::pair<QString, QString>> values = {
        {SettingKey::CalendarHours, WorkSchedule::formatPeriods(schedule.periods)},
        {SettingKey::CalendarWeekend, WorkSchedule::formatWeekend(schedule.weekendDays)}};
    for (const auto& [key, value] : values) {
        auto q = m_db.query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO "
                                           "UPDATE SET value = excluded.value"),
                            QCoreApplication::translate("motcua::CalendarRepository", "saving the working hours"));
        if (!q)
            return q.error();
        q->bind(1, key).bind(2, nonNull(value));
        if (Status s = q->exec(); !s)
            return s;
    }
    return tx.commit();
}

QDateTime CalendarRepository::lastConfirmedAt()
{
    auto q = m_db.query(QStringLiteral("SELECT max(confirmed_at) FROM calendar_days"),
                        QCoreApplication::translate("motcua::CalendarRepository", "reading the holiday calendar"));
    if (q && q->next() && !q->isNull(0))
        return q->dateTime(0);
    return {};
}

} // namespace motcua
