#pragma once

#include "scan/PagePipeline.h"
#include "scan/ScanTypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QPixmap>

class QUndoStack;

namespace motcua {

class PageStripEdit;

// The pages waiting to be attached, in order, as thumbnails: the strip of the scan panel.
// Every edit the clerk makes (reorder, rotate, delete, drop blank pages, crop) goes through
// here, so the view only shows and the panel only asks. Blank pages are marked as they
// arrive, and dark ones (no light paper: a black sheet, the lid open) are marked apart and
// never called blank. Every edit is on the undo stack (Ctrl+Z), the destructive ones first;
// adding pages is not an edit and clear() (the pages attached, a new dossier) empties the
// stack. Rows can be dragged to a new place (internal MIME type of row numbers).
class PageStripModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { BlankRole = Qt::UserRole + 1, DpiRole, ImageKeyRole, DarkRole };
    static constexpr int kThumbnailHeight = 150;

    explicit PageStripModel(QObject* parent = nullptr);

    void appendPages(const QList<ScanPage>& pages);
    void clear();
    QList<ScanPage> pages() const;
    const ScanPage& page(int row) const { return m_rows.at(row).page; }
    bool isBlank(int row) const { return m_rows.at(row).content == PageContent::Blank; }
    bool isDark(int row) const { return m_rows.at(row).content == PageContent::Dark; }
    // Rows of the blank pages, and of the dark ones, in order.
    QList<int> blankRows() const { return rowsWith(PageContent::Blank); }
    QList<int> darkRows() const { return rowsWith(PageContent::Dark); }
    QUndoStack* undoStack() const { return m_undo; }

    // False when a row is out of range.
    bool movePage(int from, int to);
    bool rotatePage(int row, int quarterTurns);
    bool cropPage(int row);
    bool removePage(int row);
    // Removes the rows given (one undo step); false when one is out of range.
    bool removePages(const QList<int>& rows);
    // Removes the pages found blank (not the dark ones); returns how many.
    int dropBlankPages();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    friend class PageStripEdit;
    struct Row
    {
        ScanPage page;
        QPixmap thumbnail;
        PageContent content = PageContent::Content;
    };
    static Row makeRow(const ScanPage& page);
    QList<int> rowsWith(PageContent content) const;
    // The edits themselves, without the undo stack (PageStripEdit calls them both ways).
    void insertRowAt(int row, const Row& r);
    void removeRowAt(int row);
    void replaceRow(int row, const Row& r);
    void moveRow(int from, int to);

    QList<Row> m_rows;
    QUndoStack* m_undo = nullptr;
};

} // namespace motcua
