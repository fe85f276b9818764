#pragma once

#include "core/DossierState.h"
#include "core/Result.h"
#include "store/DossierCodeAllocator.h"

#include <QDateTime>
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

    // A central decision (one MC_LayTrangThai row) against the local dossier it names.
    struct Decision
    {
        QString code;
        int national = 0; // TrangThaiHoSo, 1..10
        DossierState target = DossierState::Submitted;
        qint64 dossierId = 0; // 0: no such dossier here
        DossierState local = DossierState::Submitted;
        qint64 department = 0;

        bool valid() const { return !code.isEmpty() && national >= 1 && national <= 10; }
        bool alreadyApplied() const { return nationalCode(local) == national; }
    };
    static Result<Decision> readDecision(Database& db, const QJsonObject& change);
    // Books the decision locally in the caller's transaction: the dossier's state (and finish
    // and return dates), an event by the portal account and the audit row
    // dossier.portal_status. Used by the pull and by a clerk accepting the portal's side of a
    // conflict (SyncService::resolveConflict).
    static Status applyDecision(Database& db, const Decision& decision, const QJsonObject& change,
                                const QDateTime& now);
    // National TrangThaiHoSo → our richer state (docs/domain.md#dossier-states; DossierState.h maps the other way).
    static bool stateFromNational(int code, DossierState* out);

private:
    SyncLane& m_lane;
};

} // namespace motcua
