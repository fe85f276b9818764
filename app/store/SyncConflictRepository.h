#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// A dossier as a central decision finds it (the status pull, the settling of a conflict).
struct DossierAtDecision
{
    qint64 id = 0;
    int state = 0; // DossierState
    qint64 department = 0;
};

// One open row of sync_conflicts with what the dossier says now.
struct ConflictRow
{
    qint64 id = 0;
    QString dossierCode;
    QString applicant; // empty when the dossier is gone
    int state = 0;     // the dossier's state now, or the local state at detection when it is gone
    int portalState = 0;
    QString portalJson; // the portal's change as it came (compact JSON)
    QDateTime detectedAt;
    bool dossierExists = false;
    int localStateAtDetection = 0;
};

// One row of sync_conflicts as its settling reads it.
struct ConflictRecord
{
    QString dossierCode;
    int portalState = 0;
    QString portalJson;
    bool resolved = false;
};

// What the status pull from the portal and the settling of sync conflicts read and write
// (schema 8 and 12: sync_conflicts; the dossier's state and events a central decision books).
// Opens no transaction: the callers' own hold a change and its audit row together.
class SyncConflictRepository
{
public:
    explicit SyncConflictRepository(Database& db)
        : m_db(db)
    {}

    // The dossier `code` names here, or nothing.
    Result<std::optional<DossierAtDecision>> dossier(const QString& code);
    // Books a decision on dossier `dossierId`: its state (the finish and return dates when
    // given), and an event by `username` in its department from `fromState` to `toState`.
    Status bookDecision(qint64 dossierId, qint64 department, int fromState, int toState, const QDateTime& finishedAt,
                        const QDateTime& returnedAt, const QDateTime& decidedAt, const QString& username,
                        const QString& note, const QDateTime& now);
    // Whether a record of dossier `code` waits in the outbox (not acknowledged yet).
    Result<bool> hasUnsentRecord(const QString& code);
    // Whether a conflict of dossier `code` with portal state `portalState` is still open.
    Result<bool> hasOpenConflict(const QString& code, int portalState);
    Status insertConflict(const QString& code, int localState, int portalState, const QString& portalJson,
                          const QDateTime& now);

    // The open conflicts, the oldest first.
    Result<QList<ConflictRow>> openConflicts();
    // Conflict `id`, or nothing when there is no such row.
    Result<std::optional<ConflictRecord>> conflict(qint64 id);
    // Settles conflict `id` (when still open) with `resolution` ("portal", "local") by `username`.
    Status markResolved(qint64 id, const QString& resolution, const QString& username, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace motcua
