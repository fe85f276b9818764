#pragma once

#include <chrono>
#include <vector>

namespace motcua::bench {

// Measuring helpers shared by the benches.
using Steady = std::chrono::steady_clock;

// Milliseconds since `start`.
double msSince(Steady::time_point start);
// Nearest-rank percentile `p` (0–100) of `samples`; NaN when there are none.
double percentile(std::vector<double> samples, double p);
// Peak resident memory in MB since the last resetPeakRss(): VmHWM, which getrusage's
// ru_maxrss also reports but which only /proc lets us reset.
double peakRssMb();
void resetPeakRss();

} // namespace motcua::bench
