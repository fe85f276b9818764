#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/ProcessingRecords.h"
#include "core/Result.h"
#include "core/Timeliness.h"
#include "core/Types.h"
#include "store/DossierRepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace motcua {

class Database;
class Clock;
class Settings;
class CatalogueService;
class CalendarService;
class DossierService;

// What a user can do next with a dossier: the buttons of the dossier view, the CLI's
// `motcuactl dossier <action>` words (processingActionKey).
enum class ProcessingAction {
    Transfer,           // counter → department, department → department (Transferred)
    Receive,            // the department takes it up (Processing)
    RequestSupplement,  // papers missing: clock paused (SupplementRequested)
    SupplementReceived, // the papers arrived: clock runs again, appointment moved (SupplementReceived)
    AwaitingFees,       // fees or taxes to pay (AwaitingFees)
    Complete,           // decided, result ready (Done); the result goes to the counter
    Return,             // result handed to the applicant (Returned)
    Withdraw,           // the applicant withdraws (Withdrawn)
    Stop,               // processing stopped (Stopped)
    BackToCounter,      // a department hands the dossier or its result to the counter (state unchanged)
    ReceiveBack,        // the counter acknowledges what a department handed back (state unchanged)
    Apologize,          // late: apology letter (form 04) with a new appointment
    TakeBack,           // undo one's own transfer not yet received, within a short window (state restored)
};

QList<ProcessingAction> allProcessingActions();
// "transfer", "receive", "request_supplement", "supplement_received", "awaiting_fees", "complete",
// "return", "withdraw", "stop", "back_to_counter", "receive_back", "apologize", "take_back".
QString processingActionKey(ProcessingAction a);
bool processingActionFromKey(const QString& key, ProcessingAction* out);
// Translated label for a button ("Transfer to a department").
QString processingActionName(ProcessingAction a);

// Processing across departments after intake (docs/domain.md#after-intake): every step of DossierState's machine
// as one method, each ONE transaction that writes the state, a dossier_events row (who,
// when, from/to department, note), the audit row, an outbox 'history' row (the portal's
// CapNhatTienDoHoSoMC fields) and, when a field the portal keeps changed (status code,
// appointment, end of processing, return, handling unit), an outbox 'dossier' row.
//
// Roles (kept simple, the center has no per-department accounts yet): every signed-in user
// (Clerk and above) records transfers, receipts, supplements, fees, completion, returns and
// withdrawals — at the counter the clerk records what the department decided. Stopping
// processing and issuing an apology letter with a new appointment are decisions of the
// center's leadership: Supervisor and above.
//
// Illegal steps are refused with Error::Conflict and a translated reason (checkTransition);
// a role below the step's role with Error::Forbidden; bad input with Error::BadInput.
class ProcessingService
{
public:
    ProcessingService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                      CalendarService& calendar, DossierService& dossiers);
    ~ProcessingService();

    // The steps this actor may take now, in a stable order (the enum's).
    QList<ProcessingAction> allowedActions(const Dossier& dossier, const Actor& actor);
    // Why `action` is not possible now (Conflict/Forbidden), or ok.
    Status check(const Dossier& dossier, const Actor& actor, ProcessingAction action);

    // Counter → department or department → department: a hand-over waiting for receipt.
    // `departmentCode` must be an active department other than where the dossier is.
    Result<Dossier> transfer(const Actor& actor, const QString& code, const QString& departmentCode,
                             const QString& note = QString());
    // The department named in the pending hand-over takes the dossier up (Processing) and
    // signs the hand-over's receipt side.
    Result<Dossier> receive(const Actor& actor, const QString& code, const QString& note = QString());
    // Papers missing or incomplete: every item needs a paper name and a reason. Pauses the clock.
    Result<Dossier> requestSupplement(const Actor& actor, const QString& code, const QList<SupplementItem>& items,
                                      const QString& note = QString());
    // The papers arrived: the appointment moves by the paused working time (WorkCalendar::extendForPause).
    Result<Dossier> supplementReceived(const Actor& actor, const QString& code, const QString& note = QString());
    Result<Dossier> awaitFees(const Actor& actor, const QString& code, const QString& note = QString());
    // Decided, result ready: Done with finishedAt = now. When the dossier is with a department
    // the result is handed to the counter (a hand-over waiting for receiveBack or return).
    Result<Dossier> complete(const Actor& actor, const QString& code, const QString& note = QString());
    // The result handed to the applicant: Returned, returnedAt = record.collectedAt. A pending
    // hand-over to the counter is signed as received at the same time.
    Result<Dossier> returnResult(const Actor& actor, const QString& code, const ReturnRecord& record);
    Result<Dossier> withdraw(const Actor& actor, const QString& code, const QString& reason);
    // Supervisor and above; a reason is required.
    Result<Dossier> stop(const Actor& actor, const QString& code, const QString& reason);
    // A department hands the dossier (or its result) to the counter; the state is unchanged.
    Result<Dossier> backToCounter(const Actor& actor, const QString& code, const QString& note = QString());
    // The counter signs the receipt of what a department handed back; the state is unchanged.
    Result<Dossier> receiveBack(const Actor& actor, const QString& code, const QString& note = QString());
    // Late dossier (overdue, or processed late): records the apology (form 04) and moves the
    // appointment to `newAppointment` (after now). Supervisor and above; a reason is required.
    Result<Apology> apologize(const Actor& actor, const QString& code, const QDateTime& newAppointment,
                              const QString& reason);
    // A transfer sent to the wrong place, undone: only by the user who made it, within
    // `processing.takeBackMinutes` of it (default 10), and only while the department has not
    // received it. The dossier goes back to where it was and to the state it had before the
    // transfer; the hand-over in transit is removed. Recorded as its own step (event, audit
    // "dossier.take_back", history row and dossier record for the portal), like every step.
    Result<Dossier> takeBack(const Actor& actor, const QString& code, const QString& note = QString());
    // Until when `dossier`'s pending transfer may be taken back; invalid when there is none.
    QDateTime takeBackDeadline(const Dossier& dossier);

    // Reads.
    Result<QList<DossierEventRow>> timeline(const QString& code);
    Result<QList<Handover>> handovers(const QString& code);
    Result<DossierLocation> location(const QString& code);
    Result<QList<SupplementRequest>> supplements(const QString& code);
    Result<QList<Apology>> apologies(const QString& code);
    // NotFound when the result was not returned.
    Result<ReturnRecord> returnRecord(const QString& code);
    DossierDue due(const Dossier& dossier);
    Result<DossierDue> due(const QString& code);
    // Dossiers received in [from, to] (Vietnam dates, inclusive), oldest first: form 06.
    Result<QList<LedgerRow>> ledger(const QDate& from, const QDate& to);
    // The ledger left the database as a file (PDF or CSV, with applicants' names): who, which
    // days, how many dossiers and in what form go to the audit trail ("ledger.export").
    Status auditLedgerExport(const Actor& by, const QDate& from, const QDate& to, const QString& format, int dossiers);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
