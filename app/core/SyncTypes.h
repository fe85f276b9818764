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
enum class SyncKind {
    Dossier,    // outbox rows: the dossier record (DongBoHoSoMC)
    History,    // outbox rows: processing steps (CapNhatTienDoHoSoMC)
    Attachment, // outbox rows: attachment uploads
    Catalogue,  // pull: the procedure catalogue
    Status,     // pull: statuses decided centrally
    Lease,      // pull: blocks of dossier numbers
    // The center's dossier feed (CenterFeedPull): a pull, not listed among allKinds() (a portal
    // has none), with its own back-off.
    Feed,
    // The center's accounts (AccountSync), only when the station is a member of a center.
    Account,
};

// Stable key, as stored in outbox.kind and sync_kinds.kind: "dossier", "history", ...
QString kindKey(SyncKind k);
bool kindFromKey(const QString& key, SyncKind* out);
// Kinds that live as rows of the outbox; catalogue, status and lease are pulls.
QList<SyncKind> outboxKinds();
// The kinds a portal works with, as the Sync page lists their back-off.
QList<SyncKind> allKinds();
// Every kind, in the order of the enum.
QList<SyncKind> everyKind();

// Life of an outbox row (store/OutboxStore.h).
enum class OutboxState {
    Queued,   // waiting for its time (or for the connection)
    InFlight, // claimed by a transfer
    Done,     // acknowledged by the portal
    Failed,   // refused or failed; retried after its back-off
};

// Stable key, as stored in outbox.state: "queued", "in_flight", "done", "failed".
QString stateKey(OutboxState s);
bool stateFromKey(const QString& key, OutboxState* out);
QList<OutboxState> allOutboxStates();

// One row of the outbox as the Sync page and `motcuactl sync status` show it.
struct OutboxItem
{
    qint64 id = 0;
    SyncKind kind = SyncKind::Dossier;
    QString entityKey; // dossier code
    OutboxState state = OutboxState::Queued;
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
    SyncKind kind = SyncKind::Dossier;
    int failures = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime lastSuccessAt;
};

} // namespace motcua
