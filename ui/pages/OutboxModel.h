#pragma once

#include "core/SyncTypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace motcua {

class SyncService;

// Every outbox item for the Sync page, newest first, read a page at a time (canFetchMore /
// fetchMore) so a station with a long history never loads it whole. Columns: kind, dossier,
// state, attempts, next retry, queued at, last error.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The last error comes last: it is the long one and takes the rest of the width.
    enum Column {
        KindColumn,
        DossierColumn,
        StateColumn,
        AttemptsColumn,
        NextRetryColumn,
        CreatedColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // Qt::UserRole on any column: the row's outbox id.
    static constexpr int IdRole = Qt::UserRole;

    explicit OutboxModel(SyncService& service, QObject* parent = nullptr);

    // No state: every item.
    void setStateFilter(std::optional<OutboxState> state);
    std::optional<OutboxState> stateFilter() const { return m_filter; }
    // Reads the first page again (after a pass or a retry).
    void reload();
    qint64 idAt(int row) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString kindName(SyncKind kind);
    static QString stateName(OutboxState state);
    // The state as the clerk reads it: a queued row that was tried before (it has a last
    // error: the portal unreachable, or a retry asked for) waits to be sent again, and while
    // the portal cannot be reached it is "waiting for the connection" — never an error.
    QString stateName(const OutboxItem& item) const;
    static bool isWaiting(const OutboxItem& item);
    // The Sync page says whether the portal is reachable (and configured).
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

private:
    SyncService& m_service;
    std::optional<OutboxState> m_filter;
    QList<OutboxItem> m_items;
    int m_total = 0;
    bool m_offline = false;
};

} // namespace motcua
