#pragma once

#include "core/Result.h"
#include "service/CenterCountsSource.h"
#include "sync/PortalClient.h"
#include "sync/PortalConfig.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

class Clock;

/*
 * The center-wide figures from the portal (MC_SoLieuTrungTam, app/portal/PROTOCOL.md 3.11):
 * the sums over every dossier the center's workstations have sent, counted by the same rules
 * as this workstation's own figures (ReportService::counts).
 *
 * Asks in a background thread with its own PortalClient (the pinned HTTPS transport, login and
 * session renewal of the sync client), at most once per interval unless forced, and keeps the
 * last figures received. The UI thread only reads what is held; changed() (and the
 * CenterCountsSource callback) say when that moved.
 */
class PortalCenterCounts final : public QObject, public CenterCountsSource
{
    Q_OBJECT
public:
    // Reads the portal settings at each request, so a change in Settings applies at once.
    using ConfigReader = std::function<Result<PortalConfig>()>;

    PortalCenterCounts(ConfigReader config, const Clock& clock, QObject* parent = nullptr);
    // A request in flight is told to stop (its event loop quits) and waited for a moment.
    ~PortalCenterCounts() override;

    std::optional<TodayCounts> centerCounts(const QDate& day) override;
    QDateTime lastUpdate() const override { return m_updated; }
    CenterStatus status(const QDate& day) override;
    void request(const QDate& day, bool force) override;

    // Seconds between two requests for the same day (default 60; 0: every request).
    void setInterval(int seconds) { m_intervalSecs = seconds; }
    // Upper bound of one request's wait for the portal (default 10 s): the area says
    // "offline" soon after the portal went away.
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    bool isBusy() const { return m_busy; }

    // MC_SoLieuTrungTam's `result` as the day's counts; nothing when it is not one.
    static std::optional<TodayCounts> parse(const QJsonObject& result, const QDate& day);
    // One blocking request (the background thread, the CLI): the answer and, when it holds
    // figures, the counts. `asOf` is the moment the figures are for (UTC).
    static PortalAnswer fetch(PortalClient& client, const QDate& day, const QDateTime& asOf,
                              std::optional<TodayCounts>* counts);

Q_SIGNALS:
    void changed();

private:
    struct Outcome;
    void finished(const std::shared_ptr<Outcome>& outcome);
    void setState(CenterStatus::State state, const QString& message);

    ConfigReader m_config;
    const Clock& m_clock;
    QPointer<QThread> m_thread;
    int m_intervalSecs = 60;
    int m_timeoutMs = 10000;
    bool m_busy = false;
    bool m_again = false;
    QDate m_againDay;
    QDate m_askedDay;
    QDateTime m_askedAt;
    CenterStatus::State m_state = CenterStatus::Loading;
    QString m_message;
    std::optional<TodayCounts> m_counts;
    QDateTime m_updated;
};

} // namespace motcua
