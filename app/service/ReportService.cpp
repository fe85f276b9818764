#include "service/ReportService.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/DossierRepository.h"
#include "store/ReportRepository.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

namespace motcua {

namespace {

constexpr qint64 kVietnamOffset = 7 * 3600;
constexpr qint64 kDay = 86400;

// The Vietnam calendar day of an instant as a day number (Vietnam keeps UTC+7, core/Clock.h).
qint64 vietnamDayNumber(qint64 secs)
{
    const qint64 local = secs + kVietnamOffset;
    return local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
}

const QList<DossierState>& processedStates()
{
    static const QList<DossierState> states{DossierState::Withdrawn, DossierState::Done, DossierState::Returned};
    return states;
}

// The states a report counts as closed at finished_at under `rules`: processed ones, and
// stopped ones unless the rules leave them out (then they are in no query at all).
QList<DossierState> closedStates(const ReportRules& rules)
{
    QList<DossierState> out = processedStates();
    if (rules.stopped == StoppedRule::ByDate)
        out.append(DossierState::Stopped);
    return out;
}

// Not processed and not outside reports (stopped and supplement requested included). Word for
// word the list of the partial index dossiers_open (migration 009): queries that want stopped
// dossiers left out add `AND +d.state <> 10` beside it, so SQLite still reads that index.
const QList<DossierState>& openStates()
{
    static const QList<DossierState> states = [] {
        QList<DossierState> out;
        for (DossierState s : allStates()) {
            if (!isProcessed(s) && !isOutsideReports(s))
                out.append(s);
        }
        return out;
    }();
    return states;
}

} // namespace

DayCounts& DayCounts::operator+=(const DayCounts& o)
{
    receivedCounter += o.receivedCounter;
    receivedOnline += o.receivedOnline;
    receivedPostal += o.receivedPostal;
    returned += o.returned;
    dueToday += o.dueToday;
    overdue += o.overdue;
    awaitingSupplement += o.awaitingSupplement;
    return *this;
}

ReportService::ReportService(Database& db, const Clock& clock, Settings& settings)
    : m_db(db)
    , m_clock(clock)
    , m_settings(settings)
{}

ReportRules ReportService::rules()
{
    ReportRules r;
    const QString key = m_settings.string(SettingKey::ReportWithdrawnAs);
    if (!withdrawnRuleFromKey(key, &r.withdrawn))
        qCWarning(lcCore) << "report.withdrawnAs has an unknown value; counting withdrawn dossiers as on time";
    const QString stopped = m_settings.string(SettingKey::ReportStoppedAs);
    if (!stoppedRuleFromKey(stopped, &r.stopped))
        qCWarning(lcCore) << "report.stoppedAs has an unknown value; judging stopped dossiers by their stop date";
    return r;
}

QList<DossierState> ReportService::runningStates()
{
    return {DossierState::Received, DossierState::Transferred, DossierState::Processing,
            DossierState::SupplementReceived, DossierState::AwaitingFees};
}

Result<PeriodicReport> ReportService::periodic(const ReportRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::ReportService", "The report period is invalid: the first day must be on or before the last day."));
    }
    PeriodicReport report;
    report.from = request.from;
    report.to = request.to;
    report.grouping = request.grouping;
    report.scope = request.scope;
    report.rules = rules();
    report.generatedAt = m_clock.now();
    const ReportPeriod period = ReportPeriod::ofDays(request.from, request.to);
    const ReportFilter filter{request.departmentId, request.scope};

    ReportRepository repo(m_db);
    auto departments = repo.departments();
    if (!departments)
        return departments.error();
    // Procedure rows are few (hundreds): their field is looked up here, not joined per dossier.
    QHash<qint64, QString> fieldOf;
    const bool byField = request.grouping == ReportGrouping::Field;
    if (byField) {
        auto fields = repo.procedureFields();
        if (!fields)
            return fields.error();
        fieldOf = std::move(*fields);
    }

    QHash<qint64, ReportCounts> byDepartment;
    QMap<QString, ReportCounts> byFieldName;
    Status s = repo.periodFacts(period.start, period.end, byField, openStates(), closedStates(report.rules), filter,
                                [&](qint64 department, qint64 procedure, const DossierFacts& facts) {
                                    ReportCounts one;
                                    if (!tallyDossier(one, facts, period, report.rules))
                                        return;
                                    if (byField)
                                        byFieldName[fieldOf.value(procedure)] += one;
                                    else
                                        byDepartment[department] += one;
                                    report.total += one;
                                });
    if (!s)
        return s.error();

