#pragma once

#include "core/Result.h"
#include "security/DataKey.h"
#include "store/CenterAccountRepository.h"

#include <QString>

#include <memory>

namespace motcua {

class Database;
class KeyRing;

// A login at a workstation of a center with a name or a password its key file does not know
// yet: an account created, or a password set, at another counter since this workstation last
// synced (it sat at its login screen, where nothing syncs). The center is asked for that one
// account (sync/AccountLookup); when the password opens the account's wrap of the center's
// account key, that key opens this database's data key. Once the database is open the account
// is checked against the center's pinned signing key and kept as a pull would keep it, so the
// login goes on as for any account this workstation knows. Offline, or for an account the
// center does not have, nothing changes: the login is refused as before.
struct FetchedAccount
{
    std::unique_ptr<DataKey> key;
    CenterAccountRow row;
};

// Before the database is open. Error::forbidden when the password opens nothing (or the
// account is disabled), Error::notFound when this workstation has no center to ask, other
// errors when the center cannot be asked.
Result<FetchedAccount> openThroughCenter(const QString& keyFilePath, const QString& username, const QString& password);

// With the database open (by the fetched key, or already): asks the center for `username` when
// this workstation's database does not know the name, and keeps it. Nothing when the workstation
// never joined a center or the name is known.
Status fetchUnknownAccount(Database& db, const QString& keyFilePath, const QString& username, qint64 now);

// The fetched account kept: its signature checked (Error::forbidden when it does not verify),
// applied in one transaction, and the key file written again with its wrap.
Status keepFetchedAccount(Database& db, const QString& keyFilePath, const CenterAccountRow& row, qint64 now);

} // namespace motcua
