#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace motcua {

// Internal dossier states. Richer than the national TrangThaiHoSo codes (docs/domain.md#dossier-states);
// nationalCode() maps each to the code used for sync and reports.
enum class DossierState {
    Submitted = 1,           // 1  registered online, not yet received
    Received = 2,            // 2  received at the counter, receipt issued
    Refused = 3,             // 3  refused at intake (form 03)
    Transferred = 4,         // 4  handed to a department, not yet taken up
    Processing = 5,          // 4  being processed by a department
    SupplementRequested = 6, // 5  supplement requested (form 02), clock paused
    SupplementReceived = 7,  // 4  supplement arrived, clock running again
    AwaitingFees = 8,        // 6  awaiting fees or taxes
    Withdrawn = 9,           // 7  withdrawn by the applicant
    Stopped = 10,            // 8  processing stopped
    Done = 11,               // 9  decided, result ready
    Returned = 12,           // 10 result handed back
};

// National status code (TrangThaiHoSo, 1..10).
int nationalCode(DossierState s);
// Stable key for files and JSON: "received", "supplement_requested", ...
QString stateKey(DossierState s);
bool stateFromKey(const QString& key, DossierState* out);
// Translated name for display ("Đang xử lý").
QString stateName(DossierState s);
// Closed states: no further transition.
bool isTerminal(DossierState s);
// States whose processing clock is paused.
bool isClockPaused(DossierState s);
// States in which the dossier counts as processed (for reports).
bool isProcessed(DossierState s);

QList<DossierState> allStates();
QList<DossierState> nextStates(DossierState from);

// The state machine: ok, or Conflict with a translated reason that names both states.
Status checkTransition(DossierState from, DossierState to);
// Taking back a transfer the department has not received (ProcessingService::takeBack): the
// dossier returns from Transferred to `restored`, the state it had before the transfer. Ok only
// for a state a transfer can start from; else Conflict naming both states. Kept apart from
// checkTransition: "Transferred → Received" is an undo, never a step of its own.
Status checkTakeBack(DossierState current, DossierState restored);
// For a new dossier (intake): only Submitted, Received, Refused or SupplementRequested.
Status checkInitial(DossierState to);

} // namespace motcua
