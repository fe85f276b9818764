#include "scan/ScanPanel.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "scan/FileImporter.h"
#include "scan/PageStripModel.h"
#include "scan/PdfAssembler.h"
#include "scan/ScanJob.h"
#include "scan/ScannerBackend.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace motcua {

namespace {

QLabel* buddyLabel(QWidget* parent, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

QToolButton* pageButton(QWidget* parent, const char* name)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

bool askToRemove(QWidget* parent, const QString& title, const QString& question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* remove = box.addButton(ScanPanel::tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(ScanPanel::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

// "2, 4, 6": pages numbered from 1.
QString pageList(const QList<int>& rows)
{
    QStringList out;
    for (int row : rows)
        out.append(QString::number(row + 1));
    return out.join(QStringLiteral(", "));
}

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() && FileImporter::isSupported(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ScanPanel::ScanPanel(ScannerBackend& backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_chooser(&FileChooser::dialogs())
    , m_confirm(askToRemove)
{
    m_job = new ScanJob(backend, this);
    m_pages = new PageStripModel(this);
    buildUi();
    connect(m_job, &ScanJob::devicesListed, this, &ScanPanel::onDevicesListed);
    connect(m_job, &ScanJob::pageScanned, this, &ScanPanel::onPageScanned);
    connect(m_job, &ScanJob::progress, this, &ScanPanel::onProgress);
    connect(m_job, &ScanJob::finished, this, &ScanPanel::onScanFinished);
    connect(m_pages, &QAbstractItemModel::rowsInserted, this, &ScanPanel::updateState);
    connect(m_pages, &QAbstractItemModel::rowsRemoved, this, &ScanPanel::updateState);
    connect(m_pages, &QAbstractItemModel::modelReset, this, &ScanPanel::updateState);
    connect(m_pages->undoStack(), &QUndoStack::indexChanged, this, &ScanPanel::updateState);
    retranslateUi();
    updateState();
}

ScanPanel::~ScanPanel()
{
    m_job->cancel();
}

void ScanPanel::buildUi()
{
    setAcceptDrops(true);
    m_noScanner = new QLabel(this);
    m_noScanner->setObjectName(QStringLiteral("scan-unavailable"));
    m_noScanner->setWordWrap(true);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("scan-device"));
    m_device->setMinimumContentsLength(24);
    m_deviceLabel = buddyLabel(this, m_device);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("scan-refresh"));
    m_dpi = new QComboBox(this);
    m_dpi->setObjectName(QStringLiteral("scan-dpi"));
    m_dpiLabel = buddyLabel(this, m_dpi);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("scan-mode"));
    m_modeLabel = buddyLabel(this, m_mode);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("scan-source"));
    m_sourceLabel = buddyLabel(this, m_source);
    m_scan = new QPushButton(this);
    m_scan->setObjectName(QStringLiteral("scan-start"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("scan-cancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scan-progress"));
    m_progress->setRange(0, 100);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("scan-import"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("scan-warning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    m_warning->hide();
    m_message = makeInlineError(this, QStringLiteral("scan-message"));

    m_strip = new QListView(this);
    m_strip->setObjectName(QStringLiteral("scan-strip"));
    m_strip->setModel(m_pages);
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setMovement(QListView::Snap);
    m_strip->setResizeMode(QListView::Adjust);
    m_strip->setIconSize(QSize(110, PageStripModel::kThumbnailHeight));
    m_strip->setSpacing(6);
    m_strip->setUniformItemSizes(true);
    m_strip->setSelectionMode(QAbstractItemView::SingleSelection);
    m_strip->setDragDropMode(QAbstractItemView::DragDrop);
    m_strip->setDefaultDropAction(Qt::MoveAction);
    // One row of thumbnails with their numbers and the scroll bar; the panel does not stretch it.
    m_strip->setFixedHeight(PageStripModel::kThumbnailHeight + 80);
    m_strip->installEventFilter(this);
    m_stripHint = new QLabel(this);
    m_stripHint->setObjectName(QStringLiteral("scan-strip-hint"));
    m_stripHint->setWordWrap(true);
    m_stripHint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    m_moveLeft = pageButton(this, "page-move-left");
    m_moveRight = pageButton(this, "page-move-right");
    m_rotateLeft = pageButton(this, "page-rotate-left");
    m_rotateRight = pageButton(this, "page-rotate-right");
    m_crop = pageButton(this, "page-crop");
    m_delete = pageButton(this, "page-delete");
    m_dropBlank = new QPushButton(this);
    m_dropBlank->setObjectName(QStringLiteral("pages-drop-blank"));
    m_undo = pageButton(this, "pages-undo");
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("attach-target"));
    m_target->setMinimumContentsLength(30);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetLabel = buddyLabel(this, m_target);
    m_attachButton = new QPushButton(this);
    m_attachButton->setObjectName(QStringLiteral("attach"));
    m_attachButton->setStyleSheet(QStringLiteral("QPushButton:enabled { font-weight: bold; }"));

    auto* settings = new QGridLayout;
    settings->addWidget(m_deviceLabel, 0, 0);
    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_refresh);
    settings->addLayout(deviceRow, 0, 1, 1, 5);
    settings->addWidget(m_dpiLabel, 1, 0);
    settings->addWidget(m_dpi, 1, 1);
    settings->addWidget(m_modeLabel, 1, 2);
    settings->addWidget(m_mode, 1, 3);
    settings->addWidget(m_sourceLabel, 1, 4);
    settings->addWidget(m_source, 1, 5);
    settings->setColumnStretch(5, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_scan);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_import);
    auto* pageTools = new QHBoxLayout;
    for (QWidget* w :
         {static_cast<QWidget*>(m_moveLeft), static_cast<QWidget*>(m_moveRight), static_cast<QWidget*>(m_rotateLeft),
          static_cast<QWidget*>(m_rotateRight), static_cast<QWidget*>(m_crop), static_cast<QWidget*>(m_delete)})
        pageTools->addWidget(w);
    pageTools->addWidget(m_undo);
    pageTools->addStretch(1);
    pageTools->addWidget(m_dropBlank);
    auto* attachRow = new QHBoxLayout;
    attachRow->addWidget(m_targetLabel);
    attachRow->addWidget(m_target, 1);
    attachRow->addWidget(m_attachButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noScanner);
    layout->addLayout(settings);
    layout->addLayout(actions);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addWidget(m_strip);
    layout->addWidget(m_stripHint);
    layout->addLayout(pageTools);
    layout->addLayout(attachRow);
    layout->addStretch(1);

    const bool scanner = m_backend.available();
    for (QWidget* w :
         {static_cast<QWidget*>(m_deviceLabel), static_cast<QWidget*>(m_device), static_cast<QWidget*>(m_refresh),
          static_cast<QWidget*>(m_dpiLabel), static_cast<QWidget*>(m_dpi), static_cast<QWidget*>(m_modeLabel),
          static_cast<QWidget*>(m_sourceLabel), static_cast<QWidget*>(m_source), static_cast<QWidget*>(m_scan),
          static_cast<QWidget*>(m_cancel), static_cast<QWidget*>(m_progress)})
        w->setVisible(scanner);
    // The mode also applies to imported files, so it stays.
    m_noScanner->setVisible(!scanner);

    for (int dpi : standardResolutions())
        m_dpi->addItem(QString(), dpi);
    m_dpi->setCurrentIndex(m_dpi->findData(200));
    for (ColourMode mode : {ColourMode::Grey, ColourMode::Colour, ColourMode::BlackWhite})
        m_mode->addItem(QString(), static_cast<int>(mode));

    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanPanel::onDeviceChanged);
    connect(m_refresh, &QToolButton::clicked, this, &ScanPanel::refreshDevices);
    connect(m_scan, &QPushButton::clicked, this, &ScanPanel::scan);
    connect(m_cancel, &QPushButton::clicked, this, &ScanPanel::cancel);
    connect(m_import, &QPushButton::clicked, this, &ScanPanel::importWithDialog);
    connect(m_moveLeft, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveRight, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_rotateLeft, &QToolButton::clicked, this, [this] { rotateCurrent(-1); });
    connect(m_rotateRight, &QToolButton::clicked, this, [this] { rotateCurrent(1); });
    connect(m_crop, &QToolButton::clicked, this, &ScanPanel::cropCurrent);
    connect(m_delete, &QToolButton::clicked, this, &ScanPanel::deleteCurrent);
    connect(m_dropBlank, &QPushButton::clicked, this, &ScanPanel::dropBlankPages);
    connect(m_attachButton, &QPushButton::clicked, this, &ScanPanel::attach);
    connect(m_undo, &QToolButton::clicked, this, &ScanPanel::undo);
    // Anywhere in the panel (the strip, a button, the dialog around it).
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Z), this, this, [this] { undo(); }, Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        new QShortcut(
            key, this, this, [this] { redo(); }, Qt::WidgetWithChildrenShortcut);
    connect(m_strip->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScanPanel::updateState);
}

void ScanPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScanPanel::retranslateUi()
{
    m_noScanner->setText(tr("This computer cannot drive scanners: import the scanned files (PDF, JPEG, PNG, "
                            "TIFF) with the button or drop them here."));
    m_deviceLabel->setText(tr("Sc&anner"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Look for scanners again"));
    m_dpiLabel->setText(tr("&Resolution"));
    for (int i = 0; i < m_dpi->count(); ++i)
        m_dpi->setItemText(i, tr("%1 dpi").arg(m_dpi->itemData(i).toInt()));
    m_modeLabel->setText(tr("&Mode"));
    for (int i = 0; i < m_mode->count(); ++i)
        m_mode->setItemText(i, colourModeName(static_cast<ColourMode>(m_mode->itemData(i).toInt())));
    m_sourceLabel->setText(tr("&Paper in"));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, scanSourceName(static_cast<ScanSource>(m_source->itemData(i).toInt())));
    m_scan->setText(tr("&Scan"));
    m_cancel->setText(tr("Cancel"));
    m_import->setText(tr("&Import files…"));
    m_stripHint->setText(tr("Drag a page, or Ctrl+Left / Ctrl+Right, to change the order; Delete removes it; "
                            "Ctrl+R turns it. Files can be dropped here."));
    m_moveLeft->setText(tr("◀ Move"));
    m_moveLeft->setToolTip(tr("Move the page left (Ctrl+Left)"));
    m_moveRight->setText(tr("Move ▶"));
    m_moveRight->setToolTip(tr("Move the page right (Ctrl+Right)"));
    m_rotateLeft->setText(tr("↺ Turn left"));
    m_rotateRight->setText(tr("↻ Turn right"));
    m_rotateRight->setToolTip(tr("Turn the page clockwise (Ctrl+R)"));
    m_crop->setText(tr("Crop borders"));
    m_delete->setText(tr("Delete page"));
    m_dropBlank->setText(tr("Drop &blank pages…"));
    m_dropBlank->setToolTip(tr("Remove the pages with nothing on them, after asking; dark pages are kept"));
    m_undo->setText(tr("↶ Undo"));
    m_targetLabel->setText(tr("A&ttach to"));
    m_attachButton->setText(tr("Attach as one PDF"));
    updateState();
}

void ScanPanel::setTargets(const QList<ScanTarget>& targets)
{
    const qint64 current = currentTarget().key;
    m_target->clear();
    for (const ScanTarget& t : targets)
        m_target->addItem(t.name, t.key);
    setCurrentTarget(current);
    updateState();
}

void ScanPanel::setCurrentTarget(qint64 key)
{
    const int i = m_target->findData(key);
    if (i >= 0)
        m_target->setCurrentIndex(i);
}

ScanTarget ScanPanel::currentTarget() const
{
    if (m_target->currentIndex() < 0)
        return {};
    return ScanTarget{m_target->currentData().toLongLong(), m_target->currentText()};
}

void ScanPanel::setAttachHandler(AttachHandler handler)
{
    m_attach = std::move(handler);
    updateState();
}

void ScanPanel::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser ? chooser : &FileChooser::dialogs();
}

void ScanPanel::setConfirm(Confirm confirm)
{
    m_confirm = confirm ? std::move(confirm) : Confirm(askToRemove);
}

void ScanPanel::setRefusal(const QString& reason)
{
    m_refusal = reason;
    if (!reason.isEmpty())
        showError(reason);
    updateState();
}

void ScanPanel::setWarning(const QString& warning)
{
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void ScanPanel::refreshDevices()
{
    if (!m_backend.available() || m_job->isRunning())
        return;
    m_device->clear();
    m_device->setPlaceholderText(tr("Looking for scanners…"));
    m_job->listDevices();
    updateState();
}

void ScanPanel::onDevicesListed(const QList<ScannerDevice>& devices, const QString& error)
{
    {
        const QSignalBlocker block(m_device);
        m_device->clear();
        for (const ScannerDevice& d : devices)
            m_device->addItem(d.label(), d.name);
    }
    m_device->setPlaceholderText(tr("No scanner found: plug one in and press Refresh"));
    if (!error.isEmpty())
        showError(error);
    m_device->setCurrentIndex(devices.isEmpty() ? -1 : 0);
    onDeviceChanged();
    Q_EMIT devicesRefreshed();
}

void ScanPanel::onDeviceChanged()
{
    const QString device = m_device->currentData().toString();
    const auto previous = m_source->currentData();
    m_source->clear();
    if (!device.isEmpty()) {
        auto caps = m_backend.capabilities(device);
        if (!caps) {
            showError(caps.error().message);
        } else {
            for (ScanSource s : caps->sources)
                m_source->addItem(scanSourceName(s), static_cast<int>(s));
            // Offer only what the device can: a resolution it lacks is greyed out (an item's
            // flags live in role UserRole - 1 of QComboBox's standard model; 0 disables).
            for (int i = 0; i < m_dpi->count(); ++i) {
                const bool can = caps->resolutions.contains(m_dpi->itemData(i).toInt());
                m_dpi->setItemData(i, can ? QVariant() : QVariant(0), Qt::UserRole - 1);
            }
        }
    }
    const int again = m_source->findData(previous);
    m_source->setCurrentIndex(again >= 0 ? again : 0);
    updateState();
}

ColourMode ScanPanel::currentMode() const
{
    return static_cast<ColourMode>(m_mode->currentData().toInt());
}

bool ScanPanel::scan()
{
    if (!m_refusal.isEmpty()) {
        showError(m_refusal);
        return false;
    }
    if (m_job->isRunning() || m_device->currentIndex() < 0)
        return false;
    ScanSettings settings;
    settings.device = m_device->currentData().toString();
    settings.dpi = m_dpi->currentData().toInt();
    settings.mode = currentMode();
    settings.source = static_cast<ScanSource>(m_source->currentData().toInt());
    m_scannedThisRun = 0;
    m_discardRun = false;
    m_message->hide();
    m_progress->setValue(0);
    m_progress->setFormat(tr("Page %1: %p%").arg(1));
    if (!m_job->start(settings))
        return false;
    updateState();
    return true;
}

void ScanPanel::cancel()
{
    m_job->cancel();
    m_cancel->setEnabled(false);
}

bool ScanPanel::isScanning() const
{
    return m_job->isRunning();
}

void ScanPanel::onPageScanned(int, const ScanPage& page)
{
    if (m_discardRun)
        return;
    ++m_scannedThisRun;
    m_pages->appendPages({page});
    m_strip->scrollTo(m_pages->index(m_pages->rowCount() - 1));
}

void ScanPanel::onProgress(int index, int percent)
{
    if (percent < 0) {
        m_progress->setRange(0, 0); // the device cannot tell: a busy bar
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    m_progress->setFormat(tr("Page %1: %p%").arg(index + 1));
}

void ScanPanel::onScanFinished(bool ok, const QString& message, bool cancelled)
{
    if (std::exchange(m_discardRun, false)) {
        updateState();
        Q_EMIT scanFinished(false);
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(ok ? 100 : 0);
    m_progress->setFormat(tr("%n page(s) scanned", nullptr, m_scannedThisRun));
    if (cancelled)
        showInfo(tr("Scan cancelled; the %n page(s) already scanned are kept.", nullptr, m_scannedThisRun));
    else if (!ok)
        showError(m_scannedThisRun > 0
                      ? tr("%1 The %n page(s) scanned before are kept.", nullptr, m_scannedThisRun).arg(message)
                      : message);
    updateState();
    Q_EMIT scanFinished(ok);
}

bool ScanPanel::importFiles(const QStringList& paths)
{
    if (!m_refusal.isEmpty()) {
        showError(m_refusal);
        return false;
    }
    ImportOptions options;
    options.mode = currentMode();
    options.pdfDpi = m_dpi->currentData().toInt();
    int added = 0;
    for (const QString& path : paths) {
        auto imported = FileImporter::importFile(path, options);
        if (!imported) {
            showError(imported.error().message);
            return false;
        }
        m_pages->appendPages(*imported);
        added += static_cast<int>(imported->size());
    }
    showInfo(tr("%n page(s) imported.", nullptr, added));
    return true;
}

void ScanPanel::importWithDialog()
{
    const QString path = m_chooser->openFile(this, tr("Import scanned papers"), FileImporter::dialogFilter());
    if (!path.isEmpty())
        importFiles({path});
}

void ScanPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ScanPanel::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

bool ScanPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_strip && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        if (ctrl && key->key() == Qt::Key_Left)
            return moveCurrent(-1) || true;
        if (ctrl && key->key() == Qt::Key_Right)
            return moveCurrent(1) || true;
        if (ctrl && key->key() == Qt::Key_R) {
            rotateCurrent(shift ? -1 : 1);
            return true;
        }
        // Also here for when the window's shortcuts do not reach the strip.
        if (ctrl && key->key() == Qt::Key_Z) {
            shift ? redo() : undo();
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Y) {
            redo();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int ScanPanel::dropBlankPages()
{
    const QList<int> blank = m_pages->blankRows();
    const QList<int> dark = m_pages->darkRows();
    // Dark pages are not blank: said, so the clerk looks at them rather than wonder.
    const QString darkNote =
        dark.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("%n dark page(s) (%1) are kept: check that the scanner's lid was closed.", nullptr,
                                    static_cast<int>(dark.size()))
                                     .arg(pageList(dark));
    if (blank.isEmpty()) {
        showInfo(tr("No blank page found.") + darkNote);
        return 0;
    }
    const int n = static_cast<int>(blank.size());
    if (!m_confirm(this, tr("Drop blank pages"),
                   tr("Remove %n blank page(s): page(s) %1? Undo (Ctrl+Z) brings them back.", nullptr, n)
                       .arg(pageList(blank))))
        return 0;
    const int dropped = m_pages->dropBlankPages();
    showInfo(tr("%n blank page(s) dropped. Undo (Ctrl+Z) brings them back.", nullptr, dropped) + darkNote);
    return dropped;
}

bool ScanPanel::undo()
{
    QUndoStack* stack = m_pages->undoStack();
    if (!stack->canUndo() || m_job->isRunning())
        return false;
    const QString what = stack->undoText();
    stack->undo();
    showInfo(tr("Undone: %1.").arg(what));
    return true;
}

bool ScanPanel::redo()
{
    QUndoStack* stack = m_pages->undoStack();
    if (!stack->canRedo() || m_job->isRunning())
        return false;
    const QString what = stack->redoText();
    stack->redo();
    showInfo(tr("Done again: %1.").arg(what));
    return true;
}

void ScanPanel::reset()
{
    if (m_job->isRunning()) {
        // The pages still coming belong to the last dossier.
        m_discardRun = true;
        m_job->cancel();
    }
    m_pages->clear();
    m_scannedThisRun = 0;
    m_message->hide();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->resetFormat();
    updateState();
}

bool ScanPanel::moveCurrent(int delta)
{
    const int row = m_strip->currentIndex().row();
    if (row < 0 || !m_pages->movePage(row, row + delta))
        return false;
    m_strip->setCurrentIndex(m_pages->index(row + delta));
    return true;
}

void ScanPanel::rotateCurrent(int quarterTurns)
{
    m_pages->rotatePage(m_strip->currentIndex().row(), quarterTurns);
}

void ScanPanel::cropCurrent()
{
    m_pages->cropPage(m_strip->currentIndex().row());
}

void ScanPanel::deleteCurrent()
{
    const int row = m_strip->currentIndex().row();
    if (m_pages->removePage(row) && m_pages->rowCount() > 0)
        m_strip->setCurrentIndex(m_pages->index(std::min(row, m_pages->rowCount() - 1)));
}

bool ScanPanel::attach()
{
    if (m_pages->rowCount() == 0 || !m_attach || m_target->currentIndex() < 0 || m_job->isRunning())
        return false;
    const ScanTarget target = currentTarget();
    PdfOptions options;
    options.title = target.name;
    auto pdf = PdfAssembler::build(m_pages->pages(), options);
    if (!pdf) {
        showError(pdf.error().message);
        return false;
    }
    const int count = m_pages->rowCount();
    const Status status = m_attach(target, *pdf, count);
    if (!status) {
        showError(status.error().message);
        return false;
    }
    m_pages->clear();
    showInfo(tr("%n page(s) attached to %1.", nullptr, count).arg(target.name));
    Q_EMIT attached(target, count);
    return true;
}

void ScanPanel::showError(const QString& message)
{
    showInlineError(m_message, message);
}

void ScanPanel::showInfo(const QString& message)
{
    showInlineInfo(m_message, message);
}

void ScanPanel::updateState()
{
    const bool running = m_job->isRunning();
    const bool refused = !m_refusal.isEmpty();
    const bool hasPages = m_pages->rowCount() > 0;
    const bool hasCurrent = m_strip->currentIndex().isValid();
    m_scan->setEnabled(!running && !refused && m_device->currentIndex() >= 0);
    m_cancel->setEnabled(running);
    m_refresh->setEnabled(!running);
    m_device->setEnabled(!running);
    m_import->setEnabled(!refused);
    for (QWidget* w :
         {static_cast<QWidget*>(m_moveLeft), static_cast<QWidget*>(m_moveRight), static_cast<QWidget*>(m_rotateLeft),
          static_cast<QWidget*>(m_rotateRight), static_cast<QWidget*>(m_crop), static_cast<QWidget*>(m_delete)})
        w->setEnabled(hasCurrent);
    m_dropBlank->setEnabled(hasPages && !running);
    const QUndoStack* stack = m_pages->undoStack();
    m_undo->setEnabled(stack->canUndo() && !running);
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Nothing to undo"));
    m_attachButton->setEnabled(hasPages && !running && m_attach && m_target->currentIndex() >= 0);
}

} // namespace motcua
