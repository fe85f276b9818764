#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl seed --dossiers N --years Y --seed S`: fills a new database with realistic
// historical dossiers (DossierGenerator), for demos and benchmarks.
class SeedCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
