#include "service/ReportService.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
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

QString stateList(const QList<DossierState>& states)
{
    QStringList parts;
    for (DossierState s : states)
        parts.append(QString::number(static_cast<int>(s)));
    return parts.join(QLatin1Char(','));
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

QString departmentClause(std::optional<qint64> departmentId)
{
    return departmentId ? QStringLiteral(" AND d.department_id = %1").arg(*departmentId) : QString();
}

DossierFacts readFacts(const Statement& st, int first)
{
    DossierFacts f;
    f.channel = static_cast<Channel>(st.integer(first));
    f.state = static_cast<DossierState>(st.integer(first + 1));
    f.receivedAt = st.int64(first + 2);
    f.appointmentAt = st.int64(first + 3);
    f.finishedAt = st.isNull(first + 4) ? 0 : st.int64(first + 4);
    return f;
}

struct DepartmentInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    QString shortName;
};

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
    const QString key = m_settings.string(QStringLiteral("report.withdrawnAs"));
    if (!withdrawnRuleFromKey(key, &r.withdrawn))
        qCWarning(lcCore) << "report.withdrawnAs has an unknown value; counting withdrawn dossiers as on time";
    const QString stopped = m_settings.string(QStringLiteral("report.stoppedAs"));
    if (!stoppedRuleFromKey(stopped, &r.stopped))
        qCWarning(lcCore) << "report.stoppedAs has an unknown value; judging stopped dossiers by their stop date";
    return r;
}

QList<DossierState> ReportService::runningStates()
{
    return {DossierState::Received, DossierState::Transferred, DossierState::Processing,
            DossierState::SupplementReceived, DossierState::AwaitingFees};
}

namespace {

Result<QList<DepartmentInfo>> loadDepartments(Database& db)
{
    QList<DepartmentInfo> out;
    Statement& st =
        db.prepare(QStringLiteral("SELECT id, code, name, short_name FROM departments ORDER BY ordinal, id"));
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3)});
    if (!st.error())
        return st.error().error();
    return out;
}

} // namespace

