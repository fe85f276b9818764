#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// A local account as shown to people: never carries the password hash.
struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    bool disabled = false;
    // The password was set by an administrator: the user must choose their own at the next login.
    bool mustChangePassword = false;
    QDateTime createdAt;   // UTC
    QDateTime lastLoginAt; // UTC; invalid when the user never logged in
    // Wrong passwords since the last successful login or unlock (schema 017).
    int failedLogins = 0;
    QDateTime lastFailedAt; // UTC; invalid when none
    // When the account was locked by repeated wrong passwords; invalid when it is not. Whether
    // the lock still holds depends on security.lockoutMinutes (LoginThrottle).
    QDateTime lockedAt;
};

// A users row including the stored password hash; stays inside the security layer.
struct UserRecord : UserInfo
{
    QString passwordHash; // "pbkdf2-sha256$..." (security/PasswordHasher.h)
};

// Table `users` (schema 001). Plain row access: rules (roles, validation, audit) live in
// UserService. Never opens a transaction: callers wrap changes in theirs.
class UserRepository
{
public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {}

    // User names compare case-insensitively (the column is COLLATE NOCASE).
    // Error::notFound when there is no such user.
    Result<UserRecord> byUsername(const QString& username);
    Result<QList<UserInfo>> all();
    // Number of admins; `enabledOnly` counts only accounts that can log in.
    Result<int> countAdmins(bool enabledOnly);

    // Inserts and returns the new id. A duplicate user name is an Error::conflict.
    Result<qint64> insert(const UserRecord& user);
    // `mustChange`: the password is temporary (set by an administrator for someone else).
    Status setPasswordHash(qint64 id, const QString& hash, bool mustChange);
    // Keeps the must-change flag as it is (a rehash at login).
    Status setPasswordHash(qint64 id, const QString& hash);
    Status setProfile(qint64 id, const QString& fullName, Role role);
    Status setDisabled(qint64 id, bool disabled);
    Status setLastLogin(qint64 id, const QDateTime& at);
    // One more wrong password: sets the count to `failures`, the time to `at`, and the lock
    // time to `at` when `lock`.
    Status recordFailedLogin(qint64 id, int failures, const QDateTime& at, bool lock);
    // A successful login or an administrator's unlock: no failures, no lock.
    Status clearFailedLogins(qint64 id);

private:
    Database& m_db;
};

} // namespace motcua
