#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QString>

namespace motcua {

// The one role check every service uses, so the refusal reads the same everywhere.
// `what` is a translated phrase naming the action ("add user accounts"). Returns
// Error::forbidden("Your role (Clerk) does not allow: add user accounts.") when
// `actor` is below `atLeast` (roles are ordered, core/Types.h).
Status requireRole(const Actor& actor, Role atLeast, const QString& what);

} // namespace motcua
