#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl dossier create FILE.json --user NAME` and `motcuactl dossier show CODE`.
// The file has the JSON shape of DossierService::fromJson; `show` prints DossierService::toJson.
class DossierCommands
{
public:
    static int run(const QStringList& arguments);
    static int create(const QStringList& arguments);
    static int show(const QStringList& arguments);
};

} // namespace motcua::cli
