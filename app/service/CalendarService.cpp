#include "service/CalendarService.h"
#include "store/SettingKeys.h"

#include "core/TextRules.h"

#include "core/Clock.h"
#include "core/HolidayProposer.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace motcua {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// The proposals of every supported year depend only on the weekend days (where the
// compensatory days go); computing them costs a few thousand trigonometric evaluations,
// so they are kept per weekend pattern.
QList<CalendarDay> proposalsFor(int year, const QList<int>& weekend)
{
    static QMutex mutex;
    static std::map<QList<int>, QMap<int, QList<CalendarDay>>> cache;
    QMutexLocker lock(&mutex);
    QMap<int, QList<CalendarDay>>& years = cache[weekend];
    auto it = years.find(year);
    if (it == years.end())
        it = years.insert(year, HolidayProposer::propose(year, weekend));
    return *it;
}

QJsonObject countsByKind(const QList<CalendarDay>& rows)
{
    int holidays = 0;
    int compensatory = 0;
    int working = 0;
    for (const CalendarDay& d : rows) {
        switch (d.kind) {
        case DayKind::Holiday:
            ++holidays;
            break;
        case DayKind::Compensatory:
            ++compensatory;
            break;
        case DayKind::Working:
            ++working;
            break;
        }
    }
    return {{QStringLiteral("rows"), static_cast<int>(rows.size())},
            {QStringLiteral("holiday"), holidays},
            {QStringLiteral("compensatory"), compensatory},
            {QStringLiteral("working"), working}};
}

bool inSupportedRange(int year)
{
    return year >= HolidayProposer::kFirstYear && year <= HolidayProposer::kLastYear;
}

Error outsideRange(int year)
{
    return Error::badInput(
        QCoreApplication::translate("motcua::CalendarService", "The year %1 is outside the supported years %2–%3.")
            .arg(year)
            .arg(HolidayProposer::kFirstYear)
            .arg(HolidayProposer::kLastYear));
}

} // namespace

CalendarService::CalendarService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_repo(db)
{}

Status CalendarService::checkYear(int year)
{
    if (!inSupportedRange(year))
        return outsideRange(year);
    return {};
}

Status CalendarService::requireAdmin(const Actor& actor, const QString& message) const
{
    if (actor.atLeast(Role::Admin))
        return {};
    return Error::forbidden(message);
}

Result<WorkCalendar> CalendarService::loadCalendar()
{
    Result<WorkSchedule> schedule = m_repo.schedule();
    if (!schedule)
        return schedule.error();
    Result<QList<CalendarDay>> stored = m_repo.all();
    if (!stored)
        return stored.error();
    WorkCalendar calendar(*schedule);
    QSet<int> confirmed;
    for (const CalendarDay& d : std::as_const(*stored))
        confirmed.insert(d.date.year());
    for (int y = HolidayProposer::kFirstYear; y <= HolidayProposer::kLastYear; ++y) {
        if (!confirmed.contains(y))
            calendar.addDays(proposalsFor(y, schedule->weekendDays));
    }
    calendar.addDays(*stored);
    return calendar;
}

WorkCalendar CalendarService::calendar()
{
    Result<WorkCalendar> loaded = loadCalendar();
    if (loaded)
        return std::move(loaded).value();
    qCWarning(lcCore) << "work calendar unreadable, using default hours and proposed holidays:"
                      << loaded.error().message;
    WorkCalendar fallback;
    for (int y = HolidayProposer::kFirstYear; y <= HolidayProposer::kLastYear; ++y)
        fallback.addDays(proposalsFor(y, fallback.schedule().weekendDays));
    return fallback;
}

Result<QList<CalendarDay>> CalendarService::holidays(int year, bool* confirmed)
{
    // Outside the years the calendar is kept for there is neither a confirmed row nor a
    // proposal: say so rather than answer with an empty year.
    if (!inSupportedRange(year))
        return outsideRange(year);
    Result<QList<CalendarDay>> stored = m_repo.year(year);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        if (confirmed)
            *confirmed = true;
        return stored;
    }
    if (confirmed)
        *confirmed = false;
    Result<WorkSchedule> schedule = m_repo.schedule();
    if (!schedule)
        return schedule.error();
    return proposalsFor(year, schedule->weekendDays);
}

Result<QList<CalendarYearInfo>> CalendarService::confirmedYears()
{
    return m_repo.years();
}

Result<WorkSchedule> CalendarService::schedule()
{
    return m_repo.schedule();
}

Status CalendarService::confirmYear(const Actor& actor, int year, const QList<CalendarDay>& rows)
{
    if (Status s = requireAdmin(
            actor, QCoreApplication::translate("motcua::CalendarService",
                                               "Only an administrator can confirm the holidays of a year."));
        !s)
        return s;
    if (!inSupportedRange(year))
        return outsideRange(year);
    // A year with no rows reads as "not confirmed" and falls back to the proposal, so an
    // empty confirmation would silently mean the opposite of what was asked.
    if (rows.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CalendarService",
                                        "The holidays of %1 are empty; a year always has public holidays.")
                .arg(year));
    // Holiday names are printed on the calendar and the receipts' wording.
    for (const CalendarDay& day : rows) {
        if (const QString why = TextRules::problem(day.name, TextRules::kNameMax); !why.isEmpty())
            return Error::badInput(QCoreApplication::translate("motcua::CalendarService", "The name of %1 %2")
                                       .arg(day.date.toString(QStringLiteral("dd/MM/yyyy")), why));
    }
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = m_repo.replaceYear(year, rows, actor.username, now); !s)
        return s;
    if (Status s = writeAudit(m_db, now, actor, QStringLiteral("calendar.confirm"), QStringLiteral("calendar"),
                              QString::number(year), countsByKind(rows));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCore) << "calendar year confirmed:" << year << rows.size() << "rows";
    return {};
}

