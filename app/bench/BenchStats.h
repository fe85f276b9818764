#pragma once

#include <QString>

#include <chrono>
#include <cmath>
#include <vector>

namespace motcua::bench {

// Measuring helpers shared by the benches.

// One printed figure: its value beside the raw baseline measured in the same run, and the
// target it must meet (an upper bound on the value, on the ratio, or both).
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = std::nan("");  // NaN: no baseline
    double targetMax = std::nan(""); // NaN: no target
    double ratioMax = std::nan("");
    QString note;

    double ratio() const { return std::isnan(baseline) || baseline <= 0 ? std::nan("") : value / baseline; }
    bool hasTarget() const { return !std::isnan(targetMax) || !std::isnan(ratioMax); }
    bool met() const
    {
        return (std::isnan(targetMax) || value <= targetMax) && (std::isnan(ratioMax) || ratio() <= ratioMax);
    }
};

using Steady = std::chrono::steady_clock;

// Milliseconds since `start`.
double msSince(Steady::time_point start);
// Nearest-rank percentile `p` (0–100) of `samples`; NaN when there are none.
double percentile(std::vector<double> samples, double p);
// Peak resident memory in MB since the last resetPeakRss(): VmHWM, which getrusage's
// ru_maxrss also reports but which only /proc lets us reset.
double peakRssMb();
void resetPeakRss();
// A line (or any text) to stdout or stderr, flushed at once so the figures show as they come.
void printOut(const QString& text);
void printErr(const QString& text);

} // namespace motcua::bench
