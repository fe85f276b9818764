#pragma once

#include <sqlite3.h>

namespace motcua {
class AppContext;
}

namespace motcua::bench {

// `motcua-bench --report`: the supervisor's figures at scale. The dashboard's refresh (the
// day's counts, the last 30 days' report per department and the 30-day trend) and a one-year
// periodic report, each through ReportService and, as the baseline, as the same figures
// computed by plain SQL aggregates on a raw SQLite connection. Prints one line per figure and
// returns the number of missed targets.
int runReportBench(AppContext& app, sqlite3* raw, int iterations);

} // namespace motcua::bench
