#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl sync now|status|export FILE|pause|resume|retry`: drives the sync engine
// (app/sync) over the station database. `now` runs one pass and blocks until it ends.
class SyncCommands
{
public:
    static int run(const QStringList& arguments);
    static int now(const QStringList& arguments);
    static int status(const QStringList& arguments);
    static int exportBundle(const QStringList& arguments);
    static int pause(const QStringList& arguments);
    static int resume(const QStringList& arguments);
    static int retry(const QStringList& arguments);
};

} // namespace motcua::cli
