#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// Wrong passwords and account locks, kept beside the key file ("motcua.db-logins", 0600, JSON).
//
// An encrypted database cannot be read before a password opened its key, so the counters in its
// users table (schema 017) cannot stop guessing at the first login of a session: every try
// would be checked against the key file, unthrottled. This file holds the same counters where
// login can read them first: per user name, the wrong passwords in a row, the time of the last
// one and when the account was locked, plus how long a lock lasts (security.lockoutMinutes,
// copied here whenever the database is open). LoginThrottle applies the same rules to them.
//
// Protection: the file sits with the database and the key file in the folder only the owner
// can enter. Anyone who could alter it could also copy the key file and guess passwords
// offline, so no key guards it (none is at hand before the login anyway); a SHA-256 over the
// content catches a damaged or hand-edited file, which is then logged and started afresh. The
// database's own counters stay as they were and the stricter of the two applies once it is
// open.
class LoginCounterFile
{
public:
    struct Entry
    {
        QString username;
        int failures = 0;
        QDateTime lastFailedAt; // UTC; invalid when none
        QDateTime lockedAt;     // UTC; invalid when not locked
    };
    struct Content
    {
        int lockoutMinutes = 30;
        QList<Entry> entries;
    };
    // At most this many names are kept: the oldest without a lock go first.
    static constexpr int kMaxEntries = 256;

    static QString pathFor(const QString& databasePath);

    explicit LoginCounterFile(const QString& path)
        : m_path(path)
    {}

    QString path() const { return m_path; }
    // No file: empty content. Error::crypto when the file is damaged (its checksum fails).
    Result<Content> read() const;
    // Written whole to a new file that replaces the old one, 0600.
    Status write(const Content& content) const;

    // The entry of `username` (case-insensitive); an empty one with that name when none.
    static Entry entryOf(const Content& content, const QString& username);
    // Replaces (or adds) the entry of `entry.username`; an entry with no failure and no lock is
    // removed.
    static void put(Content& content, const Entry& entry);

    // Read, change, write: the usual uses. A damaged file is replaced by the change.
    Status recordFailure(const QString& username, int failures, const QDateTime& at, bool lock) const;
    Status clear(const QString& username) const;
    Status setLockoutMinutes(int minutes) const;

private:
    Content readOrFresh() const;

    QString m_path;
};

} // namespace motcua