Result<PeriodicReport> ReportService::periodic(const ReportRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        return Error::badInput(QCoreApplication::translate(
            "motcua", "The report period is invalid: the first day must be on or before the last day."));
    }
    PeriodicReport report;
    report.from = request.from;
    report.to = request.to;
    report.grouping = request.grouping;
    report.rules = rules();
    report.generatedAt = m_clock.now();
    const ReportPeriod period = ReportPeriod::ofDays(request.from, request.to);

    auto departments = loadDepartments(m_db);
    if (!departments)
        return departments.error();
    // Procedure rows are few (hundreds): their field is looked up here, not joined per dossier.
    QHash<qint64, QString> fieldOf;
    if (request.grouping == ReportGrouping::Field) {
        Statement& st = m_db.prepare(QStringLiteral("SELECT id, field FROM procedures"));
        while (st.next())
            fieldOf.insert(st.int64(0), st.text(1).trimmed());
        if (!st.error())
            return st.error().error();
    }

    QHash<qint64, ReportCounts> byDepartment;
    QMap<QString, ReportCounts> byField;
    auto add = [&](const Statement& st) {
        ReportCounts one;
        if (!tallyDossier(one, readFacts(st, 2), period, report.rules))
            return;
        if (request.grouping == ReportGrouping::Department)
            byDepartment[st.int64(0)] += one;
        else
            byField[fieldOf.value(st.int64(1))] += one;
        report.total += one;
    };

    // Received in the period (index on received_at), then received before it and still open
    // at its start: open now (index on state), or closed at or after the start (index on
    // finished_at). The three sets are disjoint. A unary + keeps SQLite off an index that
    // looks selective in its statistics but is not for these values (almost every dossier
    // is Returned; almost every one was received before the period).
    // Only the columns the indexes of migration 009 cover, so no table row is read when
    // grouping by department: the procedure only for fields, the channel only for dossiers
    // received in the period (the others are carried over whatever their channel).
    const QString procedure =
        request.grouping == ReportGrouping::Field ? QStringLiteral("d.procedure_id") : QStringLiteral("0");
    auto columns = [&procedure](const char* channel, const char* finished) {
        return QStringLiteral("SELECT d.department_id, %1, %2, d.state, d.received_at, d.appointment_at, "
                              "%3 FROM dossiers d ")
            .arg(procedure, QLatin1String(channel), QLatin1String(finished));
    };
    const QString dept = departmentClause(request.departmentId);
    const QString queries[] = {
        columns("d.channel", "d.finished_at") + QStringLiteral("WHERE d.received_at >= ?1 AND d.received_at < ?2") +
            dept,
        // Open: finished_at plays no part (reportClosedAt), and the partial index lacks it. A
        // stopped dossier is closed (at its stop time) or excluded, never open.
        columns("1", "NULL") +
            QStringLiteral("WHERE d.state IN (%1) AND +d.state <> %2 AND d.received_at < ?1")
                .arg(stateList(openStates()))
                .arg(static_cast<int>(DossierState::Stopped)) +
            dept,
        columns("1", "d.finished_at") +
            QStringLiteral("WHERE d.finished_at >= ?1 AND +d.received_at < ?1 AND +d.state IN (%1)")
                .arg(stateList(closedStates(report.rules))) +
            dept,
    };
    for (const QString& sql : queries) {
        Statement& st = m_db.prepare(sql);
        if (!st.isValid())
            return m_db.storageError(QCoreApplication::translate("motcua", "preparing the report"));
        st.bind(1, period.start);
        if (sql.contains(QLatin1String("?2")))
            st.bind(2, period.end);
        while (st.next())
            add(st);
        if (!st.error())
            return st.error().error();
    }

    if (request.grouping == ReportGrouping::Department) {
        // Every department, in the catalogue's order, zeros included: the report lists them all.
        for (const DepartmentInfo& d : *departments) {
            if (request.departmentId && *request.departmentId != d.id)
                continue;
            report.rows.append({d.code, d.name, d.id, byDepartment.value(d.id)});
        }
    } else {
        for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
            const QString name = it.key().isEmpty() ? QCoreApplication::translate("motcua", "(no field)") : it.key();
            report.rows.append({it.key(), name, 0, it.value()});
        }
        std::sort(report.rows.begin(), report.rows.end(),
                  [](const ReportRow& a, const ReportRow& b) { return a.name.localeAwareCompare(b.name) < 0; });
    }
    return report;
}

