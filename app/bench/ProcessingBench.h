#pragma once

#include <sqlite3.h>

namespace motcua {
class AppContext;
}

namespace motcua::bench {

// `motcua-bench --processing`: the Dossiers page's figures at scale (README.md#performance) — the one search
// box (names without diacritics, codes, ID numbers, phones) p50/p99, and the first page of the
// filtered lists (status + department + date range, procedure, mine, due today, overdue)
// through DossierRepository::page, each beside the same SQL on the raw C API (`raw`, a
// read-only connection). Prints one line per figure; returns the number of targets missed.
int runProcessingBench(AppContext& app, sqlite3* raw, int iterations);

} // namespace motcua::bench
