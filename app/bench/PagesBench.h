#pragma once

#include <QString>

#include <sqlite3.h>

namespace motcua {
class AppContext;
}

namespace motcua::bench {

// `motcua-bench --pages`: the desk's own figures at scale (README.md#performance).
//  - start.interactive: the `motcua` program, started as a clerk would be (login included),
//    until its main window is ready for the first key (`motcua --timing --quit-after-start`);
//    baseline: the same program printing its version (process start and Qt libraries only).
//  - scroll.*: the Dossiers page's list model fetched and painted end to end over every
//    dossier, as a view scrolling to the bottom would, with the peak resident memory; baseline:
//    the same rows stepped through on the raw C API (`raw`).
// `motcuaPath` is the GUI program; `dbPath` the database both use. Prints one line per figure;
// returns the number of targets missed.
int runPagesBench(AppContext& app, sqlite3* raw, const QString& dbPath, const QString& motcuaPath);

} // namespace motcua::bench
