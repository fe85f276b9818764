#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/CenterAccountRepository.h"
#include "store/UserRepository.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace motcua {

class Database;
class KeyRing;

// This workstation's side of the center's accounts (PROTOCOL.md, section 10).
//
// When the workstation joins its center it pins the center's Ed25519 public key and keeps the
// center's account key sealed under its own data key, with its data key wrapped under the
// account key (the station wrap). From then on:
//  - every change an administrator makes here (new account, name, role, departments, disabled,
//    password) is marked for the center (users.center_pending) and pushed by the next sync;
//    a password set here also gets a wrap of the account key under it, so that password opens
//    the data key of every workstation of the center;
//  - the role, departments and disabled flag that count at login are the ones the center
//    signed: a signature that does not verify refuses the login, and an account the center has
//    not confirmed yet logs in as a clerk of no department.
// A workstation that never joined a center keeps its local accounts as before.
class StationAccounts
{
public:
    StationAccounts(Database& db, KeyRing& keys);

    // True once the workstation pinned a center's key.
    bool isJoined();
    Database& db() { return m_db; }

    // At join, with the administrator's session unlocked: pins `verifyKey`, keeps
    // `accountKey`, writes the station wrap and marks every local account for the center.
    Status adopt(const QByteArray& verifyKey, const QByteArray& accountKey, const QString& agency);

    // Before the caller's transaction: a wrap of the account key under `password`; nullopt when
    // the workstation is not joined or the session holds no data key.
    Result<std::optional<DataKeyWrap>> prepareWrap(const QString& password);
    // Inside the caller's transaction: the account changed here (and its new wrap, if any).
    Status changed(qint64 userId, const std::optional<DataKeyWrap>& wrap = std::nullopt);

    // What counts at login for `user` (after its password matched). Forbidden when the
    // center's signature of the account does not verify.
    struct Effective
    {
        Role role = Role::Clerk;
        QStringList departments;
        bool disabled = false;
    };
    Result<Effective> effective(const UserRecord& user);

    // After a login here, with the password at hand: an account without a wrap of the account
    // key (created before the workstation joined) gets one, for the center to hand on.
    Status ensureWrap(const UserRecord& user, const QString& password);

    // Does the center's signature verify for this row (with the key pinned in `repo`'s database)?
    static bool verifies(CenterAccountRepository& repo, const QString& username, const CenterSignedState& state);
    // The same for an account as the center sent it.
    static bool verifies(CenterAccountRepository& repo, const CenterAccountRow& row);

    // One account from the center (its signature checked by the caller), inside the caller's
    // transaction: a new name becomes a local account; a known one takes the center's values
    // unless a change made here still waits to be sent (`centerWins`: the first pass after
    // joining, when the center's account replaces this workstation's). `now` in seconds.
    static Status applyFromCenter(Database& db, const CenterAccountRow& row, bool centerWins, qint64 now);

    // The departments an administrator set here for a department officer.
    Result<QStringList> departments(qint64 userId);
    Status setDepartments(qint64 userId, const QStringList& departments);

private:
    Result<QByteArray> accountKey();

    Database& m_db;
    KeyRing& m_keys;
    CenterAccountRepository m_repo;
};

} // namespace motcua
