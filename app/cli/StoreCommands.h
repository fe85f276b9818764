#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl store verify` (every attachment decrypted and checked; exit 1 when any fails)
// `motcuactl store sweep` (removes files no attachment refers to) and `motcuactl store compact`
// (VACUUM: the file shrinks to what its data needs) and `motcuactl store purge --user ADMIN`
// (retention: RetentionService).
class StoreCommands
{
public:
    static int run(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int sweep(const QStringList& arguments);
    static int compact(const QStringList& arguments);
    static int purge(const QStringList& arguments);
};

} // namespace motcua::cli
