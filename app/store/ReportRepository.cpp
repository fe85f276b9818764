#include "store/ReportRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua {

namespace {

constexpr qint64 kVietnamOffset = 7 * 3600;
constexpr qint64 kDay = 86400;

QString stateList(const QList<DossierState>& states)
{
    QStringList parts;
    for (DossierState s : states)
        parts.append(QString::number(static_cast<int>(s)));
    return parts.join(QLatin1Char(','));
}

// The conditions every figure shares: one department, this workstation's own dossiers.
QString filterClause(const ReportFilter& filter)
{
    QString out;
    if (filter.departmentId)
        out += QStringLiteral(" AND d.department_id = %1").arg(*filter.departmentId);
    if (filter.scope == ReportScope::Station)
        out += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM center_dossiers c WHERE c.code = d.code)");
    return out;
}

// The Vietnam day number of a column (instants are positive).
QString dayOf(const char* column)
{
    return QStringLiteral("((%1 + %2) / %3)").arg(QLatin1String(column)).arg(kVietnamOffset).arg(kDay);
}

// Prepares `sql`, binds `args` in order and hands each row to `each`.
Status run(Database& db, const QString& sql, std::initializer_list<qint64> args, const QString& doing,
           const std::function<void(const Statement&)>& each)
{
    auto q = db.query(sql, doing);
    if (!q)
        return q.error();
    // Arguments past the statement's last parameter are not bound (SQLite ignores them).
    int i = 0;
    for (qint64 a : args)
        q->bind(++i, a);
    while (q->next())
        each(q->statement());
    return q->error();
}

QString counting()
{
    return QCoreApplication::translate("motcua::ReportRepository", "counting the day's dossiers");
}

} // namespace

ReportRepository::ReportRepository(Database& db)
    : m_db(db)
{}

