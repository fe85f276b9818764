#include "security/Roles.h"

#include <QCoreApplication>

namespace motcua {

Status requireRole(const Actor& actor, Role atLeast, const QString& what)
{
    if (actor.atLeast(atLeast))
        return {};
    return Error::forbidden(QCoreApplication::translate("motcua::Roles", "Your role (%1) does not allow: %2.")
                                .arg(roleName(actor.role), what));
}

} // namespace motcua
