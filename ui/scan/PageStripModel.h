#pragma once

#include "scan/ScanTypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QPixmap>

namespace motcua {

// The pages waiting to be attached, in order, as thumbnails: the strip of the scan panel.
// Every edit the clerk makes (reorder, rotate, delete, drop blank pages, crop) goes through
// here, so the view only shows and the panel only asks. Blank pages are marked as they
// arrive. Rows can be dragged to a new place (internal MIME type of row numbers).
class PageStripModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { BlankRole = Qt::UserRole + 1, DpiRole, ImageKeyRole };
    static constexpr int kThumbnailHeight = 150;

    explicit PageStripModel(QObject* parent = nullptr);

    void appendPages(const QList<ScanPage>& pages);
    void clear();
    QList<ScanPage> pages() const;
    const ScanPage& page(int row) const { return m_rows.at(row).page; }
    bool isBlank(int row) const { return m_rows.at(row).blank; }

    // False when a row is out of range.
    bool movePage(int from, int to);
    bool rotatePage(int row, int quarterTurns);
    bool cropPage(int row);
    bool removePage(int row);
    // Removes the pages found blank; returns how many.
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
    struct Row
    {
        ScanPage page;
        QPixmap thumbnail;
        bool blank = false;
    };
    static Row makeRow(const ScanPage& page);
    QList<Row> m_rows;
};

} // namespace motcua
