#include "pages/UserTableModel.h"

#include "core/Clock.h"

#include <QBrush>
#include <QColor>

namespace motcua {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(const QList<UserInfo>& users, const QSet<qint64>& locked)
{
    beginResetModel();
    m_users = users;
    m_locked = locked;
    endResetModel();
}

int UserTableModel::rowOf(const QString& username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username.compare(username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const UserInfo* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::statusText(const UserInfo& user, bool locked)
{
    if (user.disabled)
        return tr("Disabled");
    if (locked)
        return tr("Locked (wrong passwords)");
    if (user.mustChangePassword)
        return tr("Active, must change password");
    return tr("Active");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const UserInfo* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user)
        return {};
    if (role == UsernameRole)
        return user->username;
    if (role == Qt::ForegroundRole && user->disabled)
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UsernameColumn:
        return user->username;
    case FullNameColumn:
        return user->fullName;
    case RoleColumn:
        return roleName(user->role);
    case StatusColumn:
        return statusText(*user, m_locked.contains(user->id));
    case LastLoginColumn:
        return user->lastLoginAt.isValid() ? toVietnam(user->lastLoginAt).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                           : tr("never");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

} // namespace motcua
