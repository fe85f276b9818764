#pragma once

#include "core/Result.h"
#include "scan/ScanTypes.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace motcua {

class FileChooser;
class PageStripModel;
class ScanJob;
class ScannerBackend;

// Where pages can be attached: a paper of the dossier (or "other papers"). The key is the
// owner's (a component id on the intake page, a dossier paper id in the dossier view).
struct ScanTarget
{
    qint64 key = 0;
    QString name;
};

// The clerk's scanning desk (docs/architecture.md#scanning): choose a scanner and its settings, scan one page or
// the feeder's batch in the background (progress, Cancel), or import files (button or drag
// and drop); put the pages in order in the thumbnail strip (drag, or Ctrl+Left/Right), turn,
// crop or delete them, drop the blank ones (after a confirmation; dark pages are never taken for
// blank), and undo any of it (Undo button, Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y redoes); then attach
// them as one PDF to a paper. reset() empties it for the next dossier. Attaching
// is the owner's (setAttachHandler): the intake page keeps the PDF until the dossier exists,
// the dossier view stores it at once. With no scanner support in the build only file import
// is offered.
class ScanPanel : public QWidget
{
    Q_OBJECT
public:
    using AttachHandler = std::function<Status(const ScanTarget& target, const QByteArray& pdf, int pageCount)>;
    // Asks the clerk before a destructive action; true goes ahead.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& question)>;

    // `backend` must outlive the panel.
    explicit ScanPanel(ScannerBackend& backend, QWidget* parent = nullptr);
    ~ScanPanel() override;

    void setTargets(const QList<ScanTarget>& targets);
    void setCurrentTarget(qint64 key);
    ScanTarget currentTarget() const;
    void setAttachHandler(AttachHandler handler);
    // Test seam; not owned. Default: the real dialog.
    void setFileChooser(FileChooser* chooser);
    // Test seam. Default: a question box with "Remove" and "Cancel".
    void setConfirm(Confirm confirm);
    // Non-empty: scanning and importing are refused with this reason (low disk space).
    void setRefusal(const QString& reason);
    // Shown as a warning above the strip (disk space getting low); empty hides it.
    void setWarning(const QString& warning);

    // Lists the scanners in the background; devicesRefreshed() when done.
    void refreshDevices();
    bool scan();
    void cancel();
    bool isScanning() const;
    bool importFiles(const QStringList& paths);
    void importWithDialog();
    // Asks, then removes the blank pages (one undo step); returns how many went.
    int dropBlankPages();
    bool undo();
    bool redo();
    // A new dossier: the pages, the undo history, the messages and the progress of the last
    // one go (a running scan is cancelled); devices and settings stay.
    void reset();
    void rotateCurrent(int quarterTurns);
    void cropCurrent();
    void deleteCurrent();
    bool moveCurrent(int delta);
    bool attach();

    PageStripModel* pages() const { return m_pages; }
    QListView* strip() const { return m_strip; }

Q_SIGNALS:
    void devicesRefreshed();
    void scanFinished(bool ok);
    void attached(const motcua::ScanTarget& target, int pageCount);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void onDeviceChanged();
    void onDevicesListed(const QList<ScannerDevice>& devices, const QString& error);
    void onPageScanned(int index, const ScanPage& page);
    void onProgress(int index, int percent);
    void onScanFinished(bool ok, const QString& message, bool cancelled);
    void showError(const QString& message);
    void showInfo(const QString& message);
    ColourMode currentMode() const;

    ScannerBackend& m_backend;
    ScanJob* m_job = nullptr;
    FileChooser* m_chooser = nullptr;
    AttachHandler m_attach;
    Confirm m_confirm;
    PageStripModel* m_pages = nullptr;
    QString m_refusal;
    int m_scannedThisRun = 0;
    bool m_discardRun = false; // reset() during a scan: its late pages are dropped

    QLabel* m_noScanner = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QComboBox* m_device = nullptr;
    QToolButton* m_refresh = nullptr;
    QLabel* m_dpiLabel = nullptr;
    QComboBox* m_dpi = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    QListView* m_strip = nullptr;
    QLabel* m_stripHint = nullptr;
    QToolButton* m_rotateLeft = nullptr;
    QToolButton* m_rotateRight = nullptr;
    QToolButton* m_moveLeft = nullptr;
    QToolButton* m_moveRight = nullptr;
    QToolButton* m_crop = nullptr;
    QToolButton* m_delete = nullptr;
    QPushButton* m_dropBlank = nullptr;
    QToolButton* m_undo = nullptr;
    QLabel* m_targetLabel = nullptr;
    QComboBox* m_target = nullptr;
    QPushButton* m_attachButton = nullptr;
};

} // namespace motcua
