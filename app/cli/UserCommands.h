#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl users add USERNAME --role ROLE --name "Full Name" --user ADMIN` (the new password
// from MOTCUA_NEW_PASSWORD or asked twice), `motcuactl users list --user NAME` and
// `motcuactl users unlock USERNAME --user ADMIN`.
class UserCommands
{
public:
    static int run(const QStringList& arguments);
    static int add(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int unlock(const QStringList& arguments);
};

} // namespace motcua::cli
