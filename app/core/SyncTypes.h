#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// The kinds of work the sync engine does. Each kind retries on its own (sync_kinds), so a
// failing attachment upload never holds back dossiers (docs/architecture.md#sync).
namespace SyncKind {
inline QString dossier()
{
    return QStringLiteral("dossier");
}
inline QString history()
{
    return QStringLiteral("history");
}
inline QString attachment()
{
    return QStringLiteral("attachment");
}
inline QString catalogue()
{
    return QStringLiteral("catalogue");
}
inline QString status()
{
    return QStringLiteral("status");
}
inline QString lease()
{
    return QStringLiteral("lease");
}
// The center's dossier feed (CenterFeedPull): a pull, not listed among allKinds() (a portal has
// none), with its own back-off.
inline QString feed()
{
    return QStringLiteral("feed");
}
// Kinds that live as rows of the outbox; catalogue, status and lease are pulls.
inline QStringList outboxKinds()
{
    return {dossier(), history(), attachment()};
}
inline QStringList allKinds()
{
    return {dossier(), history(), attachment(), catalogue(), status(), lease()};
}
} // namespace SyncKind

// One row of the outbox as the Sync page and `motcuactl sync status` show it.
struct OutboxItem
{
    qint64 id = 0;
    QString kind;
    QString entityKey; // dossier code
    QString state;     // queued, in_flight, done, failed
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime doneAt;
    qint64 ackedOffset = 0; // attachments: bytes the portal has
    QJsonObject payload;
    QByteArray payloadJson; // the payload as stored (compact JSON), sent as it is
};

// Counts per state and the last success, for the status bar and `sync status --json`.
struct SyncCounts
{
    int queued = 0;
    int inFlight = 0;
    int done = 0;
    int failed = 0;
    QDateTime lastSuccess; // invalid: never
    int pending() const { return queued + inFlight + failed; }
};

// Retry state of one kind of work.
struct KindState
{
    QString kind;
    int failures = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime lastSuccessAt;
};

} // namespace motcua
