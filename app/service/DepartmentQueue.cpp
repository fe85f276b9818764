#include "service/DepartmentQueue.h"

#include "core/Clock.h"
#include "service/ProcessingService.h"

#include <QCoreApplication>

namespace motcua {

DepartmentQueue::DepartmentQueue(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

bool DepartmentQueue::isOfficer(const Actor& actor)
{
    return !actor.departments.isEmpty() && !actor.atLeast(Role::Supervisor);
}

Result<DepartmentQueueView> DepartmentQueue::queue(const Actor& actor, const QStringList& departments)
{
    QStringList codes = departments;
    if (isOfficer(actor)) {
        for (const QString& code : departments) {
            if (!actor.departments.contains(code))
                return Error::forbidden(QCoreApplication::translate(
                    "motcua::DepartmentQueue", "A department officer sees only the queue of their own departments."));
        }
        if (codes.isEmpty())
            codes = actor.departments;
    }
    const Result<QList<QueueRow>> rows = DepartmentQueueRepository(m_db).queue(codes);
    if (!rows)
        return rows.error();
    const QDateTime now = m_clock.now();
    const QDate today = toVietnam(now).date();
    DepartmentQueueView view;
    for (const QueueRow& row : *rows) {
        QueueEntry e;
        e.row = row;
        using S = DossierState;
        e.notTakenUp = row.state == S::Transferred && !row.takenUp;
        e.awaitingSupplement = row.state == S::SupplementRequested;
        e.inProcessing = !e.notTakenUp && !e.awaitingSupplement;
        // A supplement request pauses the clock: neither due nor overdue meanwhile.
        if (!e.awaitingSupplement && row.appointmentAt.isValid()) {
            e.overdue = row.appointmentAt < now;
            e.dueToday = !e.overdue && toVietnam(row.appointmentAt).date() == today;
        }
        view.notTakenUp += e.notTakenUp;
        view.inProcessing += e.inProcessing;
        view.awaitingSupplement += e.awaitingSupplement;
        view.dueToday += e.dueToday;
        view.overdue += e.overdue;
        view.entries.append(e);
    }
    return view;
}

Status DepartmentQueue::officerMayAct(const Actor& actor, ProcessingAction action, qint64 locationDepartmentId)
{
    if (!isOfficer(actor))
        return {};
    switch (action) {
    case ProcessingAction::Receive:
    case ProcessingAction::RequestSupplement:
    case ProcessingAction::SupplementReceived:
    case ProcessingAction::AwaitingFees:
    case ProcessingAction::Complete:
    case ProcessingAction::BackToCounter:
    case ProcessingAction::Transfer:
    case ProcessingAction::TakeBack:
        break;
    default:
        return Error::forbidden(
            QCoreApplication::translate("motcua::DepartmentQueue",
                                        "This is the counter's step, not a department officer's: %1.")
                .arg(processingActionName(action)));
    }
    const Result<QString> code = DepartmentQueueRepository(m_db).departmentCode(locationDepartmentId);
    if (!code)
        return code.error();
    if (code->isEmpty() || !actor.departments.contains(*code)) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::DepartmentQueue",
            "The dossier is not with your department: a department officer records only their "
            "department's steps."));
    }
    return {};
}

} // namespace motcua
