#pragma once

#include "core/DossierState.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// A dossier submitted online that waits for a clerk (state Submitted, online reference set).
struct OnlineWaitingRow
{
    qint64 id = 0;
    QString code; // the online reference until it is accepted
    QString onlineRef;
    QString applicantName;
    QString procedureCode;
    QString procedureName;
    QDateTime submittedAt; // UTC; invalid when the center did not say
};

// What a decision on a waiting online dossier writes to its row.
struct OnlineDecisionRow
{
    QString code; // the new code (accept) or the online reference (supplement, refusal)
    DossierState state = DossierState::Received;
    QDateTime receivedAt;    // UTC
    QDateTime appointmentAt; // UTC
    QString appointmentRule;
    QDateTime finishedAt; // invalid: NULL
    QString receivedBy;
    QDateTime updatedAt;
};

// The rows of the online inbox (OnlineInboxService). Like every repository it opens no
// transaction: the service wraps a decision's rows, event, audit and outbox rows in one.
class OnlineInboxRepository
{
public:
    explicit OnlineInboxRepository(Database& db);

    // Every waiting online dossier, oldest submission first.
    Result<QList<OnlineWaitingRow>> waiting();
    // Records which declared papers the clerk found complete, in the order the dossier lists
    // them (DossierRepository::byId). BadInput when the count differs from the dossier's papers.
    Status setPapersProvided(qint64 dossierId, const QList<bool>& provided);
    // Applies a decision to a dossier that is still Submitted; Conflict when it is no longer
    // (another clerk or the center's feed decided it first), naming `reference`.
    Status decide(qint64 dossierId, const QString& reference, const OnlineDecisionRow& row);

private:
    Database& m_db;
};

} // namespace motcua
