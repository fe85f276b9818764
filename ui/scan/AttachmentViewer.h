#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QToolButton;

namespace motcua {

// Shows a PDF attachment (a scan) with page navigation and zoom, over QPdfView. Give it the
// decrypted bytes: `viewer->setPdf(context.attachments().read(id).value())`. Keys: PgUp/PgDn
// or Left/Right for pages, Ctrl++ / Ctrl+- to zoom, Ctrl+0 to fit the width.
class AttachmentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentViewer(QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    // False (and an empty view) when the bytes are not a readable PDF.
    bool setPdf(const QByteArray& pdf);
    // Opens `pdf` in a window of its own over `parent`, deleted on close; false (nothing opened)
    // when it is not a readable PDF.
    static bool openInDialog(QWidget* parent, const QString& title, const QByteArray& pdf);
    void clear();

    int pageCount() const;
    int currentPage() const; // from 0
    void goToPage(int page);
    void nextPage();
    void previousPage();
    qreal zoom() const;
    void zoomIn();
    void zoomOut();
    void fitWidth();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();
    void updateControls();

    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
};

} // namespace motcua
