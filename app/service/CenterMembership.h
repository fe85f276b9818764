#pragma once

#include "core/Result.h"

namespace motcua {

class AppContext;
struct JoinedCenter;

// What follows a workstation's join (sync/CenterJoin.h) on its side: it pins the center's
// signing key and keeps the account key (StationAccounts::adopt), then runs one accounts pass
// at once, so its own accounts reach the center and come back signed before anyone logs in
// again. The pass failing is not the join failing: the next sync does it.
Status adoptCenter(AppContext& context, const JoinedCenter& joined);

} // namespace motcua
