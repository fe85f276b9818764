#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl audit verify --user ADMIN`: walks the audit trail's chain of MACs (store/Journal.h)
// and names the first row that breaks it. Exit 0 when intact, 1 when broken.
class AuditCommand
{
public:
    static int run(const QStringList& arguments);
    static int verify(const QStringList& arguments);
};

} // namespace motcua::cli