    if (!byField) {
        // Every department, in the catalogue's order, zeros included: the report lists them all.
        for (const ReportDepartment& d : *departments) {
            if (request.departmentId && *request.departmentId != d.id)
                continue;
            report.rows.append({d.code, d.name, d.id, byDepartment.value(d.id)});
        }
    } else {
        for (auto it = byFieldName.cbegin(); it != byFieldName.cend(); ++it) {
            const QString name =
                it.key().isEmpty() ? QCoreApplication::translate("motcua::ReportService", "(no field)") : it.key();
            report.rows.append({it.key(), name, 0, it.value()});
        }
        std::sort(report.rows.begin(), report.rows.end(),
                  [](const ReportRow& a, const ReportRow& b) { return a.name.localeAwareCompare(b.name) < 0; });
    }
    return report;
}

Result<TodayCounts> ReportService::counts(const QDate& day, std::optional<qint64> departmentId, ReportScope scope)
{
    if (!day.isValid())
        return Error::badInput(QCoreApplication::translate("motcua::ReportService", "The day is invalid."));
    TodayCounts out;
    out.day = day;
    const auto [first, end] = DossierRepository::vietnamDayRange(day);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const qint64 asOf = std::min(now, end);
    out.asOf = QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC);
    const ReportFilter filter{departmentId, scope};

    ReportRepository repo(m_db);
    auto departments = repo.departments();
    if (!departments)
        return departments.error();
    QHash<qint64, DayCounts> byId;

    // Received that day, by channel (index on received_at); never-received states left out.
    Status s = repo.receivedByChannel(first, end, {DossierState::Submitted, DossierState::Refused}, filter,
                                      [&byId](qint64 department, Channel channel, qint64 n) {
                                          DayCounts& c = byId[department];
                                          switch (channel) {
                                          case Channel::Counter:
                                              c.receivedCounter += n;
                                              break;
                                          case Channel::Online:
                                              c.receivedOnline += n;
                                              break;
                                          case Channel::Postal:
                                              c.receivedPostal += n;
                                              break;
                                          }
                                      });
    if (!s)
        return s.error();
    // Handed back that day (index on returned_at).
    s = repo.returnedBetween(first, end, filter,
                             [&byId](qint64 department, qint64 n) { byId[department].returned += n; });
    if (!s)
        return s.error();
    // Open with the clock running at asOf: running now (index on state, appointment_at), or
    // processed after asOf (a past day: index on finished_at). Due and overdue are disjoint, as
    // on the Dossiers page: due = the appointment is later that day, overdue = it has passed.
    auto standing = [&byId](qint64 department, qint64 due, qint64 overdue) {
        DayCounts& c = byId[department];
        c.dueToday += due;
        c.overdue += overdue;
    };
    s = repo.dueAndOverdue(asOf, std::max(asOf, first), end, openStates(), runningStates(), filter, standing);
    if (!s)
        return s.error();
    if (asOf < now) {
        // A past day: dossiers closed after asOf were open then, their clock running. Stopped
        // ones too when the report counts them (report.stoppedAs), so a past day agrees with the
        // report.
        s = repo.dueAndOverdueClosedSince(asOf, std::max(asOf, first), end, closedStates(rules()), filter, standing);
        if (!s)
            return s.error();
    }
    // Awaiting a supplement: the state now (the history of pauses is not needed for a count).
    s = repo.openIn(DossierState::SupplementRequested, openStates(), filter,
                    [&byId](qint64 department, qint64 n) { byId[department].awaitingSupplement += n; });
    if (!s)
        return s.error();

    for (const ReportDepartment& d : *departments) {
        if (departmentId && *departmentId != d.id)
            continue;
        DayCounts c = byId.value(d.id);
        c.departmentId = d.id;
        c.departmentCode = d.code;
        c.departmentName = d.name;
        c.departmentShortName = d.shortName.isEmpty() ? d.name : d.shortName;
        out.departments.append(c);
        out.total += c;
    }
    return out;
}

