#pragma once

#include "core/Result.h"
#include "core/SyncTypes.h"
#include "core/Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace motcua {

class Database;

// The write path (docs/architecture.md#the-write-path): every user-visible change writes its entity rows, an
// audit row and, when the portal must hear of it, an outbox row, all inside the caller's
// open Transaction. These helpers write the last two; they never open a transaction.
//
// `details` must never hold personal data (ID numbers, phones, addresses).
Status writeAudit(Database& db, const QDateTime& at, const Actor& actor, const QString& action, const QString& entity,
                  const QString& entityKey, const QJsonObject& details = {});

// The audit trail is a chain: on an encrypted database each row gets
// mac = HMAC-SHA256(K, previous row's mac || the row's fields, each length-prefixed), where
// K = HMAC-SHA256(data key, "motcua audit chain v1") (Database::derivedKey). Triggers refuse
// updates and deletes (schema 016). Rows written while the database was plain have no mac
// until sealAuditTrail() gives them one, in order.
Status sealAuditTrail(Database& db);

// What verifyAuditTrail() found.
struct AuditCheck
{
    qint64 rows = 0;     // rows read
    qint64 sealed = 0;   // rows with a mac that matched
    qint64 unsealed = 0; // rows without a mac yet at the end of the trail
    qint64 brokenId = 0; // the first row whose mac does not match; 0 when intact
    QString brokenAction;
};
// Walks the whole chain. Error::forbidden on a database without a key.
Result<AuditCheck> verifyAuditTrail(Database& db);

// The newest sealed row of the audit trail: its id (the chain's sequence) and mac. The center
// keeps the last one each station reported, so a trail rewritten after that shows there.
struct AuditHead
{
    qint64 seq = 0; // 0: no sealed row yet (a plain database)
    QByteArray mac;
};
Result<AuditHead> auditHead(Database& db);
// The mac of row `seq`; empty when the row is not there or not sealed.
Result<QByteArray> auditMacAt(Database& db, qint64 seq);

// Queues work for the portal, a row of one of the outbox kinds (outboxKinds()).
Status enqueueOutbox(Database& db, const QDateTime& at, SyncKind kind, const QString& entityKey,
                     const QJsonObject& payload);

} // namespace motcua
