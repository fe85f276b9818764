#pragma once

#include "core/DossierState.h"
#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace motcua {

class Database;

// What narrows every figure: one department, this workstation's own dossiers (ReportScope,
// core/PeriodicReport.h: those not in center_dossiers).
struct ReportFilter
{
    std::optional<qint64> departmentId;
    ReportScope scope = ReportScope::All;
};

struct ReportDepartment
{
    qint64 id = 0;
    QString code;
    QString name;
    QString shortName;
};

// The queries behind the supervisors' figures (service/ReportService decides what they mean).
// Every figure comes from the dossiers table (received_at, appointment_at, finished_at,
// returned_at, state, channel, department_id; procedures.field) through indexed ranges, so the
// cost follows the size of the period, not of the history (migration 009). Instants are UTC
// epoch seconds; ranges are half-open [start, end).
class ReportRepository
{
public:
    explicit ReportRepository(Database& db);

    // Every department, in the catalogue's order.
    Result<QList<ReportDepartment>> departments();
    // The field of every procedure, by procedure id (hundreds of rows).
    Result<QHash<qint64, QString>> procedureFields();

    // The facts of each dossier a period report may count: received in the period, or received
    // before it and open at its start (`open` now, or closed in a `closed` state at or after
    // the start). The three sets are disjoint. `procedure` is 0 unless `withProcedure`.
    using FactsRow = std::function<void(qint64 department, qint64 procedure, const DossierFacts& facts)>;
    Status periodFacts(qint64 start, qint64 end, bool withProcedure, const QList<DossierState>& open,
                       const QList<DossierState>& closed, const ReportFilter& filter, const FactsRow& each);

    // Dossiers received in [start, end) by department and channel (`notIn`: states left out).
    using ChannelRow = std::function<void(qint64 department, Channel channel, qint64 count)>;
    Status receivedByChannel(qint64 start, qint64 end, const QList<DossierState>& notIn, const ReportFilter& filter,
                             const ChannelRow& each);
    // Results handed back in [start, end), by department.
    using CountRow = std::function<void(qint64 department, qint64 count)>;
    Status returnedBetween(qint64 start, qint64 end, const ReportFilter& filter, const CountRow& each);
    // Open dossiers whose clock ran at `asOf`, by department: due = appointment in
    // [dueFrom, dueEnd), overdue = appointment before asOf. `running` now (in one of `open` and
    // `running`), and, for a past instant, those closed in a `closed` state after it.
    using DueRow = std::function<void(qint64 department, qint64 due, qint64 overdue)>;
    Status dueAndOverdue(qint64 asOf, qint64 dueFrom, qint64 dueEnd, const QList<DossierState>& open,
                         const QList<DossierState>& running, const ReportFilter& filter, const DueRow& each);
    Status dueAndOverdueClosedSince(qint64 asOf, qint64 dueFrom, qint64 dueEnd, const QList<DossierState>& closed,
                                    const ReportFilter& filter, const DueRow& each);
    // Open dossiers in state `state` now, by department.
    Status openIn(DossierState state, const QList<DossierState>& open, const ReportFilter& filter,
                  const CountRow& each);

    // Per Vietnam day (day number: (instant + 7 h) / 1 day) in [start, end): dossiers received,
    // leaving out `notIn`, and dossiers whose processing ended in one of `closed`.
    using DayRow = std::function<void(qint64 dayNumber, qint64 count)>;
    Status receivedPerDay(qint64 start, qint64 end, const QList<DossierState>& notIn, const ReportFilter& filter,
                          const DayRow& each);
    Status closedPerDay(qint64 start, qint64 end, const QList<DossierState>& closed, const ReportFilter& filter,
                        const DayRow& each);

    // Whether this store holds dossiers received at other workstations (it follows a center).
    Result<bool> holdsOtherStations();
    // Changes whenever the database may hold different figures: rows changed by this
    // connection, commits by other ones (PRAGMA data_version).
    qint64 changeStamp();

private:
    Database& m_db;
};

} // namespace motcua
