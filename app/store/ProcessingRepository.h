#pragma once

#include "core/Dossier.h"
#include "core/ProcessingRecords.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// Rows of schema 007: hand-overs, supplements during processing, returns and apology
// letters, and the reads of the dossier ledger (form 06). Like every repository it opens no
// transaction: ProcessingService wraps each step's rows with the event, audit and outbox rows.
class ProcessingRepository
{
public:
    explicit ProcessingRepository(Database& db);

    // Department ids of 0 are the counter (NULL).
    Result<qint64> addHandover(qint64 dossierId, qint64 eventId, qint64 fromDepartment, qint64 toDepartment,
                               const QDateTime& at, const QString& username, const QString& fullName,
                               const QString& note);
    // Signs the receipt side of hand-over `id`.
    Status receiveHandover(qint64 id, const QDateTime& at, const QString& username, const QString& fullName);
    // Oldest first, with department codes and names.
    Result<QList<Handover>> handovers(qint64 dossierId);
    // Removes a hand-over still in transit (a transfer taken back: the paper never left the
    // sender; the history and the audit keep both steps). Conflict when it was received.
    Status cancelHandover(qint64 id);
    // The newest hand-over, if any.
    Result<std::optional<Handover>> lastHandover(qint64 dossierId);

    // items: the papers asked for. Returns the row id.
    Result<qint64> addSupplement(qint64 dossierId, const QDateTime& at, const QString& username,
                                 const QList<SupplementItem>& items, const QDateTime& appointmentBefore);
    // Records the arrival on an open request, or, when none is open (a supplement requested at
    // intake), a closed row from `requestedAt`.
    Status closeSupplement(qint64 dossierId, const QDateTime& requestedAt, const QDateTime& at, const QString& username,
                           qint64 pausedSeconds, const QDateTime& appointmentBefore, const QDateTime& appointmentAfter);
    Result<QList<SupplementRequest>> supplements(qint64 dossierId);

    Status addReturn(qint64 dossierId, const ReturnRecord& record);
    // NotFound when none.
    Result<ReturnRecord> returnRecord(qint64 dossierId);

    Result<qint64> addApology(qint64 dossierId, const Apology& apology);
    Result<QList<Apology>> apologies(qint64 dossierId);

    // The appointment moved (supplement pause, apology letter).
    Status updateAppointment(qint64 dossierId, const QDateTime& appointmentAt, const QString& rule,
                             const QDateTime& updatedAt);

    // Dossiers received in [first, end) (UTC epoch seconds), oldest first, for form 06.
    // Fills everything but `number`, `receivedBy` (the username) and `notes`.
    struct LedgerSource
    {
        LedgerRow row;
        qint64 dossierId = 0;
        int state = 0;
        QDateTime finishedAt;
        QString receivedByUser;
    };
    Result<QList<LedgerSource>> ledger(qint64 first, qint64 end);

    // A department's name by id; empty when there is none.
    Result<QString> departmentName(qint64 departmentId);
    // When the dossier's last pause for a supplement began (its newest event into
    // SupplementRequested); invalid when it never paused.
    Result<QDateTime> lastPauseStart(qint64 dossierId);
    // A stored dossier's hand-overs (each with its history row's id at the center, the MaTienDo
    // this workstation sends it under or the one it was pulled with) and its return, into
    // `d.handovers` and `d.returned`; its decision at intake, supplements and apology letters
    // into `d.intakeSupplement`, `d.intakeRefusal`, `d.supplements` and `d.apologies`.
    Status loadInto(Dossier& d);
    // A copy of a dossier received at another counter takes the hand-overs and the return the
    // center's record carries: the ones there are replaced. A hand-over whose history row is
    // not here yet is left for the next time the feed brings the dossier. Departments are named
    // by code (empty: the counter). The caller's transaction.
    Status replaceFromCenter(qint64 dossierId, const QList<Handover>& handovers,
                             const std::optional<ReturnRecord>& returned);
    // The same for what forms 02, 03 and 04 print: the decision at intake (the papers asked for
    // or the reason of a refusal), the supplements asked during processing and the apology
    // letters, as the center's record carries them (`d.intakeSupplement`, `d.intakeRefusal`,
    // `d.supplements`, `d.apologies`). The ones there are replaced. The caller's transaction.
    Status replaceDecisionsFromCenter(qint64 dossierId, const Dossier& d);

private:
    Database& m_db;
};

} // namespace motcua
