#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl init [--admin NAME [--name "Full Name"]]`: creates or migrates the database
// (a new one gets the demo center) and optionally the first administrator. Run again when an
// administrator exists, `init --admin` succeeds without change, so set-up scripts may repeat it.
class InitCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
