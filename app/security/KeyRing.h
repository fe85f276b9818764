#pragma once

#include "core/Result.h"
#include "security/DataKey.h"
#include "store/KeyFile.h"
#include "store/KeyWrapRepository.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

class Database;

// The data key of this session, and the wraps that give each user a copy of it.
//
// One random 256-bit data key per database encrypts every attachment. It is never stored in
// clear: each user has a wrap, the key encrypted with AES-256-GCM under
// KEK = PBKDF2-HMAC-SHA256(NFC(password), own 16-byte salt, iterations). Logging in unlocks the
// session (unwraps the user's copy); the first administrator creates the key; an
// administrator whose session is unlocked grants a new user a wrap; a password change rewraps.
// A wrong password fails GCM authentication, so it can never yield a wrong key.
//
// PBKDF2 is slow on purpose (~150 ms): wraps are made with prepareWrap() before the caller's
// transaction, and stored with storeWrap() inside it, so the write lock is not held meanwhile.
class KeyRing
{
public:
    // `iterations` for new wraps (PasswordHasher::kDefaultIterations in the app; tests pass
    // fewer). Unwrapping always uses the count stored with the wrap.
    KeyRing(Database& db, int iterations);
    ~KeyRing();

    bool isUnlocked() const { return m_key != nullptr; }
    // The session's key; nullptr while locked.
    const DataKey* key() const { return m_key.get(); }
    // Forgets (and wipes) the key: at log out.
    void lock();

    // True once the database has a data key (data_key row). False on a storage error.
    bool hasDataKey();

    // Unlocks the session with the user's wrap. A database without a data key gets one when an
    // administrator unlocks (after checking the password against the account's hash, so a
    // mistyped password cannot become the only way in). Refusals:
    //   Error::forbidden  wrong password, disabled account, or no wrap for this user
    //   Error::conflict   no data key yet and the user is not an administrator
    Status unlock(const QString& username, const QString& password, const QDateTime& now);

    // A wrap of `key` under `password`, ready to store.
    Result<DataKeyWrap> prepareWrap(const DataKey& key, const QString& password) const;
    // The session key unwrapped from `wrap` with `password`; Error::forbidden when the password
    // does not open it, Error::crypto when it opens to another database's key.
    Result<std::unique_ptr<DataKey>> unwrap(const DataKeyWrap& wrap, const QString& password);

    // Inside the caller's transaction: records a new data key (its id) for the database.
    Status storeNewKey(const DataKey& key, const QDateTime& at, const QString& by);
    // Inside the caller's transaction: the user's wrap, replacing an older one.
    Status storeWrap(qint64 userId, const DataKeyWrap& wrap, const QDateTime& at, const QString& by);
    // Inside the caller's transaction: removes the user's wrap (a password changed while no
    // session key was at hand: the old wrap would open with the old password only).
    Status removeWrap(qint64 userId);

    // The session now holds `key` (after the transaction that stored it committed).
    void adopt(std::unique_ptr<DataKey> key);

    int iterations() const { return m_iterations; }

    // The key file beside an encrypted database (store/KeyFile.h): written from the database's
    // wraps after each change of a wrap and at each unlock, while the database is encrypted.
    void setKeyFile(const QString& path) { m_keyFile = path; }
    // Writes it now from the database (`keepOlder`: a user's previous wrap stays beside a new
    // one until the next unlock, in case the transaction that stored the new one rolls back).
    // `evenIfPlain`: also for a plain database (just before it is encrypted).
    Status writeKeyFile(bool keepOlder = false, bool evenIfPlain = false);
    // The data key from a key file, before the database can be read: Error::forbidden when the
    // user has no wrap there or the password opens none.
    static Result<std::unique_ptr<DataKey>> unlockFromKeyFile(const QString& keyFile, const QString& username,
                                                              const QString& password);
    // A workstation of a center (security/StationAccounts) also opens with the center's
    // account key: a user's password opens their wrap of it (the same format as a data key
    // wrap), and it opens the station wrap, this database's data key sealed under it.
    static Result<std::unique_ptr<DataKey>> openAccountWrap(const DataKeyWrap& wrap, const QString& password);
    static Result<QByteArray> sealStationWrap(const DataKey& accountKey, const DataKey& dataKey);
    static Result<std::unique_ptr<DataKey>> openStationWrap(const DataKey& accountKey, const QByteArray& stationWrap);
    // The data key of the key file's station wrap, opened through `accountWrap` (one the file
    // does not hold yet: fetched from the center before a login) with `password`.
    // Error::forbidden when the password does not open it, Error::crypto when it opens to the
    // key of another database.
    static Result<std::unique_ptr<DataKey>>
    unlockThroughFetchedWrap(const KeyFile::Content& content, const DataKeyWrap& accountWrap, const QString& password);

    // Whether the session was unlocked by an administrator (who may encrypt the database).
    bool unlockedByAdmin() const { return m_key && m_byAdmin; }

    // Runs after each unlock() or adopt() that left the session unlocked: work that needs the
    // key once it is at hand (AppContext seals secret settings still stored in clear).
    void setOnUnlock(std::function<void()> hook) { m_onUnlock = std::move(hook); }
    // Runs after each unlock() that succeeded, with the user's name and password (a workstation
    // of a center makes the account's wrap of the center's account key then).
    void setAfterUnlock(std::function<void(const QString&, const QString&)> hook) { m_afterUnlock = std::move(hook); }
    // Runs first in unlock(): an encrypted database not yet opened is opened with the key the
    // password unwraps from the key file (AppContext::openWithPassword).
    void setBeforeUnlock(std::function<Status(const QString&, const QString&)> hook)
    {
        m_beforeUnlock = std::move(hook);
    }

private:
    // The data key through the user's wrap of the account key; NotFound without one.
    Result<std::unique_ptr<DataKey>> unlockThroughAccountKey(qint64 userId, const QString& password);
    Status unlockKey(const QString& username, const QString& password, const QDateTime& now);
    // The key file's center block, from the settings (needs the session's key).
    KeyFile::Content::CenterLookup centerLookup();

    Database& m_db;
    KeyWrapRepository m_wraps;
    int m_iterations;
    std::unique_ptr<DataKey> m_key;
    std::function<void()> m_onUnlock;
    std::function<Status(const QString&, const QString&)> m_beforeUnlock;
    std::function<void(const QString&, const QString&)> m_afterUnlock;
    QString m_keyFile;
    bool m_byAdmin = false;
};

} // namespace motcua
