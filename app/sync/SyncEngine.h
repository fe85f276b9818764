#pragma once

#include "core/SyncTypes.h"
#include "core/Types.h"
#include "sync/SyncRunner.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace motcua {

class SyncService;

/*
 * The scheduler of the desktop app: runs passes (SyncRunner) in a background thread while a
 * portal is configured and sync is not paused. One coalesced single-shot timer decides when
 * the next pass starts (Nextcloud's pattern): after a pass that moved work, soon; while the
 * portal is unreachable, after the back-off of the failing kinds (connectivity detection is
 * "the last pass reached the portal"); otherwise every sync.intervalSecs. "Sync now" starts a
 * forced pass at once, or right after the running one.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(SyncService& service, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Starts scheduling (a first pass shortly). Does nothing without a portal.
    void start();
    // Stops scheduling and waits for a running pass to end at its next request.
    void stop();

    void syncNow();
    Status pause(const Actor& actor);
    Status resume(const Actor& actor);

    bool isRunning() const { return m_thread != nullptr; }
    bool isOnline() const { return m_online; }
    bool isPaused() const { return m_paused; }
    bool isConfigured() const { return m_configured; }
    SyncCounts counts() const { return m_counts; }
    QString alarm() const { return m_alarm; }
    const SyncReport& lastReport() const { return m_lastReport; }
    // When the next pass is due; invalid when none is scheduled.
    QDateTime nextPassAt() const { return m_nextPassAt; }

    // Recounts the outbox (after a dossier was saved) and tells listeners.
    void refresh();

Q_SIGNALS:
    void changed();
    void passFinished();

private:
    void schedule(qint64 msecs);
    void runPass(bool force);
    void passEnded();
    qint64 nextDelayMs();

    SyncService& m_service;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Result<SyncReport> m_result{SyncReport{}};
    SyncReport m_lastReport;
    SyncCounts m_counts;
    QDateTime m_nextPassAt;
    QString m_alarm;
    bool m_started = false;
    bool m_configured = false;
    bool m_online = false;
    bool m_paused = false;
    bool m_forceNext = false;
};

} // namespace motcua
