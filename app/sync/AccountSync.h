#pragma once

#include "core/Result.h"
#include "store/CenterAccountRepository.h"

#include <QJsonObject>
#include <QString>

namespace motcua {

class SyncLane;

// The accounts lane of a pass on a workstation of a center (PROTOCOL.md, section 10): first the
// accounts changed here go to the center (MC_DayTaiKhoan), then every account the center
// changed since the cursor comes back (MC_LayTaiKhoan), its signature checked against the key
// pinned at join, and is applied: new accounts, names, roles, departments, the disabled flag,
// the password verifier and the wrap of the account key. The key file is written again after.
// A workstation that never joined a center (or syncs with a national-style portal) skips it.
// The first pass after joining pulls before it pushes: names the center knows already take the
// center's account, and only this workstation's other accounts are sent.
class AccountSync
{
public:
    explicit AccountSync(SyncLane& lane);

    void run();

    // The wire form of one account (both directions).
    static QJsonObject toJson(const CenterAccountRow& row);
    static Result<CenterAccountRow> fromJson(const QJsonObject& o);

private:
    bool push();
    // `centerWins`: the first pass after joining, when an account of the same name at the
    // center replaces this workstation's (one account per name in a center).
    bool pull(bool centerWins = false);

    SyncLane& m_lane;
};

} // namespace motcua
