#pragma once

#include "core/Result.h"
#include "store/DossierCodeAllocator.h"

#include <QJsonObject>
#include <QString>

namespace motcua {

class SyncLane;
class PortalClient;

// What the workstation pulls from the portal: blocks of dossier numbers (MC_CapDaiSo) so
// offline intake never mints a code twice, status changes decided centrally (MC_LayTrangThai)
// and the procedure catalogue (LayDanhSachTTHC + LayThuTuc, sync/CataloguePull.h).
class PortalPuller
{
public:
    explicit PortalPuller(SyncLane& lane)
        : m_lane(lane)
    {}

    void leaseAhead();
    void pullStatus();
    void pullCatalogue();

    // A DossierCodeAllocator::LeaseSource over `client`: the request id is derived from the
    // station, day and the number of blocks already recorded, so a resend after a lost reply
    // (or a crash) gets the same block back from the portal instead of wasting one.
    static DossierCodeAllocator::LeaseSource leaseSource(PortalClient& client, Database& db, int station);

    // Applies one change from MC_LayTrangThai in the caller's transaction: the dossier's state,
    // an event and an audit row; or a conflict row when a local change is not sent yet.
    // Returns 1 applied, 0 nothing to do, 2 conflict recorded.
    static Result<int> applyStatus(Database& db, const QJsonObject& change, const QDateTime& now);

private:
    SyncLane& m_lane;
};

} // namespace motcua