Result<QList<TrendPoint>> ReportService::trend(const QDate& from, const QDate& to, std::optional<qint64> departmentId,
                                               ReportScope scope)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::badInput(QCoreApplication::translate(
            "motcua::ReportService", "The period is invalid: the first day must be on or before the last day."));
    const ReportPeriod period = ReportPeriod::ofDays(from, to);
    const qint64 firstDay = vietnamDayNumber(period.start);
    QList<TrendPoint> points;
    for (QDate d = from; d <= to; d = d.addDays(1))
        points.append({d, 0, 0});
    const ReportFilter filter{departmentId, scope};
    const ReportRules r = rules();
    QList<DossierState> processed = closedStates(r);
    QList<DossierState> leftOut{DossierState::Submitted, DossierState::Refused};
    if (r.withdrawn == WithdrawnRule::Excluded) {
        processed.removeAll(DossierState::Withdrawn);
        leftOut.append(DossierState::Withdrawn);
    }
    if (r.stopped == StoppedRule::Excluded)
        leftOut.append(DossierState::Stopped);

    auto point = [&points, firstDay](qint64 dayNumber) -> TrendPoint* {
        const qint64 index = dayNumber - firstDay;
        return index < 0 || index >= points.size() ? nullptr : &points[index];
    };
    ReportRepository repo(m_db);
    Status s = repo.receivedPerDay(period.start, period.end, leftOut, filter, [&point](qint64 day, qint64 n) {
        if (TrendPoint* p = point(day))
            p->received += n;
    });
    if (!s)
        return s.error();
    s = repo.closedPerDay(period.start, period.end, processed, filter, [&point](qint64 day, qint64 n) {
        if (TrendPoint* p = point(day))
            p->processed += n;
    });
    if (!s)
        return s.error();
    return points;
}

qint64 ReportService::changeStamp()
{
    return ReportRepository(m_db).changeStamp();
}

Result<bool> ReportService::followsCenter()
{
    // Joined to a center, the workstation is one of its counters from the start, before the
    // feed has brought any other counter's dossier.
    if (!m_settings.string(SettingKey::CenterUrl).isEmpty())
        return true;
    return ReportRepository(m_db).holdsOtherStations();
}

DossierSelection ReportService::selectReceived(const QDate& day, std::optional<Channel> channel,
                                               std::optional<qint64> departmentId)
{
    DossierSelection s = selectReceivedBetween(day, day, channel, departmentId);
    s.day = day;
    s.label = channel ? QCoreApplication::translate("motcua::ReportService", "Received on %1 (%2)")
                            .arg(day.toString(QStringLiteral("dd/MM/yyyy")), channelName(*channel))
                      : QCoreApplication::translate("motcua::ReportService", "Received on %1")
                            .arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    return s;
}

DossierSelection ReportService::selectReceivedBetween(const QDate& from, const QDate& to,
                                                      std::optional<Channel> channel,
                                                      std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::Received;
    const ReportPeriod period = ReportPeriod::ofDays(from, to);
    s.from = QDateTime::fromSecsSinceEpoch(period.start, Qt::UTC);
    s.to = QDateTime::fromSecsSinceEpoch(period.end, Qt::UTC);
    s.channel = channel;
    s.departmentId = departmentId;
    for (DossierState st : allStates()) {
        if (!isOutsideReports(st))
            s.states.append(st);
    }
    s.label = QCoreApplication::translate("motcua::ReportService", "Received from %1 to %2")
                  .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
    return s;
}

DossierSelection ReportService::selectReturned(const QDate& day, std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::Returned;
    const auto [first, end] = DossierRepository::vietnamDayRange(day);
    s.from = QDateTime::fromSecsSinceEpoch(first, Qt::UTC);
    s.to = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    s.day = day;
    s.departmentId = departmentId;
    s.states = {DossierState::Returned};
    s.label = QCoreApplication::translate("motcua::ReportService", "Results returned on %1")
                  .arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    return s;
}

DossierSelection ReportService::selectDueOn(const QDate& day, std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::DueOn;
    s.day = day;
    s.departmentId = departmentId;
    s.states = runningStates();
    s.label = QCoreApplication::translate("motcua::ReportService", "Due on %1")
                  .arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    return s;
}

DossierSelection ReportService::selectOverdue(const QDateTime& asOf, std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::Overdue;
    s.asOf = asOf;
    s.day = toVietnam(asOf).date();
    s.departmentId = departmentId;
    s.states = runningStates();
    s.label = QCoreApplication::translate("motcua::ReportService", "Overdue");
    return s;
}

DossierSelection ReportService::selectAwaitingSupplement(std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::AwaitingSupplement;
    s.departmentId = departmentId;
    s.states = {DossierState::SupplementRequested};
    s.label = QCoreApplication::translate("motcua::ReportService", "Awaiting a supplement");
    return s;
}

} // namespace motcua
