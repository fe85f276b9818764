#pragma once

#include "core/Types.h"
#include "store/DossierRepository.h"

#include <optional>

namespace motcua {

class AppContext;

// Where a department officer's desk opens (service/DepartmentQueue): the Dossiers page on their
// department's queue — the dossiers of their (first) department that are transferred and not
// yet taken up, in processing, awaiting a supplement or its fees. nullopt for anyone else.
std::optional<DossierFilter> officerQueueFilter(AppContext& context, const Actor& actor);

} // namespace motcua
