#include "pages/OutboxModel.h"

#include "core/Clock.h"
#include "sync/SyncService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace motcua {

OutboxModel::OutboxModel(SyncService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    reload();
}

void OutboxModel::setStateFilter(std::optional<OutboxState> state)
{
    if (state == m_filter)
        return;
    m_filter = state;
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_items.clear();
    auto total = m_service.store().itemCount(m_filter);
    m_total = total ? *total : 0;
    if (auto first = m_service.store().page(0, kPageSize, m_filter))
        m_items = *first;
    endResetModel();
}

qint64 OutboxModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_items.size() < m_total;
}

void OutboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    auto more = m_service.store().page(static_cast<int>(m_items.size()), kPageSize, m_filter);
    if (!more || more->isEmpty()) {
        // The outbox shrank under us (rows done and filtered out): stop asking.
        m_total = static_cast<int>(m_items.size());
        return;
    }
    beginInsertRows({}, static_cast<int>(m_items.size()), static_cast<int>(m_items.size() + more->size() - 1));
    m_items.append(*more);
    endInsertRows();
}

QString OutboxModel::kindName(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Dossier:
        return tr("Dossier");
    case SyncKind::History:
        return tr("History row");
    case SyncKind::Attachment:
        return tr("Attachment");
    // The pulls, as the retry lines under the table name them.
    case SyncKind::Catalogue:
        return tr("Procedure catalogue");
    case SyncKind::Status:
        return tr("Status decided centrally");
    case SyncKind::Lease:
        return tr("Dossier number block");
    // Not among the kinds the page lists (allKinds()).
    case SyncKind::Feed:
    case SyncKind::Account:
        break;
    }
    return kindKey(kind);
}

QString OutboxModel::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Queued");
    case OutboxState::InFlight:
        return tr("Sending");
    case OutboxState::Done:
        return tr("Sent");
    case OutboxState::Failed:
        return tr("Failed, will retry");
    }
    return stateKey(state);
}

bool OutboxModel::isWaiting(const OutboxItem& item)
{
    return item.state == OutboxState::Queued && !item.lastError.isEmpty();
}

QString OutboxModel::stateName(const OutboxItem& item) const
{
    if (!isWaiting(item))
        return stateName(item.state);
    return m_offline ? tr("Waiting for the connection") : tr("Waiting to be sent again");
}

void OutboxModel::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(static_cast<int>(m_items.size()) - 1, StateColumn));
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const OutboxItem& it = m_items.at(index.row());
    if (role == IdRole)
        return it.id;
    auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(toVietnam(t), QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
    };
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (static_cast<Column>(index.column())) {
        case KindColumn:
            return kindName(it.kind);
        case DossierColumn:
            return it.entityKey;
        case StateColumn:
            if (role == Qt::ToolTipRole && isWaiting(it))
                return tr("Kept here, safe, and sent by itself at the next try (%1).").arg(when(it.nextAttemptAt));
            return stateName(it);
        case AttemptsColumn:
            return it.attempts;
        case ErrorColumn:
            return it.lastError;
        case NextRetryColumn:
            return it.state == OutboxState::Failed || isWaiting(it) ? when(it.nextAttemptAt) : QString();
        case CreatedColumn:
            return when(it.createdAt);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (it.state == OutboxState::Failed)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (it.state == OutboxState::Done)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case KindColumn:
        return tr("Kind");
    case DossierColumn:
        return tr("Dossier");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    case NextRetryColumn:
        return tr("Next retry");
    case CreatedColumn:
        return tr("Queued at");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace motcua
