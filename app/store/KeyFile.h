#pragma once

#include "core/Result.h"
#include "store/KeyWrapRepository.h"

#include <QList>
#include <QString>

namespace motcua {

// One user's copy of the data key, by user name.
struct NamedWrap
{
    QString username;
    DataKeyWrap wrap;
};

// What login needs before the database can be read: the data key's identifier and every
// user's wrap of it (security/KeyRing). An encrypted database cannot be read without the key,
// and the key is only in these wraps, so they also live outside it, in a small file beside it
// ("motcua.db-keys", 0600, JSON). It holds only user names and ciphertext: the wraps open
// with their user's password alone. The database's own tables stay the reference; this file
// is written again from them at every login and after every change of a wrap.
class KeyFile
{
public:
    struct Content
    {
        QString keyId;
        QList<NamedWrap> wraps; // a user may have two: the newest first
        // On a workstation of a center (security/StationAccounts): each account's wrap of the
        // center's account key, and this database's data key sealed under the account key.
        QList<NamedWrap> accountWraps;
        QByteArray stationWrap;
        // Where to ask for an account the file does not know yet, before any login
        // (sync/AccountLookup): the center's address and pinned CA file, this station's number
        // and its lookup key (PortalProtocol::accountLookupKey). Empty off a center.
        struct CenterLookup
        {
            QString url;
            QString caFile;
            int station = 0;
            QString key;
            bool isSet() const { return !url.isEmpty() && !key.isEmpty() && station > 0; }
        } center;
    };

    static QString pathFor(const QString& databasePath);

    explicit KeyFile(const QString& path)
        : m_path(path)
    {}

    QString path() const { return m_path; }
    bool exists() const;
    // Error::notFound when there is no file; Error::crypto when it cannot be understood.
    Result<Content> read() const;
    // Written whole to a new file that replaces the old one (never half written), 0600.
    Status write(const Content& content) const;
    // The wraps of `username`, newest first (user names compare case-insensitively).
    static QList<DataKeyWrap> wrapsOf(const Content& content, const QString& username);
    static QList<DataKeyWrap> wrapsOf(const QList<NamedWrap>& wraps, const QString& username);

private:
    QString m_path;
};

} // namespace motcua
