#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/DepartmentQueueRepository.h"

#include <QList>
#include <QStringList>

namespace motcua {

class Clock;
class Database;
enum class ProcessingAction;

// One dossier of a department's queue, with the live flags of its clock.
struct QueueEntry
{
    QueueRow row;
    bool notTakenUp = false;         // handed over, not yet received by the department
    bool inProcessing = false;       // taken up: processing, supplement received, awaiting fees
    bool awaitingSupplement = false; // papers asked for, clock paused
    bool dueToday = false;           // the appointment is later today (Vietnam time)
    bool overdue = false;            // the appointment has passed
};

struct DepartmentQueueView
{
    QList<QueueEntry> entries;
    int notTakenUp = 0;
    int inProcessing = 0;
    int awaitingSupplement = 0;
    int dueToday = 0;
    int overdue = 0;
};

// Departments at their own desks: a department officer (an account with departments, set by an
// administrator and signed by the center: StationAccounts) works from the queue of the dossiers
// now with their departments, and records the department's steps there — take up, request a
// supplement, its arrival, fees, complete, hand back to the counter, transfer on. The counter
// still sees and does everything; an officer does nothing at the counter's side (return,
// withdrawal) nor on a dossier that is with another department.
class DepartmentQueue
{
public:
    DepartmentQueue(Database& db, const Clock& clock);

    // An officer: a clerk whose account names departments.
    static bool isOfficer(const Actor& actor);

    // The queue of the officer's own departments. Anyone else may name `departments` (codes);
    // an officer naming another department is refused (Forbidden).
    Result<DepartmentQueueView> queue(const Actor& actor, const QStringList& departments = {});

    // For ProcessingService::check: Forbidden when `actor` is an officer and `action` is not a
    // department's step, or the dossier is not with one of their departments
    // (`locationDepartmentId`: where its last hand-over went, 0 for the counter).
    Status officerMayAct(const Actor& actor, ProcessingAction action, qint64 locationDepartmentId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace motcua
