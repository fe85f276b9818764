#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua {

class Database;

// A user's copy of the data key, wrapped under a key derived from their password
// (security/KeyRing says how). Only ciphertext: useless without the password.
struct DataKeyWrap
{
    int iterations = 0; // PBKDF2-HMAC-SHA256
    QByteArray salt;
    QByteArray wrapped; // header || nonce || encrypted key || tag
};

// Tables data_key and data_key_wraps (schema 006). Plain row access: the rules live in
// security/KeyRing. Never opens a transaction: callers wrap changes in theirs.
class KeyWrapRepository
{
public:
    explicit KeyWrapRepository(Database& db)
        : m_db(db)
    {}

    // The data key's identifier; an empty string when the database has no key yet.
    Result<QString> keyId();
    // Records the key's identifier; Error::conflict when the database already has a key.
    Status insertKeyId(const QString& keyId, const QDateTime& at, const QString& by);

    // Error::notFound when the user has no wrap.
    Result<DataKeyWrap> wrapOf(qint64 userId);
    // Inserts or replaces the user's wrap.
    Status putWrap(qint64 userId, const DataKeyWrap& wrap, const QDateTime& at, const QString& by);
    Status removeWrap(qint64 userId);
    Result<int> wrapCount();
    // Every wrap with its user's name, for the key file (store/KeyFile.h).
    Result<QList<QPair<QString, DataKeyWrap>>> namedWraps();
    // The rows of `select` (username, iterations, salt, wrapped), for every table of wraps.
    static Result<QList<QPair<QString, DataKeyWrap>>> readNamedWraps(Database& db, const QString& select);

private:
    Database& m_db;
};

} // namespace motcua
