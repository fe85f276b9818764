#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "security/PasswordHasher.h"
#include "store/UserRepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace motcua {

class Clock;
class Database;
class KeyRing;
class StationAccounts;

// Local accounts: first administrator, login, adding users, passwords, disabling.
// Every change is one Transaction that writes the users row and an audit row
// (actions "user.add", "user.update", "user.password", "user.disable"; logins "user.login" and
// "user.login_failed"). Passwords are never logged or audited, only their hash is stored.
//
// With a KeyRing, accounts also carry the data key of the attachment store: the first
// administrator creates it, an administrator whose session is unlocked grants a new user a
// wrap of it, and a password change rewraps it (security/KeyRing).
class UserService
{
public:
    // Rules for new accounts, shown in the UI next to the fields.
    static constexpr int kUsernameMin = 3;
    static constexpr int kUsernameMax = 32;
    // PasswordPolicy holds the rules; an administrator's minimum is longer (kAdminMinimum).
    static constexpr int kPasswordMin = 8;
    // Upper bounds keep one request from costing seconds of hashing or filling the table.
    static constexpr int kPasswordMax = 1024;
    static constexpr int kFullNameMax = 128;

    // `hasher` defaults to the production one; tests pass
    // PasswordHasher::withIterationsForTesting(...) to stay fast. `keys` (optional) receives the
    // data key wraps.
    UserService(Database& db, const Clock& clock, const PasswordHasher& hasher = PasswordHasher(),
                KeyRing* keys = nullptr);

    // True once an administrator exists (enabled or not). False on a storage error.
    bool hasAdmin();

    // The first start: creates the administrator. Error::conflict once any admin exists.
    Result<Actor> createFirstAdmin(const QString& username, const QString& fullName, const QString& password);

    // The same message for an unknown user and a wrong password, so a stranger cannot learn
    // which user names exist. A disabled account is refused only after its password matched.
    // Wrong passwords are throttled and lock the account (LoginThrottle): an attempt inside the
    // wait or on a locked account is refused (Error::forbidden, saying how long) without
    // checking the password.
    Result<Actor> login(const QString& username, const QString& password);
    // Runs first in login(): an encrypted database is opened with the key the password
    // unwraps (AppContext::openWithPassword). A refusal there is the login's refusal.
    void setBeforeLogin(std::function<Status(const QString&, const QString&)> hook) { m_beforeLogin = std::move(hook); }
    // On a workstation of a center: changes go to the center and the center's signed role is
    // the one that counts at login (security/StationAccounts).
    void setStationAccounts(StationAccounts* accounts) { m_accounts = accounts; }
    // The counters beside the key file (store/LoginCounterFile.h), read before the password is
    // checked and kept with the database's own: five wrong passwords lock an account even
    // while the database is still closed. `keyFilePath` tells which user names exist then
    // (those with a wrap); only they are counted, as in the database.
    void setLoginCounterFile(const QString& counterPath, const QString& keyFilePath)
    {
        m_counterPath = counterPath;
        m_keyFilePath = keyFilePath;
    }

    // Admin only: lifts a lock from repeated wrong passwords (audited "user.unlock").
    // Nothing to lift: nothing is written.
    Status unlockUser(const Actor& by, const QString& username);
    // True while the account is locked by wrong passwords (for the user list).
    bool isLocked(const UserInfo& user);
    // security.lockoutMinutes: how long a lock lasts when no administrator lifts it.
    int lockoutMinutes();

    // Admin only. `temporaryPassword`: the administrator chose the password, so the user must
    // choose their own at the first login (Actor::mustChangePassword).
    Result<Actor> addUser(const Actor& by, const QString& username, const QString& fullName, Role role,
                          const QString& password, bool temporaryPassword = false);

    // Admin only: the full name and the role. The last enabled administrator keeps the role.
    // Nothing changed: nothing is written.
    Status updateUser(const Actor& by, const QString& username, const QString& fullName, Role role);

    // Supervisor and above; empty for a lower role (listUsers() says why).
    QList<UserInfo> list(const Actor& by);
    Result<QList<UserInfo>> listUsers(const Actor& by);

    // Admin for anyone, or any user for their own account. A password set for someone else (an
    // administrator's reset) is temporary: that user must choose their own at the next login.
    // One's own new password clears that.
    Status setPassword(const Actor& by, const QString& username, const QString& newPassword);

    // Admin only: the departments of a department officer (codes of the catalogue's
    // departments; empty: not an officer). Audited "user.departments".
    Status setDepartments(const Actor& by, const QString& username, const QStringList& departments);
    Result<QStringList> departments(const QString& username);

    // Admin only; the last enabled administrator cannot be disabled. Disabling removes the
    // account's wrap of the data key: enabled again, it gets one with an administrator's reset.
    Status setDisabled(const Actor& by, const QString& username, bool disabled);

    // Validation used by the methods above, public so forms can check a field as it is typed.
    static Status validateUsername(const QString& username);
    // `role`: the account's role (an administrator needs a longer password; PasswordPolicy).
    static Status validatePassword(const QString& password, Role role = Role::Clerk);
    static Status validateFullName(const QString& fullName);

private:
    Result<Actor> insertUser(const Actor& by, const QString& username, const QString& fullName, Role role,
                             const QString& password, bool firstAdmin, bool temporaryPassword);
    Status auditFailedLogin(const QString& username, const QString& reason);
    // Inside the caller's transaction.
    Status auditFailedLogin(const QString& username, const QString& reason, const QJsonObject& extra);

    // The entry of `username` in the counter file (empty without one) and the lock period it
    // keeps while the database is closed.
    UserInfo counterEntry(const QString& username, int* lockoutMinutes = nullptr);
    bool knownBeforeOpen(const QString& username) const;
    void recordCounterFailure(const QString& username, int failures, const QDateTime& at, bool lock);
    void clearCounterEntry(const QString& username);

    Database& m_db;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    UserRepository m_users;
    KeyRing* m_keys = nullptr;
    StationAccounts* m_accounts = nullptr;
    std::function<Status(const QString&, const QString&)> m_beforeLogin;
    QString m_counterPath;
    QString m_keyFilePath;
};

} // namespace motcua
