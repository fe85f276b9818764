#pragma once

#include "core/DossierState.h"
#include "core/IntakeDecision.h"
#include "core/Timeliness.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// Records of processing after intake (docs/domain.md#after-intake, schema 007), shared by the store, the
// processing service and the forms 04–06.

// One hand-over of the paper dossier between the counter and a department or between
// departments (form 05 rows): handed over by one side, received by the other.
struct Handover
{
    qint64 id = 0;
    qint64 eventId = 0;          // the dossier_events row of the hand-over
    QString eventKey;            // that row's id at the center (MaTienDo), as the dossier record names it
    qint64 fromDepartmentId = 0; // 0: the counter
    qint64 toDepartmentId = 0;   // 0: the counter
    QString fromDepartmentCode;  // empty: the counter
    QString fromDepartmentName;  // empty: the counter
    QString toDepartmentCode;    // empty: the counter
    QString toDepartmentName;    // empty: the counter
    QDateTime handedAt;          // UTC
    QString handedBy;            // username
    QString handedByName;        // full name at the time
    QDateTime receivedAt;        // UTC; invalid while in transit
    QString receivedBy;          // username
    QString receivedByName;      // full name at the time
    QString note;

    bool isPending() const { return !receivedAt.isValid(); }
};

// Where the paper dossier is now, from its hand-overs.
struct DossierLocation
{
    QString departmentCode; // empty: the counter
    QString departmentName; // empty: the counter
    bool inTransit = false; // handed over, not yet received by departmentCode
};

// A supplement requested during processing (the clock is paused until it arrives).
struct SupplementRequest
{
    qint64 id = 0;
    QDateTime requestedAt; // UTC
    QString requestedBy;
    QList<SupplementItem> items;
    QDateTime receivedAt; // UTC; invalid while waiting
    QString receivedBy;
    qint64 pausedWorkingSeconds = 0; // working time of the pause, once received
    QDateTime appointmentBefore;     // UTC
    QDateTime appointmentAfter;      // UTC; the appointment moved by the pause
};

// Who collected the result (the return of form 06's "returned" column).
struct ReturnRecord
{
    QString collectorName;     // required
    QString collectorIdNumber; // required: 12-digit citizen ID, or 9 digits, or a passport number
    QDateTime collectedAt;     // UTC; invalid: now
    QStringList resultPapers;  // which result papers were handed over; at least one
    bool feesSettled = false;  // required true when the dossier carries fees
    QString note;
    QString returnedBy; // username (filled by the service)
};

// An apology letter (form 04) for a late dossier and the new appointment it gives.
struct Apology
{
    qint64 id = 0;
    QDateTime at;                // UTC
    QString by;                  // username
    QDateTime appointmentBefore; // UTC
    QDateTime appointmentAfter;  // UTC, the new appointment
    QString reason;
};

// The due-date picture of one dossier at `now` (Timeliness.h rules).
struct DossierDue
{
    QDateTime appointmentAt;              // UTC
    qint64 remainingWorkingSeconds = 0;   // working time left until the appointment; negative: late by that much
    qint64 workingDaySeconds = 0;         // one working day (8 h by default), to show days
    bool clockPaused = false;             // supplement requested: the remaining time does not run
    bool open = false;                    // not yet processed (no finishedAt)
    bool dueToday = false;                // open and the appointment falls on today (Vietnam date)
    bool overdue = false;                 // open, clock running, appointment passed
    std::optional<Timeliness> timeliness; // processed: early / on time / late
};

// One line of the dossier ledger (form 06, "Sổ theo dõi hồ sơ").
struct LedgerRow
{
    int number = 0; // STT
    QString code;
    QString content; // procedure name / summary
    int sets = 1;
    QString applicantName;
    QString address;
    QString phone;
    QDateTime receivedAt;    // UTC
    QDateTime appointmentAt; // UTC
    QDateTime returnedAt;    // UTC; invalid: not returned
    QString collectorName;   // who signed for the result
    QString receivedBy;      // receiving clerk's full name (or username)
    QString notes;           // translated for display: state, early / on time / late, the dossier's notes
    // The same, structured, for the printed ledger (Vietnamese whatever the interface language).
    DossierState state = DossierState::Received;
    std::optional<Timeliness> timeliness; // processing ended (not refused)
    QString dossierNotes;                 // the notes written on the dossier
};

} // namespace motcua
