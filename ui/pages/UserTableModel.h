#pragma once

#include "store/UserRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace motcua {

// The local accounts on the Settings page (UsersBox): user name, full name, role, status and
// last login. A handful of rows, so the whole list is held; reload it after every change.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, FullNameColumn, RoleColumn, StatusColumn, LastLoginColumn, ColumnCount };
    // Qt::UserRole on any column: the row's user name.
    static constexpr int UsernameRole = Qt::UserRole;

    explicit UserTableModel(QObject* parent = nullptr);

    // `locked`: the ids of accounts locked by wrong passwords now (UserService::isLocked).
    void setUsers(const QList<UserInfo>& users, const QSet<qint64>& locked = {});
    bool isLocked(qint64 userId) const { return m_locked.contains(userId); }
    const QList<UserInfo>& users() const { return m_users; }
    // The row of `username` (case-insensitive), or -1.
    int rowOf(const QString& username) const;
    const UserInfo* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Active", "Disabled", "Locked", "Must change password".
    static QString statusText(const UserInfo& user, bool locked = false);

private:
    QList<UserInfo> m_users;
    QSet<qint64> m_locked;
};

} // namespace motcua
