#include "scan/PageStripModel.h"

#include "scan/PagePipeline.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace motcua {

namespace {
const QString kMime = QStringLiteral("application/x-motcua-page-rows");
}

PageStripModel::PageStripModel(QObject* parent)
    : QAbstractListModel(parent)
{}

PageStripModel::Row PageStripModel::makeRow(const ScanPage& page)
{
    Row row;
    row.page = page;
    row.blank = PagePipeline::isBlank(page.image, page.dpi);
    row.thumbnail = QPixmap::fromImage(
        page.image.scaledToHeight(kThumbnailHeight, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32));
    return row;
}

void PageStripModel::appendPages(const QList<ScanPage>& pages)
{
    if (pages.isEmpty())
        return;
    QList<Row> rows;
    for (const ScanPage& p : pages)
        rows.append(makeRow(p));
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void PageStripModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QList<ScanPage> PageStripModel::pages() const
{
    QList<ScanPage> out;
    for (const Row& r : m_rows)
        out.append(r.page);
    return out;
}

bool PageStripModel::movePage(int from, int to)
{
    const int n = static_cast<int>(m_rows.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_rows.move(from, to);
    endMoveRows();
    return true;
}

bool PageStripModel::rotatePage(int row, int quarterTurns)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    ScanPage p = m_rows[row].page;
    p.image = PagePipeline::rotated(p.image, quarterTurns);
    m_rows[row] = makeRow(p);
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool PageStripModel::cropPage(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    ScanPage p = m_rows[row].page;
    p.image = PagePipeline::cropBorders(p.image, p.dpi);
    m_rows[row] = makeRow(p);
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool PageStripModel::removePage(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int PageStripModel::dropBlankPages()
{
    int dropped = 0;
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].blank) {
            removePage(row);
            ++dropped;
        }
    }
    return dropped;
}

int PageStripModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PageStripModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.blank ? tr("%1 (blank)").arg(index.row() + 1) : QString::number(index.row() + 1);
    case Qt::DecorationRole:
        return r.thumbnail;
    case Qt::ToolTipRole:
        return tr("Page %1: %2 × %3 px at %4 dpi, from %5")
            .arg(index.row() + 1)
            .arg(r.page.image.width())
            .arg(r.page.image.height())
            .arg(r.page.dpi)
            .arg(r.page.origin);
    case Qt::AccessibleTextRole:
        return r.blank ? tr("Page %1, blank").arg(index.row() + 1) : tr("Page %1").arg(index.row() + 1);
    case BlankRole:
        return r.blank;
    case DpiRole:
        return r.page.dpi;
    case ImageKeyRole:
        return r.page.image.cacheKey();
    default:
        return {};
    }
}

Qt::ItemFlags PageStripModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions PageStripModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PageStripModel::mimeTypes() const
{
    return {kMime};
}

QMimeData* PageStripModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex& i : indexes)
        out << i.row();
    auto* data = new QMimeData;
    data->setData(kMime, bytes);
    return data;
}

bool PageStripModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    QDataStream in(data->data(kMime));
    int from = -1;
    in >> from;
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : static_cast<int>(m_rows.size());
    if (to > from)
        --to; // the dragged page leaves its place first
    movePage(from, std::min(to, static_cast<int>(m_rows.size()) - 1));
    // The move is done here. Returning false keeps the view from also removing the dragged
    // row, as it would after an accepted move between two models.
    return false;
}

} // namespace motcua
