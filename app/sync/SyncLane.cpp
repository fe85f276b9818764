#include "sync/SyncLane.h"

#include "core/Clock.h"
#include "core/Logging.h"

namespace motcua {

SyncLane::SyncLane(const QString& databasePath, const SyncOptions& options, const Clock& clock,
                   std::atomic<bool>& abort)
    : m_path(databasePath)
    , m_options(options)
    , m_clock(clock)
    , m_abort(abort)
    , m_store(m_db)
{}

Status SyncLane::open()
{
    if (Status s = m_db.open(m_path); !s)
        return s;
    // This connection only books sync progress; dossier commits elsewhere keep FULL.
    return m_db.relaxDurabilityForBookkeeping();
}

std::unique_ptr<PortalClient> SyncLane::makeClient() const
{
    return std::make_unique<PortalClient>(m_options.config, m_clock,
                                          m_options.transport ? m_options.transport(m_options.config) : nullptr);
}

PortalClient& SyncLane::client()
{
    if (!m_client)
        m_client = makeClient();
    return *m_client;
}

PortalClient& SyncLane::secondClient()
{
    if (!m_second)
        m_second = makeClient();
    return *m_second;
}

int SyncLane::closeClient()
{
    const int requests = (m_client ? m_client->requestCount() : 0) + (m_second ? m_second->requestCount() : 0);
    m_client.reset();
    m_second.reset();
    return requests;
}

QDateTime SyncLane::now() const
{
    return m_clock.now();
}

bool SyncLane::stopped() const
{
    return m_abort.load() || (m_options.cancel && m_options.cancel->load());
}

bool SyncLane::wants(SyncKind kind) const
{
    return m_options.kinds.isEmpty() || m_options.kinds.contains(kind);
}

bool SyncLane::due(SyncKind kind)
{
    return m_options.force || m_store.kindDue(kind, now());
}

bool SyncLane::bookFailure(SyncKind kind, const PortalAnswer& reply)
{
    if (reply.reached)
        m_report.reached = true;
    switch (reply.outcome) {
    case PortalAnswer::Ok:
        return true;
    case PortalAnswer::Refused:
        note(reply.message);
        return true;
    case PortalAnswer::Tls:
    case PortalAnswer::Login:
        m_report.alarm = reply.message;
        m_abort.store(true);
        note(reply.message);
        qCWarning(lcSync) << "sync stopped:" << reply.message;
        return false;
    case PortalAnswer::Transport:
        break;
    }
    note(reply.message);
    if (Status s = m_store.kindFailed(kind, reply.message, now(), backoff()); !s)
        qCWarning(lcSync) << "cannot record the back-off of" << kindKey(kind) << s.error().message;
    return false;
}

void SyncLane::bookSuccess(SyncKind kind)
{
    m_report.reached = true;
    if (Status s = m_store.kindSucceeded(kind, now()); !s)
        qCWarning(lcSync) << "cannot record the success of" << kindKey(kind) << s.error().message;
}

void SyncLane::remember(const QString& key, const QString& value)
{
    if (Status s = m_store.setValue(key, value); !s)
        note(s.error().message);
}

void SyncLane::note(const QString& error)
{
    if (!error.isEmpty() && !m_report.errors.contains(error))
        m_report.errors.append(error);
}

} // namespace motcua
