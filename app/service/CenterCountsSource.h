#pragma once

#include "service/ReportService.h"

#include <QDate>

#include <optional>

namespace motcua {

// The center-wide figures: the same day's counts for every workstation of the center, which
// only the portal knows (issue 8, "Center-wide view when online"). The dashboard shows them
// apart from this workstation's own, under their own heading, and says when they are not
// available. The sync engine will provide a source that asks the portal; until then, and
// whenever the workstation is offline, there is nothing to show.
class CenterCountsSource
{
public:
    virtual ~CenterCountsSource() = default;
    // The counts of `day` for the whole center, or nothing (offline, never synchronised).
    virtual std::optional<TodayCounts> centerCounts(const QDate& day) = 0;
    // When the figures were last received from the portal; invalid when never.
    virtual QDateTime lastUpdate() const = 0;
};

// No portal: never any center-wide figures.
class OfflineCenterCounts final : public CenterCountsSource
{
public:
    std::optional<TodayCounts> centerCounts(const QDate&) override { return std::nullopt; }
    QDateTime lastUpdate() const override { return {}; }
};

} // namespace motcua
