#include "sync/SyncEngine.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "sync/SyncService.h"

#include <QThread>

#include <algorithm>

namespace motcua {

SyncEngine::SyncEngine(SyncService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool force = m_forceNext;
        m_forceNext = false;
        runPass(force);
    });
    refresh();
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    m_started = true;
    refresh();
    if (m_configured && !m_paused)
        schedule(500);
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextPassAt = {};
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        passEnded();
    }
}

void SyncEngine::syncNow()
{
    m_forceNext = true;
    if (m_thread)
        return; // passEnded() starts it
    m_timer.stop();
    schedule(0);
}

Status SyncEngine::pause(const Actor& actor)
{
    if (Status s = m_service.pause(actor); !s)
        return s;
    m_timer.stop();
    m_nextPassAt = {};
    if (m_thread)
        m_cancel.store(true);
    refresh();
    return {};
}

Status SyncEngine::resume(const Actor& actor)
{
    if (Status s = m_service.resume(actor); !s)
        return s;
    refresh();
    if (m_started && m_configured)
        schedule(0);
    return {};
}

void SyncEngine::refresh()
{
    if (auto c = m_service.counts())
        m_counts = *c;
    auto config = m_service.config();
    m_configured = config && config->isConfigured();
    m_paused = m_service.isPaused();
    m_online = m_configured && m_service.isOnline();
    m_alarm = m_service.alarm();
    // Settings that cannot be used (or a portal password this session cannot unlock): say why.
    if (!config && m_alarm.isEmpty())
        m_alarm = config.error().message;
    Q_EMIT changed();
}

void SyncEngine::schedule(qint64 msecs)
{
    if (!m_started)
        return;
    const qint64 wait = std::max<qint64>(0, msecs);
    // Coalesced: an earlier wake-up already planned wins over a later one.
    if (m_timer.isActive() && m_timer.remainingTime() <= wait)
        return;
    m_timer.start(static_cast<int>(std::min<qint64>(wait, 24LL * 3600 * 1000)));
    m_nextPassAt = m_service.clock().now().addMSecs(wait);
    // The Sync page says when the next pass runs: planned after a pass ended, it must hear of it.
    Q_EMIT changed();
}

void SyncEngine::runPass(bool force)
{
    if (m_thread)
        return;
    refresh();
    if (!m_configured || (m_paused && !force))
        return;
    auto options = m_service.options(force);
    if (!options) {
        m_alarm = options.error().message;
        Q_EMIT changed();
        return;
    }
    m_cancel.store(false);
    options->cancel = &m_cancel;
    const QString path = m_service.db().path();
    m_nextPassAt = {};
    m_thread = QThread::create([this, path, o = *options] { m_result = SyncRunner(path, o).run(); });
    connect(m_thread, &QThread::finished, this, &SyncEngine::passEnded);
    m_thread->start();
    Q_EMIT changed();
}

void SyncEngine::passEnded()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_result)
        m_lastReport = *m_result;
    else
        qCInfo(lcSync) << "no pass:" << m_result.error().message;
    refresh();
    Q_EMIT passFinished();
    if (!m_started)
        return;
    if (m_forceNext) {
        // "Sync now" came during the pass: run it (forced) at once.
        m_timer.stop();
        schedule(0);
        return;
    }
    if (!m_paused && m_configured)
        schedule(nextDelayMs());
}

qint64 SyncEngine::nextDelayMs()
{
    auto config = m_service.config();
    const qint64 interval = qint64(config ? config->intervalSecs : 60) * 1000;
    // An alarm (certificate, credentials) needs a person; keep trying slowly.
    if (!m_alarm.isEmpty())
        return interval;
    const QDateTime now = m_service.clock().now();
    // Work moved and more waits: go on soon.
    const SyncReport& r = m_lastReport;
    if (r.reached && r.dossiers + r.history + r.attachments > 0 && m_counts.queued > 0)
        return 1000;
    // The earliest moment a kind may try again bounds the wait (offline: its back-off).
    qint64 wait = interval;
    for (const KindState& k : m_service.kinds()) {
        if (k.failures > 0 && k.nextAttemptAt.isValid())
            wait = std::min(wait, std::max<qint64>(1000, now.msecsTo(k.nextAttemptAt)));
    }
    return wait;
}

} // namespace motcua
