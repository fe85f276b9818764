#pragma once

#include "core/Backoff.h"
#include "core/Result.h"
#include "store/Database.h"
#include "store/OutboxStore.h"
#include "sync/PortalClient.h"
#include "sync/SyncRunner.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>

namespace motcua {

class Clock;

// What one lane of a pass works with: its own connection and client (both belong to the
// lane's thread), the shared stop flag and its part of the report.
class SyncLane
{
public:
    SyncLane(const QString& databasePath, const SyncOptions& options, const Clock& clock, std::atomic<bool>& abort);

    // Opens the connection; the client is made lazily in the calling thread.
    Status open();

    Database& db() { return m_db; }
    OutboxStore& store() { return m_store; }
    PortalClient& client();
    // A second client on a connection of its own (its own session), for the next upload chunk
    // while the portal stores the one before.
    PortalClient& secondClient();
    // Requests sent so far; ends the client (its network objects belong to the lane's thread
    // and must go before the thread does).
    int closeClient();
    const SyncOptions& options() const { return m_options; }
    const PortalConfig& config() const { return m_options.config; }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const;
    Backoff backoff() const { return {config().backoffBaseSecs, config().backoffCapSecs}; }
    SyncReport& report() { return m_report; }

    // True when the pass must end: an alarm in any lane, or a cancel from outside.
    bool stopped() const;
    bool wants(SyncKind kind) const;
    bool due(SyncKind kind);

    // Books a reply that was not Ok against `kind`: a transport failure backs the kind off,
    // a TLS or login refusal raises the alarm for every lane. Returns false for those (the
    // lane must stop this kind); true for a refusal by the portal (the item's own problem).
    bool bookFailure(SyncKind kind, const PortalAnswer& reply);
    void bookSuccess(SyncKind kind);
    void note(const QString& error);
    // sync_state value; a failure to store it is noted, not fatal.
    void remember(const QString& key, const QString& value);

private:
    QString m_path;
    const SyncOptions& m_options;
    const Clock& m_clock;
    std::atomic<bool>& m_abort;
    Database m_db;
    OutboxStore m_store;
    std::unique_ptr<PortalClient> makeClient() const;

    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<PortalClient> m_second;
    SyncReport m_report;
};

} // namespace motcua
