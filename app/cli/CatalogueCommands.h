#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl import-catalogue FILE --user NAME` and `motcuactl catalogue list [--department CODE]`.
class CatalogueCommands
{
public:
    static int runImport(const QStringList& arguments);
    static int run(const QStringList& arguments);
    static int list(const QStringList& arguments);
};

} // namespace motcua::cli
