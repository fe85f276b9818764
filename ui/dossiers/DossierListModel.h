#pragma once

#include "store/DossierRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua {

class Clock;
class DossierService;

// The dossier list over the whole database, newest first.
//
// Rows arrive in keyset pages (DossierService::page) as the view scrolls (canFetchMore /
// fetchMore), so opening the list costs one page whatever the table's size. Memory stays
// bounded however far the clerk scrolls: only the start cursor of every page is kept (16
// bytes per 100 rows) and the rows of the last few pages touched; a page scrolled back to is
// read again from its cursor, which costs the same on page 1 and on page 10,000.
//
// A search text replaces the paged list with the search's hits (DossierService::search:
// code, ID number, phone or name without diacritics), narrowed by the filter's members the
// list row carries (states, department, received range).
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Applicant, ProcedureName, Department, Received, Appointment, State, Due, ColumnCount };
    Q_ENUM(Column)
    enum Roles { CodeRole = Qt::UserRole + 1, IdRole, StateRole, DueRole };
    // The due flag of an open dossier (DueRole; Timeliness.h decides).
    enum class DueFlag { None, DueToday, Overdue, Paused };

    DossierListModel(DossierService& dossiers, const Clock& clock, QObject* parent = nullptr);

    // Department names for the department column (id → name).
    void setDepartmentNames(const QHash<qint64, QString>& names);

    // Both reset the model and read the first page.
    void setFilter(const DossierFilter& filter);
    void setSearchText(const QString& text);
    const DossierFilter& filter() const { return m_filter; }
    QString searchText() const { return m_search; }
    // While a search narrows the list: the ids of the dossiers shown, in their order.
    QList<qint64> searchHitIds() const;
    // Reads the list again from the top (after a change made elsewhere).
    void refresh();

    // Rows per page and how many pages' rows stay in memory (tests use small numbers).
    void setPaging(int pageSize, int cachedPages);
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    // More pages follow the rows read so far (paged list only).
    bool hasMore() const { return m_search.isEmpty() && m_more; }
    void fetchMore(const QModelIndex& parent) override;

    // The row's dossier code, empty when out of range.
    QString codeAt(int row) const;
    // The row; null when out of range (or the dossier vanished since the list was read).
    const DossierListRow* rowAt(int row) const;
    DueFlag dueFlag(const DossierListRow& row) const;

    // Figures for tests and the benchmark.
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    int pagesRead() const { return m_pagesRead; }
    // The last storage error, empty when the last read worked.
    QString lastError() const { return m_error; }

Q_SIGNALS:
    // A read failed: the message is translated and fit to show inline.
    void loadFailed(const QString& message);

private:
    void reload();
    // Reads page `index` from its start cursor into the cache; false on error. `next`
    // receives where the following page starts (only the newest page read sets it).
    bool readPage(int index, PageCursor* next = nullptr) const;
    void touch(int index) const;
    bool matchesFilter(const DossierListRow& row) const;
    QString departmentName(qint64 id) const;

    DossierService& m_dossiers;
    const Clock& m_clock;
    DossierFilter m_filter;
    QString m_search;
    QHash<qint64, QString> m_departmentNames;
    int m_pageSize = 100;
    int m_cachedPages = 30;

    // Paged list: page i starts after m_starts[i]; m_next continues after the last page read.
    QList<PageCursor> m_starts;
    PageCursor m_next;
    bool m_more = false;
    int m_rows = 0;
    bool m_notifying = false;
    // Cached pages and their use order, most recent last. Mutable: data() is const and
    // reads an evicted page back on demand.
    mutable QHash<int, QList<DossierListRow>> m_pages;
    mutable QList<int> m_recent;
    mutable int m_pagesRead = 0;
    mutable QString m_error;

    // Search hits (search mode only).
    QList<DossierListRow> m_hits;
};

} // namespace motcua