Result<TodayCounts> ReportService::counts(const QDate& day, std::optional<qint64> departmentId)
{
    if (!day.isValid())
        return Error::badInput(QCoreApplication::translate("motcua", "The day is invalid."));
    TodayCounts out;
    out.day = day;
    const auto [first, end] = DossierRepository::vietnamDayRange(day);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const qint64 asOf = std::min(now, end);
    out.asOf = QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC);

    auto departments = loadDepartments(m_db);
    if (!departments)
        return departments.error();
    QHash<qint64, DayCounts> byId;
    const QString dept = departmentClause(departmentId);

    auto run = [&](const QString& sql, const std::function<void(const Statement&, DayCounts&)>& apply,
                   std::initializer_list<qint64> args) -> Status {
        Statement& st = m_db.prepare(sql);
        if (!st.isValid())
            return m_db.storageError(QCoreApplication::translate("motcua", "counting the day's dossiers"));
        int i = 0;
        for (qint64 a : args)
            st.bind(++i, a);
        while (st.next())
            apply(st, byId[st.int64(0)]);
        return st.error();
    };

    // Received that day, by channel (index on received_at).
    Status s = run(QStringLiteral("SELECT d.department_id, d.channel, count(*) FROM dossiers d "
                                  "WHERE d.received_at >= ?1 AND d.received_at < ?2 AND d.state NOT IN (1, 3)") +
                       dept + QStringLiteral(" GROUP BY 1, 2"),
                   [](const Statement& st, DayCounts& c) {
                       const qint64 n = st.int64(2);
                       switch (static_cast<Channel>(st.integer(1))) {
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
                   },
                   {first, end});
    if (!s)
        return s.error();
    // Handed back that day (index on returned_at).
    s = run(QStringLiteral("SELECT d.department_id, count(*) FROM dossiers d "
                           "WHERE d.returned_at >= ?1 AND d.returned_at < ?2") +
                dept + QStringLiteral(" GROUP BY 1"),
            [](const Statement& st, DayCounts& c) { c.returned += st.int64(1); }, {first, end});
    if (!s)
        return s.error();
    // Open with the clock running at asOf: running now (index on state, appointment_at), or
    // processed after asOf (a past day: index on finished_at). Due and overdue are disjoint, as
    // on the Dossiers page: due = the appointment is later that day, overdue = it has passed.
    const QString running = stateList(runningStates());
    // A past day: dossiers closed after asOf were open then, their clock running. Stopped ones
    // too when the report counts them (report.stoppedAs), so a past day agrees with the report.
    const QString processed = stateList(closedStates(rules()));
    const QString standing =
        QStringLiteral("SELECT d.department_id, sum(d.appointment_at >= ?2 AND d.appointment_at < ?3), "
                       "sum(d.appointment_at < ?1) FROM dossiers d WHERE ");
    s = run(standing +
                QStringLiteral("d.state IN (%1) AND d.state IN (%2) AND d.appointment_at < ?3 AND d.received_at < ?1")
                    .arg(stateList(openStates()), running) +
                dept + QStringLiteral(" GROUP BY 1"),
            [](const Statement& st, DayCounts& c) {
                c.dueToday += st.int64(1);
                c.overdue += st.int64(2);
            },
            {asOf, std::max(asOf, first), end});
    if (!s)
        return s.error();
    if (asOf < now) {
        s = run(standing +
                    QStringLiteral("+d.state IN (%1) AND d.finished_at >= ?1 AND +d.appointment_at < ?3 "
                                   "AND +d.received_at < ?1")
                        .arg(processed) +
                    dept + QStringLiteral(" GROUP BY 1"),
                [](const Statement& st, DayCounts& c) {
                    c.dueToday += st.int64(1);
                    c.overdue += st.int64(2);
                },
                {asOf, std::max(asOf, first), end});
        if (!s)
            return s.error();
    }
    // Awaiting a supplement: the state now (the history of pauses is not needed for a count).
    // The list of open states, word for word, lets SQLite read the small partial index of open
    // dossiers (dossiers_open) instead of a whole index.
    s = run(QStringLiteral("SELECT d.department_id, count(*) FROM dossiers d WHERE d.state IN (%1) AND d.state = %2")
                    .arg(stateList(openStates()))
                    .arg(static_cast<int>(DossierState::SupplementRequested)) +
                dept + QStringLiteral(" GROUP BY 1"),
            [](const Statement& st, DayCounts& c) { c.awaitingSupplement += st.int64(1); }, {});
    if (!s)
        return s.error();

    for (const DepartmentInfo& d : *departments) {
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

Result<QList<TrendPoint>> ReportService::trend(const QDate& from, const QDate& to, std::optional<qint64> departmentId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::badInput(QCoreApplication::translate(
            "motcua", "The period is invalid: the first day must be on or before the last day."));
    const ReportPeriod period = ReportPeriod::ofDays(from, to);
    const qint64 firstDay = vietnamDayNumber(period.start);
    QList<TrendPoint> points;
    for (QDate d = from; d <= to; d = d.addDays(1))
        points.append({d, 0, 0});
    const QString dept = departmentClause(departmentId);
    const ReportRules r = rules();
    const bool excludeWithdrawn = r.withdrawn == WithdrawnRule::Excluded;
    const bool excludeStopped = r.stopped == StoppedRule::Excluded;
    QList<DossierState> processed = closedStates(r);
    if (excludeWithdrawn)
        processed.removeAll(DossierState::Withdrawn);
    QStringList leftOut;
    if (excludeWithdrawn)
        leftOut.append(QString::number(static_cast<int>(DossierState::Withdrawn)));
    if (excludeStopped)
        leftOut.append(QString::number(static_cast<int>(DossierState::Stopped)));

    // The Vietnam day number of a column, as vietnamDayNumber() computes it (instants are positive).
    auto day = [](const char* column) {
        return QStringLiteral("((%1 + %2) / %3)").arg(QLatin1String(column)).arg(kVietnamOffset).arg(kDay);
    };
    const QString sqls[] = {
        QStringLiteral("SELECT %1, count(*) FROM dossiers d WHERE d.received_at >= ?1 AND d.received_at < ?2 "
                       "AND d.state NOT IN (1, 3)")
                .arg(day("d.received_at")) +
            (leftOut.isEmpty() ? QString() : QStringLiteral(" AND d.state NOT IN (%1)").arg(leftOut.join(u','))) +
            dept + QStringLiteral(" GROUP BY 1"),
        QStringLiteral("SELECT %1, count(*) FROM dossiers d WHERE d.finished_at >= ?1 AND d.finished_at < ?2 "
                       "AND +d.state IN (%2)")
                .arg(day("d.finished_at"), stateList(processed)) +
            dept + QStringLiteral(" GROUP BY 1"),
    };
    for (int i = 0; i < 2; ++i) {
        Statement& st = m_db.prepare(sqls[i]);
        if (!st.isValid())
            return m_db.storageError(QCoreApplication::translate("motcua", "counting dossiers per day"));
        st.bind(1, period.start).bind(2, period.end);
        while (st.next()) {
            const qint64 index = st.int64(0) - firstDay;
            if (index < 0 || index >= points.size())
                continue;
            (i == 0 ? points[index].received : points[index].processed) += st.int64(1);
        }
        if (!st.error())
            return st.error().error();
    }
    return points;
}

qint64 ReportService::changeStamp()
{
    // total_changes(): rows changed by this connection; data_version: commits by others.
    Statement& a = m_db.prepare(QStringLiteral("SELECT total_changes()"));
    const qint64 mine = a.next() ? a.int64(0) : 0;
    a.reset();
    Statement& b = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    const qint64 theirs = b.next() ? b.int64(0) : 0;
    b.reset();
    return (theirs << 40) ^ mine;
}

DossierSelection ReportService::selectReceived(const QDate& day, std::optional<Channel> channel,
                                               std::optional<qint64> departmentId)
{
    DossierSelection s = selectReceivedBetween(day, day, channel, departmentId);
    s.day = day;
    s.label =
        channel
            ? QCoreApplication::translate("motcua", "Received on %1 (%2)")
                  .arg(day.toString(QStringLiteral("dd/MM/yyyy")), channelName(*channel))
            : QCoreApplication::translate("motcua", "Received on %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
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
    s.label = QCoreApplication::translate("motcua", "Received from %1 to %2")
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
    s.label =
        QCoreApplication::translate("motcua", "Results returned on %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    return s;
}

DossierSelection ReportService::selectDueOn(const QDate& day, std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::DueOn;
    s.day = day;
    s.departmentId = departmentId;
    s.states = runningStates();
    s.label = QCoreApplication::translate("motcua", "Due on %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
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
    s.label = QCoreApplication::translate("motcua", "Overdue");
    return s;
}

DossierSelection ReportService::selectAwaitingSupplement(std::optional<qint64> departmentId)
{
    DossierSelection s;
    s.kind = DossierSelection::AwaitingSupplement;
    s.departmentId = departmentId;
    s.states = {DossierState::SupplementRequested};
    s.label = QCoreApplication::translate("motcua", "Awaiting a supplement");
    return s;
}

} // namespace motcua
