#pragma once

#include "core/Result.h"
#include "store/CenterAccountRepository.h"
#include "store/KeyFile.h"

#include <QString>

namespace motcua {

// Before any login, on a workstation of a center: one account as the center holds it, for a
// name (or a password) the key file beside the database does not know yet: an account created,
// or a password set, at another counter since this workstation's last sync, while it sat at its
// login screen with nothing to sync with (PROTOCOL.md, section 10). The station proves itself
// with the lookup key kept in the key file (PortalProtocol::accountLookupKey), which the center
// accepts for this one request only; the answer is the account as MC_LayTaiKhoan gives it. It
// opens nothing by itself: its wrap of the account key opens only with the user's password,
// and its signature is checked against the pinned key once the database is open.
//
// Error::notFound when the center has no such account, Error::forbidden when it refuses the
// station (revoked, throttled), Error::storage when it cannot be reached or answers garbage.
Result<CenterAccountRow> fetchAccountBeforeLogin(const KeyFile::Content::CenterLookup& center, const QString& username,
                                                 int timeoutMs = 5000);

} // namespace motcua
