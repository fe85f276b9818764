#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace motcua {

class Database;

// The write path (ARCHITECTURE.md): every user-visible change writes its entity rows, an
// audit row and, when the portal must hear of it, an outbox row, all inside the caller's
// open Transaction. These helpers write the last two; they never open a transaction.
//
// `details` must never hold personal data (ID numbers, phones, addresses).
Status writeAudit(Database& db, const QDateTime& at, const Actor& actor, const QString& action,
                  const QString& entity, const QString& entityKey, const QJsonObject& details = {});

// Queues work for the portal: kind is 'dossier', 'history', 'catalogue', ...
Status enqueueOutbox(Database& db, const QDateTime& at, const QString& kind, const QString& entityKey,
                     const QJsonObject& payload);

} // namespace motcua