Status CalendarService::setWorkingHours(const Actor& actor, const WorkSchedule& schedule)
{
    if (Status s =
            requireAdmin(actor, QCoreApplication::translate("motcua::CalendarService",
                                                            "Only an administrator can change the working hours."));
        !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = m_repo.setSchedule(schedule); !s)
        return s;
    const QJsonObject details{{QStringLiteral("hours"), WorkSchedule::formatPeriods(schedule.periods)},
                              {QStringLiteral("weekend"), WorkSchedule::formatWeekend(schedule.weekendDays)}};
    if (Status s = writeAudit(m_db, now, actor, SettingKey::CalendarHours, QStringLiteral("calendar"),
                              QStringLiteral("hours"), details);
        !s)
        return s;
    return tx.commit();
}

Result<QList<CalendarDay>> CalendarService::parseRows(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(QCoreApplication::translate("motcua::CalendarService",
                                                           "The holiday file is not valid JSON: %1 (at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rows")).isArray())
        return Error::badInput(QCoreApplication::translate(
            "motcua::CalendarService", "The holiday file must be an object with a \"rows\" array."));
    const QJsonArray array = doc.object().value(QStringLiteral("rows")).toArray();
    if (array.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::CalendarService", "The holiday file has no rows."));

    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QList<CalendarDay> rows;
    QHash<QDate, int> seen; // date → row number
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int rowNumber = static_cast<int>(i) + 1;
        if (!array.at(i).isObject())
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService", "Row %1 of the holiday file is not an object.")
                    .arg(rowNumber));
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue dateValue = o.value(QStringLiteral("date"));
        const QString dateText = dateValue.toString();
        CalendarDay day;
        day.date = QDate::fromString(dateText, kDateFormat);
        if (!dateValue.isString() || !isoDate.match(dateText).hasMatch() || !day.date.isValid())
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService",
                                            "Row %1, field \"date\": \"%2\" is not a date of the form YYYY-MM-DD.")
                    .arg(rowNumber)
                    .arg(dateText));
        if (!inSupportedRange(day.date.year()))
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService",
                                            "Row %1, field \"date\": %2 is outside the supported years %3–%4.")
                    .arg(rowNumber)
                    .arg(dateText)
                    .arg(HolidayProposer::kFirstYear)
                    .arg(HolidayProposer::kLastYear));
        const QJsonValue kindValue = o.value(QStringLiteral("kind"));
        if (!kindValue.isString() || !dayKindFromKey(kindValue.toString(), &day.kind))
            return Error::badInput(QCoreApplication::translate(
                                       "motcua::CalendarService",
                                       "Row %1, field \"kind\": \"%2\" is not one of holiday, compensatory, working.")
                                       .arg(rowNumber)
                                       .arg(kindValue.toVariant().toString()));
        const QJsonValue nameValue = o.value(QStringLiteral("name"));
        if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService", "Row %1, field \"name\": the name must be text.")
                    .arg(rowNumber));
        day.name = nameValue.toString().trimmed();
        if (const QString why = TextRules::problem(day.name, TextRules::kNameMax); !why.isEmpty())
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService", "Row %1, field \"name\": the name %2")
                    .arg(rowNumber)
                    .arg(why));
        if (const auto it = seen.constFind(day.date); it != seen.constEnd())
            return Error::badInput(
                QCoreApplication::translate("motcua::CalendarService", "Row %1, field \"date\": %2 repeats row %3.")
                    .arg(rowNumber)
                    .arg(dateText)
                    .arg(*it));
        seen.insert(day.date, rowNumber);
        rows.append(day);
    }
    std::sort(rows.begin(), rows.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return rows;
}

QByteArray CalendarService::toJson(const QList<CalendarDay>& rows)
{
    QJsonArray array;
    for (const CalendarDay& d : rows)
        array.append(QJsonObject{{QStringLiteral("date"), d.date.toString(kDateFormat)},
                                 {QStringLiteral("kind"), dayKindKey(d.kind)},
                                 {QStringLiteral("name"), d.name}});
    return QJsonDocument(QJsonObject{{QStringLiteral("rows"), array}}).toJson(QJsonDocument::Indented);
}

Status CalendarService::importRows(const Actor& actor, const QByteArray& json)
{
    if (Status s = requireAdmin(actor, QCoreApplication::translate("motcua::CalendarService",
                                                                   "Only an administrator can import holidays."));
        !s)
        return s;
    Result<QList<CalendarDay>> parsed = parseRows(json);
    if (!parsed)
        return parsed.error();
    QMap<int, QList<CalendarDay>> byYear;
    for (const CalendarDay& d : std::as_const(*parsed))
        byYear[d.date.year()].append(d);

    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        if (Status s = m_repo.replaceYear(it.key(), it.value(), actor.username, now); !s)
            return s;
        if (Status s = writeAudit(m_db, now, actor, QStringLiteral("calendar.import"), QStringLiteral("calendar"),
                                  QString::number(it.key()), countsByKind(it.value()));
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCore) << "calendar rows imported:" << parsed->size() << "rows," << byYear.size() << "years";
    return {};
}

Appointment CalendarService::due(const QDateTime& received, double value, TimeUnit unit, std::optional<QTime> cutoff)
{
    return calendar().due(received, value, unit, cutoff);
}

} // namespace motcua
