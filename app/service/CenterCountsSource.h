#pragma once

#include "service/ReportService.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace motcua {

// Where the center-wide figures stand, for the dashboard to say it in words.
struct CenterStatus
{
    enum State {
        NotConfigured, // no portal in the settings: there never are center-wide figures
        Offline,       // the portal cannot be reached (figures of an earlier answer may remain)
        Loading,       // asked, no answer yet, nothing to show for the day
        Ready,         // figures of the day, received at `updated`
        Failed,        // the portal answered but not with figures (certificate, login, refusal)
    };
    State state = Offline;
    QString message;   // the reason when Offline or Failed, translated
    QDateTime updated; // when the figures shown were received (UTC); invalid when none
};

// The center-wide figures: the same day's counts for every workstation of the center, which
// only the portal knows (docs/architecture.md#sync). The dashboard shows them
// apart from this workstation's own, under their own heading, and says when they are not
// available and why.
//
// A source never blocks its caller: centerCounts() answers from what it holds, request() asks
// for fresher figures in the background, and the callback tells when anything changed.
class CenterCountsSource
{
public:
    virtual ~CenterCountsSource() = default;
    // The counts of `day` for the whole center, or nothing (offline, not yet received).
    virtual std::optional<TodayCounts> centerCounts(const QDate& day) = 0;
    // When the figures were last received from the portal; invalid when never.
    virtual QDateTime lastUpdate() const = 0;
    // The state for `day`. By default: figures or offline.
    virtual CenterStatus status(const QDate& day)
    {
        CenterStatus s;
        s.state = centerCounts(day) ? CenterStatus::Ready : CenterStatus::Offline;
        s.updated = lastUpdate();
        return s;
    }
    // Asks for the figures of `day` in the background when those held are older than the
    // source's interval, or at once with `force` (the dashboard's Refresh). Never blocks.
    virtual void request(const QDate& day, bool force)
    {
        Q_UNUSED(day);
        Q_UNUSED(force);
    }
    // Called (in the caller's thread) whenever status() or centerCounts() may answer otherwise.
    void setChangedCallback(std::function<void()> callback) { m_changed = std::move(callback); }

protected:
    void notifyChanged()
    {
        if (m_changed)
            m_changed();
    }

private:
    std::function<void()> m_changed;
};

// No portal: never any center-wide figures.
class OfflineCenterCounts final : public CenterCountsSource
{
public:
    std::optional<TodayCounts> centerCounts(const QDate&) override { return std::nullopt; }
    QDateTime lastUpdate() const override { return {}; }
    CenterStatus status(const QDate&) override { return {CenterStatus::NotConfigured, {}, {}}; }
};

} // namespace motcua
