#include "dossiers/DossierListModel.h"

#include "core/Clock.h"
#include "core/Timeliness.h"
#include "service/DossierService.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace motcua {

namespace {
// A search shows its newest hits; a clerk who needs more narrows the text.
constexpr int kSearchLimit = 200;

QString shortTime(const QDateTime& utc)
{
    return utc.isValid() ? toVietnam(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

DossierListModel::DossierListModel(DossierService& dossiers, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dossiers(dossiers)
    , m_clock(clock)
{}

void DossierListModel::setDepartmentNames(const QHash<qint64, QString>& names)
{
    m_departmentNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Department), index(rowCount() - 1, Department), {Qt::DisplayRole});
}

void DossierListModel::setPaging(int pageSize, int cachedPages)
{
    m_pageSize = qMax(1, pageSize);
    m_cachedPages = qMax(2, cachedPages);
    reload();
}

void DossierListModel::setFilter(const DossierFilter& filter)
{
    m_filter = filter;
    reload();
}

void DossierListModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    reload();
}

QList<qint64> DossierListModel::searchHitIds() const
{
    QList<qint64> ids;
    ids.reserve(m_hits.size());
    for (const DossierListRow& r : m_hits)
        ids.append(r.id);
    return ids;
}

void DossierListModel::refresh()
{
    reload();
}

void DossierListModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_notifying = false;
    m_starts.clear();
    m_next = {};
    m_more = false;
    m_rows = 0;
    m_pages.clear();
    m_recent.clear();
    m_hits.clear();
    m_error.clear();
    if (!m_search.isEmpty()) {
        Result<QList<DossierListRow>> hits = m_dossiers.search(m_search, kSearchLimit);
        if (hits) {
            for (const DossierListRow& r : *hits) {
                if (matchesFilter(r))
                    m_hits.append(r);
            }
        } else {
            m_error = hits.error().message;
        }
    } else {
        // The first page is read now; the view asks for the rest as it scrolls.
        m_starts.append(PageCursor{});
        if (readPage(0, &m_next)) {
            m_more = !m_next.isNull();
            m_rows = static_cast<int>(m_pages.value(0).size());
        } else {
            m_starts.clear();
        }
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

bool DossierListModel::readPage(int pageIndex, PageCursor* next) const
{
    Result<DossierPage> page = m_dossiers.page(m_filter, m_starts.at(pageIndex), m_pageSize);
    ++m_pagesRead;
    if (!page) {
        m_error = page.error().message;
        return false;
    }
    if (next)
        *next = page->next;
    m_pages.insert(pageIndex, page->rows);
    touch(pageIndex);
    // Keep the newest pages touched; the view only ever shows a screenful.
    while (m_recent.size() > m_cachedPages)
        m_pages.remove(m_recent.takeFirst());
    return true;
}

void DossierListModel::touch(int pageIndex) const
{
    m_recent.removeOne(pageIndex);
    m_recent.append(pageIndex);
}

bool DossierListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while views hear of the last change: a slot reacting to it must not grow the
    // model inside that notification.
    return !parent.isValid() && m_search.isEmpty() && m_more && !m_notifying;
}

void DossierListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int pageIndex = static_cast<int>(m_starts.size());
    m_starts.append(m_next);
    if (!readPage(pageIndex, &m_next)) {
        m_starts.removeLast();
        m_more = false;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_more = !m_next.isNull();
    const int added = static_cast<int>(m_pages.value(pageIndex).size());
    if (added == 0)
        return;
    m_notifying = true;
    beginInsertRows(QModelIndex(), m_rows, m_rows + added - 1);
    m_rows += added;
    endInsertRows();
    m_notifying = false;
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_search.isEmpty() ? m_rows : static_cast<int>(m_hits.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DossierListRow* DossierListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (!m_search.isEmpty())
        return &m_hits.at(row);
    const int pageIndex = row / m_pageSize;
    auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd()) {
        if (pageIndex >= m_starts.size() || !readPage(pageIndex))
            return nullptr;
        it = m_pages.constFind(pageIndex);
    } else if (m_recent.constLast() != pageIndex) {
        touch(pageIndex);
    }
    const int inPage = row % m_pageSize;
    // A page read again may be shorter when dossiers left the filter meanwhile.
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QString DossierListModel::codeAt(int row) const
{
    const DossierListRow* r = rowAt(row);
    return r ? r->code : QString();
}

DossierListModel::DueFlag DossierListModel::dueFlag(const DossierListRow& row) const
{
    // The same states the list's due today / overdue filters use (DossierFilter).
    if (isClockPaused(row.state) && !isTerminal(row.state))
        return DueFlag::Paused;
    if (!DossierFilter::openRunningStates().contains(row.state))
        return DueFlag::None;
    const QDateTime now = m_clock.now();
    if (isOverdueAt(row.appointmentAt, now))
        return DueFlag::Overdue;
    if (isDueOn(row.appointmentAt, toVietnam(now).date()))
        return DueFlag::DueToday;
    return DueFlag::None;
}

QString DossierListModel::departmentName(qint64 id) const
{
    return m_departmentNames.value(id);
}

bool DossierListModel::matchesFilter(const DossierListRow& r) const
{
    if (m_filter.departmentId && r.departmentId != *m_filter.departmentId)
        return false;
    if (!m_filter.states.isEmpty() && !m_filter.states.contains(r.state))
        return false;
    if (m_filter.receivedFrom.isValid() && r.receivedAt < m_filter.receivedFrom)
        return false;
    if (m_filter.receivedTo.isValid() && r.receivedAt >= m_filter.receivedTo)
        return false;
    // Search hits carry no channel, procedure or clerk: those filters apply to the paged list.
    if (m_filter.dueToday || m_filter.overdue) {
        const DueFlag flag = dueFlag(r);
        if (!((m_filter.dueToday && flag == DueFlag::DueToday) || (m_filter.overdue && flag == DueFlag::Overdue)))
            return false;
    }
    return true;
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DossierListRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case CodeRole:
        return r->code;
    case IdRole:
        return r->id;
    case StateRole:
        return static_cast<int>(r->state);
    case DueRole:
        return static_cast<int>(dueFlag(*r));
    case Qt::ToolTipRole:
        if (index.column() == ProcedureName)
            return r->procedureName;
        if (index.column() == Department)
            return departmentName(r->departmentId);
        // Cut short when the window is narrow: the whole name on hover.
        if (index.column() == State)
            return stateName(r->state);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Due) {
            switch (dueFlag(*r)) {
            case DueFlag::Overdue:
                return QBrush(QColor(0xb0, 0x00, 0x20));
            case DueFlag::DueToday:
                return QBrush(QColor(0xa0, 0x52, 0x00));
            case DueFlag::Paused:
                return QBrush(QColor(0x55, 0x55, 0x55));
            case DueFlag::None:
                break;
            }
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return r->code;
    case Applicant:
        return r->applicantName;
    case ProcedureName:
        return r->procedureName;
    case Department:
        return departmentName(r->departmentId);
    case Received:
        return shortTime(r->receivedAt);
    case Appointment:
        return shortTime(r->appointmentAt);
    case State:
        return stateName(r->state);
    case Due:
        switch (dueFlag(*r)) {
        case DueFlag::Overdue:
            return tr("Overdue");
        case DueFlag::DueToday:
            return tr("Due today");
        case DueFlag::Paused:
            return tr("Paused");
        case DueFlag::None:
            return QString();
        }
        return QString();
    default:
        return {};
    }
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Applicant:
        return tr("Applicant");
    case ProcedureName:
        return tr("Procedure");
    case Department:
        return tr("Department");
    case Received:
        return tr("Received");
    case Appointment:
        return tr("Appointment");
    case State:
        return tr("State");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace motcua
