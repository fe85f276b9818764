#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl settings list|get KEY|set KEY VALUE --user ADMIN`: the settings of the Settings
// page for scripts and administrators, now that the encrypted database cannot be read with
// sqlite3. `set` goes through the same validation, role check, sealing of secrets and audit
// row as the page; secret values are never printed.
class SettingsCommands
{
public:
    static int run(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int get(const QStringList& arguments);
    static int set(const QStringList& arguments);
};

} // namespace motcua::cli
