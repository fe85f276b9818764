#include "pages/OfficerDesk.h"

#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DepartmentQueue.h"

namespace motcua {

std::optional<DossierFilter> officerQueueFilter(AppContext& context, const Actor& actor)
{
    if (!DepartmentQueue::isOfficer(actor))
        return std::nullopt;
    DossierFilter filter;
    for (const Department& d : context.catalogue().departments()) {
        if (d.code == actor.departments.first()) {
            filter.departmentId = d.id;
            break;
        }
    }
    if (!filter.departmentId)
        return std::nullopt;
    filter.states = {DossierState::Transferred, DossierState::Processing, DossierState::SupplementRequested,
                     DossierState::SupplementReceived, DossierState::AwaitingFees};
    return filter;
}

} // namespace motcua
