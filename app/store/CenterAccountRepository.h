#pragma once

#include "core/Result.h"
#include "store/KeyWrapRepository.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

class Database;

// What the center last signed about an account (users.center_*, schema 020).
struct CenterSignedState
{
    bool present = false; // false: the center never confirmed this account
    qint64 revision = 0;
    QString role;
    QStringList departments;
    bool disabled = false;
    QByteArray signature;
};

// An account as the center sends it (MC_LayTaiKhoan) or as this workstation pushes it.
struct CenterAccountRow
{
    qint64 userId = 0; // local id (push only)
    QString username;
    QString fullName;
    QString role; // roleKey()
    QStringList departments;
    bool disabled = false;
    bool mustChange = false;
    QString verifier; // users.password_hash
    std::optional<DataKeyWrap> wrap;
    qint64 revision = 0;
    QByteArray signature;
    int pending = 0; // push: the users.center_pending value sent
};

// Tables account_key_wraps, center_keys and the center columns of users (schema 020). Plain
// row access: the rules live in security/CenterAccounts. Never opens a transaction.
class CenterAccountRepository
{
public:
    explicit CenterAccountRepository(Database& db)
        : m_db(db)
    {}

    // center_keys: empty when absent.
    Result<QByteArray> value(const QString& name);
    Status setValue(const QString& name, const QByteArray& value);

    Result<CenterSignedState> signedState(qint64 userId);
    Result<QStringList> departments(qint64 userId);
    Status setDepartments(qint64 userId, const QStringList& departments);
    // One more local change for the center to take.
    Status markPending(qint64 userId);
    // Every account the center never confirmed: for the first push after joining.
    Status markLocalOnlyPending();
    Result<QList<CenterAccountRow>> pending(int limit);
    // Clears the mark unless the account changed again meanwhile.
    Status acknowledge(qint64 userId, int pending);

    // The local id, password verifier and pending count of `username`; nullopt when absent.
    struct Local
    {
        qint64 id = 0;
        QString verifier;
        int pending = 0;
    };
    Result<std::optional<Local>> local(const QString& username);
    // A new local account from the center's row; its id.
    Result<qint64> insert(const CenterAccountRow& row, qint64 createdAt);
    // The center's signed state; with `editable`, the editable columns too (no local change waits).
    Status update(qint64 userId, const CenterAccountRow& row, bool editable);

    Result<std::optional<DataKeyWrap>> accountWrap(qint64 userId);
    Status putAccountWrap(qint64 userId, const DataKeyWrap& wrap);
    Status removeAccountWrap(qint64 userId);
    Result<QList<QPair<QString, DataKeyWrap>>> namedAccountWraps();

private:
    Database& m_db;
};

} // namespace motcua
