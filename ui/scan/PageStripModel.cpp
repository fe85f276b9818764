#include "scan/PageStripModel.h"

#include "scan/PagePipeline.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace motcua {

namespace {
const QString kMime = QStringLiteral("application/x-motcua-page-rows");
}

// One edit of the strip, done and undone through the model's raw edits: pages removed (with
// their places), a page replaced (turned, cropped) or moved. Rows are places in the strip;
// pages added later go to its end, so the places of earlier edits stay right.
class PageStripEdit : public QUndoCommand
{
public:
    using Row = PageStripModel::Row;
    PageStripEdit(PageStripModel* model, const QString& text)
        : QUndoCommand(text)
        , m_model(model)
    {}

    static PageStripEdit* removal(PageStripModel* model, const QString& text, QList<int> rows)
    {
        auto* edit = new PageStripEdit(model, text);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (int row : std::as_const(rows))
            edit->m_removed.append({row, model->m_rows.at(row)});
        return edit;
    }
    static PageStripEdit* replacement(PageStripModel* model, const QString& text, int row, const Row& after)
    {
        auto* edit = new PageStripEdit(model, text);
        edit->m_row = row;
        edit->m_before = model->m_rows.at(row);
        edit->m_after = after;
        edit->m_replace = true;
        return edit;
    }
    static PageStripEdit* move(PageStripModel* model, const QString& text, int from, int to)
    {
        auto* edit = new PageStripEdit(model, text);
        edit->m_row = from;
        edit->m_to = to;
        return edit;
    }

    void redo() override
    {
        if (!m_removed.isEmpty()) {
            for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
                m_model->removeRowAt(it->first);
        } else if (m_replace) {
            m_model->replaceRow(m_row, m_after);
        } else {
            m_model->moveRow(m_row, m_to);
        }
    }
    void undo() override
    {
        if (!m_removed.isEmpty()) {
            for (const auto& [row, r] : std::as_const(m_removed))
                m_model->insertRowAt(row, r);
        } else if (m_replace) {
            m_model->replaceRow(m_row, m_before);
        } else {
            m_model->moveRow(m_to, m_row);
        }
    }

private:
    PageStripModel* m_model;
    QList<std::pair<int, Row>> m_removed; // ascending places
    bool m_replace = false;
    int m_row = -1;
    int m_to = -1;
    Row m_before;
    Row m_after;
};

PageStripModel::PageStripModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_undo(new QUndoStack(this))
{
    // Pages are big (an A4 at 300 dpi is 8 MB): a bounded history.
    m_undo->setUndoLimit(30);
}

PageStripModel::Row PageStripModel::makeRow(const ScanPage& page)
{
    Row row;
    row.page = page;
    row.content = PagePipeline::classify(page.image, page.dpi);
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
    m_undo->clear();
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QList<int> PageStripModel::rowsWith(PageContent content) const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].content == content)
            rows.append(i);
    }
    return rows;
}

void PageStripModel::insertRowAt(int row, const Row& r)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, r);
    endInsertRows();
}

void PageStripModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PageStripModel::replaceRow(int row, const Row& r)
{
    m_rows[row] = r;
    Q_EMIT dataChanged(index(row), index(row));
}

void PageStripModel::moveRow(int from, int to)
{
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_rows.move(from, to);
    endMoveRows();
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
    m_undo->push(PageStripEdit::move(this, tr("Move page %1").arg(from + 1), from, to));
    return true;
}

bool PageStripModel::rotatePage(int row, int quarterTurns)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    ScanPage p = m_rows[row].page;
    p.image = PagePipeline::rotated(p.image, quarterTurns);
    m_undo->push(PageStripEdit::replacement(this, tr("Turn page %1").arg(row + 1), row, makeRow(p)));
    return true;
}

bool PageStripModel::cropPage(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    ScanPage p = m_rows[row].page;
    p.image = PagePipeline::cropBorders(p.image, p.dpi);
    m_undo->push(PageStripEdit::replacement(this, tr("Crop page %1").arg(row + 1), row, makeRow(p)));
    return true;
}

bool PageStripModel::removePage(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    m_undo->push(PageStripEdit::removal(this, tr("Delete page %1").arg(row + 1), {row}));
    return true;
}

bool PageStripModel::removePages(const QList<int>& rows)
{
    if (rows.isEmpty())
        return true;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            return false;
    }
    m_undo->push(PageStripEdit::removal(this, tr("Remove %n page(s)", nullptr, static_cast<int>(rows.size())), rows));
    return true;
}

int PageStripModel::dropBlankPages()
{
    const QList<int> blank = blankRows();
    if (blank.isEmpty())
        return 0;
    m_undo->push(
        PageStripEdit::removal(this, tr("Drop %n blank page(s)", nullptr, static_cast<int>(blank.size())), blank));
    return static_cast<int>(blank.size());
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
        switch (r.content) {
        case PageContent::Blank:
            return tr("%1 (blank)").arg(index.row() + 1);
        case PageContent::Dark:
            return tr("%1 (dark)").arg(index.row() + 1);
        case PageContent::Content:
            break;
        }
        return QString::number(index.row() + 1);
    case Qt::DecorationRole:
        return r.thumbnail;
    case Qt::ToolTipRole: {
        QString tip = tr("Page %1: %2 × %3 px at %4 dpi, from %5")
                          .arg(index.row() + 1)
                          .arg(r.page.image.width())
                          .arg(r.page.image.height())
                          .arg(r.page.dpi)
                          .arg(r.page.origin);
        if (r.content == PageContent::Dark)
            tip += QLatin1Char('\n') + tr("Almost all of this page is dark: check that the scanner's lid was "
                                          "closed and the paper lay the right way. It is not dropped as blank.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return r.content == PageContent::Blank  ? tr("Page %1, blank").arg(index.row() + 1)
               : r.content == PageContent::Dark ? tr("Page %1, dark").arg(index.row() + 1)
                                                : tr("Page %1").arg(index.row() + 1);
    case BlankRole:
        return r.content == PageContent::Blank;
    case DarkRole:
        return r.content == PageContent::Dark;
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
