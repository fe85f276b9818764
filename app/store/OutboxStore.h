#pragma once

#include "core/Backoff.h"
#include "core/Result.h"
#include "core/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

/*
 * The sync engine's durable state over one database connection: outbox rows and their
 * states, the per-kind back-off (sync_kinds), small named values (sync_state), the dossiers
 * the portal has (portal_dossiers) and conflicts (schema 008_sync.sql).
 *
 * Life of an outbox row: queued → in_flight (claimed by a transfer) → done, or failed with
 * the last error and the time of the next retry (then claimed again). A row found in_flight
 * when the engine starts belonged to a process that died: recover() puts it back to queued,
 * and since every request is idempotent (upserts by dossier code, history rows with their own
 * id, attachments by SHA-256 and offset) sending it again never duplicates anything.
 */
class OutboxStore
{
public:
    explicit OutboxStore(Database& db)
        : m_db(db)
    {}

    // in_flight → queued; the number of rows recovered.
    Result<int> recover(const QDateTime& now);

    // Queues CapNhatTienDoHoSoMC rows for dossier events not queued yet (after the cursor
    // 'history.cursor'), looking at most `limit` events per call; returns how many it looked
    // at (0: none left). Central decisions pulled from the portal are skipped.
    // With `claimed`, the rows whose dossier the portal has go in already claimed (in_flight,
    // as claim() would give them next, without reading them back) and are appended there.
    Result<int> feedHistory(const QDateTime& now, int limit = 5000, QList<OutboxItem>* claimed = nullptr);

    // Claims up to `limit` rows of `kind` whose retry time has come (any time when `force`,
    // except rows that failed through this object: a pass tries each row once) and marks them
    // in_flight, oldest first. History rows wait until the portal has their
    // dossier. Without `parse` only payloadJson is filled, not payload.
    Result<QList<OutboxItem>> claim(SyncKind kind, int limit, const QDateTime& now, bool force, bool parse = true);

    // done; the send that the portal acknowledged counts as an attempt (attempts + 1), so a
    // row sent at the first try shows 1.
    Status markDone(const QList<qint64>& ids, const QDateTime& now);
    // failed, attempts + 1, next retry after the back-off of the new attempt count.
    Status markFailed(const QList<qint64>& ids, const QString& error, const QDateTime& now, const Backoff& backoff);
    // Back to queued without counting an attempt (the transfer never reached the portal).
    Status release(const QList<qint64>& ids, const QDateTime& now);
    // The portal could not be reached (offline): back to queued, not failed, with the reason
    // and the time of the next try after `retryAt`; no attempt counted, nothing reached the
    // portal. Waiting offline is normal at a counter, not an error of the item.
    Status markWaiting(const QList<qint64>& ids, const QString& reason, const QDateTime& now, const QDateTime& retryAt);
    Status setAckedOffset(qint64 id, qint64 offset, const QDateTime& now);

    // The portal has this dossier: later sends are updates. Older queued sends of the same
    // dossier are superseded by `newestId` (the full object is always resent) and marked done.
    Status markDossierAcked(const QString& code, qint64 newestId, const QDateTime& now);
    bool isDossierAcked(const QString& code);

    // Items: counts per state, a page for the Sync page, the pending ones for an export.
    Result<SyncCounts> counts();
    // Without a state filter: every row.
    Result<int> itemCount(std::optional<OutboxState> stateFilter = std::nullopt);
    Result<QList<OutboxItem>> page(int offset, int limit, std::optional<OutboxState> stateFilter = std::nullopt);
    Result<QList<OutboxItem>> pending();
    // The oldest pending item's creation time; invalid when nothing is pending.
    QDateTime oldestPending();

    // "Retry now": queued, due immediately; empty list = every failed row. Clears the
    // back-off of their kinds too. Returns the number of rows touched.
    Result<int> retryNow(const QList<qint64>& ids, const QDateTime& now);

    // Per-kind back-off.
    KindState kindState(SyncKind kind);
    QList<KindState> kindStates();
    Status kindFailed(SyncKind kind, const QString& error, const QDateTime& now, const Backoff& backoff);
    Status kindSucceeded(SyncKind kind, const QDateTime& now);
    bool kindDue(SyncKind kind, const QDateTime& now);

    // sync_state values.
    QString value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);
    QDateTime lastSuccess();

    // Conflicts still open.
    Result<int> openConflicts();

private:
    Database& m_db;
    // Rows marked failed through this object (one sync lane's pass): not claimed again by a
    // forced claim.
    QList<qint64> m_failedHere;
};

} // namespace motcua
