#include "scan/AttachmentViewer.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua {

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QToolButton* toolButton(QWidget* parent, const char* objectName)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAutoRaise(true);
    return b;
}
} // namespace

AttachmentViewer::AttachmentViewer(QWidget* parent)
    : QWidget(parent)
{
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("pdf-view"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setFocusPolicy(Qt::StrongFocus);

    m_previous = toolButton(this, "viewer-previous");
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = toolButton(this, "viewer-next");
    m_next->setArrowType(Qt::RightArrow);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("viewer-page"));
    m_zoomOut = toolButton(this, "viewer-zoom-out");
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn = toolButton(this, "viewer-zoom-in");
    m_zoomIn->setText(QStringLiteral("+"));
    m_fit = toolButton(this, "viewer-fit");

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QToolButton::clicked, this, &AttachmentViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &AttachmentViewer::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &AttachmentViewer::fitWidth);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &AttachmentViewer::updateControls);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &AttachmentViewer::updateControls);
    retranslateUi();
}

AttachmentViewer::~AttachmentViewer()
{
    // The document reads from m_buffer: close it first.
    m_document->close();
}

bool AttachmentViewer::setPdf(const QByteArray& pdf)
{
    m_document->close();
    m_buffer.close();
    m_bytes = pdf;
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    const bool ok = m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
    if (!ok)
        m_document->close();
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    goToPage(0);
    updateControls();
    return ok;
}

void AttachmentViewer::clear()
{
    m_document->close();
    m_buffer.close();
    m_bytes.clear();
    updateControls();
}

int AttachmentViewer::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

int AttachmentViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void AttachmentViewer::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_view->pageNavigator()->jump(page, QPointF(), m_view->pageNavigator()->currentZoom());
    updateControls();
}

void AttachmentViewer::nextPage()
{
    goToPage(currentPage() + 1);
}

void AttachmentViewer::previousPage()
{
    goToPage(currentPage() - 1);
}

qreal AttachmentViewer::zoom() const
{
    return m_view->zoomFactor();
}

void AttachmentViewer::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::min(kMaxZoom, m_view->zoomFactor() * kZoomStep));
}

void AttachmentViewer::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::max(kMinZoom, m_view->zoomFactor() / kZoomStep));
}

void AttachmentViewer::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updateControls();
}

void AttachmentViewer::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        nextPage();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        previousPage();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            fitWidth();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void AttachmentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttachmentViewer::retranslateUi()
{
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_fit->setText(tr("Fit width"));
    m_fit->setToolTip(tr("Fit the page to the width (Ctrl+0)"));
    updateControls();
}

void AttachmentViewer::updateControls()
{
    const int pages = pageCount();
    const int page = pages > 0 ? currentPage() : -1;
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(page + 1).arg(pages) : tr("No document"));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(pages > 0 && page < pages - 1);
    m_zoomIn->setEnabled(pages > 0);
    m_zoomOut->setEnabled(pages > 0);
    m_fit->setEnabled(pages > 0);
}

bool AttachmentViewer::openInDialog(QWidget* parent, const QString& title, const QByteArray& pdf)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("attachment-viewer-dialog"));
    dialog->setWindowTitle(title);
    auto* viewer = new AttachmentViewer(dialog);
    viewer->setObjectName(QStringLiteral("attachment-viewer"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(viewer);
    if (!viewer->setPdf(pdf)) {
        delete dialog;
        return false;
    }
    dialog->resize(760, 700);
    dialog->open();
    return true;
}

} // namespace motcua