Result<QList<ReportDepartment>> ReportRepository::departments()
{
    QList<ReportDepartment> out;
    Status s = run(m_db, QStringLiteral("SELECT id, code, name, short_name FROM departments ORDER BY ordinal, id"), {},
                   QCoreApplication::translate("motcua::ReportRepository", "reading the departments"),
                   [&out](const Statement& st) {
                       out.append({st.int64(0), st.text(1), st.text(2), st.text(3)});
                   });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<qint64, QString>> ReportRepository::procedureFields()
{
    QHash<qint64, QString> out;
    Status s = run(m_db, QStringLiteral("SELECT id, field FROM procedures"), {},
                   QCoreApplication::translate("motcua::ReportRepository", "preparing the report"),
                   [&out](const Statement& st) { out.insert(st.int64(0), st.text(1).trimmed()); });
    if (!s)
        return s.error();
    return out;
}

Status ReportRepository::periodFacts(qint64 start, qint64 end, bool withProcedure, const QList<DossierState>& open,
                                     const QList<DossierState>& closed, const ReportFilter& filter,
                                     const FactsRow& each)
{
    // Received in the period (index on received_at), then received before it and still open
    // at its start: open now (index on state), or closed at or after the start (index on
    // finished_at). A unary + keeps SQLite off an index that looks selective in its statistics
    // but is not for these values (almost every dossier is Returned; almost every one was
    // received before the period). Only the columns the indexes of migration 009 cover, so no
    // table row is read when grouping by department: the procedure only for fields, the channel
    // only for dossiers received in the period (the others are carried over whatever their
    // channel).
    const QString procedure = withProcedure ? QStringLiteral("d.procedure_id") : QStringLiteral("0");
    auto columns = [&procedure](const char* channel, const char* finished) {
        return QStringLiteral("SELECT d.department_id, %1, %2, d.state, d.received_at, d.appointment_at, "
                              "%3 FROM dossiers d ")
            .arg(procedure, QLatin1String(channel), QLatin1String(finished));
    };
    const QString where = filterClause(filter);
    const QString queries[] = {
        columns("d.channel", "d.finished_at") + QStringLiteral("WHERE d.received_at >= ?1 AND d.received_at < ?2") +
            where,
        // Open: finished_at plays no part (reportClosedAt), and the partial index lacks it. A
        // stopped dossier is closed (at its stop time) or excluded, never open.
        columns("1", "NULL") +
            QStringLiteral("WHERE d.state IN (%1) AND +d.state <> %2 AND d.received_at < ?1")
                .arg(stateList(open))
                .arg(static_cast<int>(DossierState::Stopped)) +
            where,
        columns("1", "d.finished_at") +
            QStringLiteral("WHERE d.finished_at >= ?1 AND +d.received_at < ?1 AND +d.state IN (%1)")
                .arg(stateList(closed)) +
            where,
    };
    const QString doing = QCoreApplication::translate("motcua::ReportRepository", "preparing the report");
    for (const QString& sql : queries) {
        Status s = run(m_db, sql, {start, end}, doing, [&each](const Statement& st) {
            DossierFacts f;
            f.channel = static_cast<Channel>(st.integer(2));
            f.state = static_cast<DossierState>(st.integer(3));
            f.receivedAt = st.int64(4);
            f.appointmentAt = st.int64(5);
            f.finishedAt = st.isNull(6) ? 0 : st.int64(6);
            each(st.int64(0), st.int64(1), f);
        });
        if (!s)
            return s;
    }
    return {};
}

Status ReportRepository::receivedByChannel(qint64 start, qint64 end, const QList<DossierState>& notIn,
                                           const ReportFilter& filter, const ChannelRow& each)
{
    return run(m_db,
               QStringLiteral("SELECT d.department_id, d.channel, count(*) FROM dossiers d "
                              "WHERE d.received_at >= ?1 AND d.received_at < ?2 AND d.state NOT IN (%1)")
                       .arg(stateList(notIn)) +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1, 2"),
               {start, end}, counting(),
               [&each](const Statement& st) { each(st.int64(0), static_cast<Channel>(st.integer(1)), st.int64(2)); });
}

Status ReportRepository::returnedBetween(qint64 start, qint64 end, const ReportFilter& filter, const CountRow& each)
{
    return run(m_db,
               QStringLiteral("SELECT d.department_id, count(*) FROM dossiers d "
                              "WHERE d.returned_at >= ?1 AND d.returned_at < ?2") +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1"),
               {start, end}, counting(), [&each](const Statement& st) { each(st.int64(0), st.int64(1)); });
}

namespace {
const QString kStanding =
    QStringLiteral("SELECT d.department_id, sum(d.appointment_at >= ?2 AND d.appointment_at < ?3), "
                   "sum(d.appointment_at < ?1) FROM dossiers d WHERE ");
}

Status ReportRepository::dueAndOverdue(qint64 asOf, qint64 dueFrom, qint64 dueEnd, const QList<DossierState>& open,
                                       const QList<DossierState>& running, const ReportFilter& filter,
                                       const DueRow& each)
{
    // The list of open states, word for word, lets SQLite read the small partial index of open
    // dossiers (dossiers_open) instead of a whole index.
    return run(
        m_db,
        kStanding +
            QStringLiteral("d.state IN (%1) AND d.state IN (%2) AND d.appointment_at < ?3 AND d.received_at < ?1")
                .arg(stateList(open), stateList(running)) +
            filterClause(filter) + QStringLiteral(" GROUP BY 1"),
        {asOf, dueFrom, dueEnd}, counting(),
        [&each](const Statement& st) { each(st.int64(0), st.int64(1), st.int64(2)); });
}

Status ReportRepository::dueAndOverdueClosedSince(qint64 asOf, qint64 dueFrom, qint64 dueEnd,
                                                  const QList<DossierState>& closed, const ReportFilter& filter,
                                                  const DueRow& each)
{
    return run(m_db,
               kStanding +
                   QStringLiteral("+d.state IN (%1) AND d.finished_at >= ?1 AND +d.appointment_at < ?3 "
                                  "AND +d.received_at < ?1")
                       .arg(stateList(closed)) +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1"),
               {asOf, dueFrom, dueEnd}, counting(),
               [&each](const Statement& st) { each(st.int64(0), st.int64(1), st.int64(2)); });
}

Status ReportRepository::openIn(DossierState state, const QList<DossierState>& open, const ReportFilter& filter,
                                const CountRow& each)
{
    return run(m_db,
               QStringLiteral("SELECT d.department_id, count(*) FROM dossiers d WHERE d.state IN (%1) AND d.state = %2")
                       .arg(stateList(open))
                       .arg(static_cast<int>(state)) +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1"),
               {}, counting(), [&each](const Statement& st) { each(st.int64(0), st.int64(1)); });
}

Status ReportRepository::receivedPerDay(qint64 start, qint64 end, const QList<DossierState>& notIn,
                                        const ReportFilter& filter, const DayRow& each)
{
    return run(m_db,
               QStringLiteral("SELECT %1, count(*) FROM dossiers d WHERE d.received_at >= ?1 AND d.received_at < ?2 "
                              "AND d.state NOT IN (%2)")
                       .arg(dayOf("d.received_at"), stateList(notIn)) +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1"),
               {start, end}, QCoreApplication::translate("motcua::ReportRepository", "counting dossiers per day"),
               [&each](const Statement& st) { each(st.int64(0), st.int64(1)); });
}

Status ReportRepository::closedPerDay(qint64 start, qint64 end, const QList<DossierState>& closed,
                                      const ReportFilter& filter, const DayRow& each)
{
    return run(m_db,
               QStringLiteral("SELECT %1, count(*) FROM dossiers d WHERE d.finished_at >= ?1 AND d.finished_at < ?2 "
                              "AND +d.state IN (%2)")
                       .arg(dayOf("d.finished_at"), stateList(closed)) +
                   filterClause(filter) + QStringLiteral(" GROUP BY 1"),
               {start, end}, QCoreApplication::translate("motcua::ReportRepository", "counting dossiers per day"),
               [&each](const Statement& st) { each(st.int64(0), st.int64(1)); });
}

Result<bool> ReportRepository::holdsOtherStations()
{
    bool any = false;
    Status s = run(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM center_dossiers)"), {},
                   QCoreApplication::translate("motcua::ReportRepository", "reading the center's dossiers"),
                   [&any](const Statement& st) { any = st.int64(0) != 0; });
    if (!s)
        return s.error();
    return any;
}

qint64 ReportRepository::changeStamp()
{
    // total_changes(): rows changed by this connection; data_version: commits by others.
    auto read = [this](const QString& sql) -> qint64 {
        auto q =
            m_db.query(sql, QCoreApplication::translate("motcua::ReportRepository", "counting the day's dossiers"));
        return q && q->next() ? q->int64(0) : 0;
    };
    const qint64 mine = read(QStringLiteral("SELECT total_changes()"));
    const qint64 theirs = read(QStringLiteral("PRAGMA data_version"));
    return (theirs << 40) ^ mine;
}

} // namespace motcua
