#pragma once

#include "core/Dossier.h"
#include "core/Procedure.h"
#include "core/Result.h"
#include "core/Types.h"
#include "scan/ScanPanel.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace motcua {

class AppContext;
class AttachmentViewer;
class FileChooser;
class ScannerBackend;

// A scan made at the counter before its dossier exists: kept with the form until the dossier
// is recorded, then attached to the paper it was made for.
struct PendingScan
{
    qint64 componentId = 0; // the procedure's component; 0 = "other papers"
    QString paperName;
    QByteArray pdf;
    int pageCount = 0;
    qint64 keptId = 0;        // its row in the encrypted store's kept scans; 0 = in memory only
    QString dossierCode = {}; // set once its dossier is recorded and attaching it failed
};

// The scans of the dossier being taken, on the intake page: "Scan or import…" opens the scan
// panel on the paper chosen in the checklist. Each scan is kept at once, encrypted, with the
// form's draft (AttachmentService::keepScan), so a crash or a restart loses it no more than
// the form; it is attached to the dossier's paper in attachPending() once the dossier is
// recorded. A scan whose attach fails then (full disk, store locked) stays kept, bound to its
// dossier, and the message offers "Retry" (also after a restart). The recorded dossier's scans
// are listed; any of them opens in the viewer. New scans are refused while the disk is below
// the store's minimum free space.
class IntakeScans : public QWidget
{
    Q_OBJECT
public:
    IntakeScans(AppContext& context, const Actor& actor, QWidget* parent = nullptr);
    ~IntakeScans() override;

    // Test seams; not owned. Defaults: the build's scanner backend, the real file dialog.
    void setScannerBackend(ScannerBackend* backend);
    void setFileChooser(FileChooser* chooser);

    // The papers of the procedure (component id and name); "other papers" is added.
    void setComponents(const QList<Component>& components);
    void setCurrentPaper(qint64 componentId);

    // Opens the scan panel (non-modal dialog, scanDialog()); false when refused (disk space).
    bool openScanner();
    ScanPanel* scanPanel() const;
    QDialog* scanDialog() const { return m_scanDialog; }
    // Opens the selected scan in the viewer (viewerDialog()).
    bool viewSelected();
    QDialog* viewerDialog() const { return m_viewerDialog; }
    AttachmentViewer* viewer() const { return m_viewer; }

    // The scans of the form being taken.
    QList<PendingScan> pending() const { return m_pending; }
    // Keeps the scan with the draft and lists it; when it cannot be kept (store locked) it
    // waits in memory and the message says so.
    void addPending(const PendingScan& scan);
    // The draft was discarded: its scans go (their kept rows with the draft).
    void clearPending();
    // Loads the user's kept scans after a restart: the draft's become pending again, those of
    // recorded dossiers wait for a retry. Needs the store unlocked.
    Status restoreKept();
    // Attaches the pending scans to the dossier just recorded, then lists its attachments.
    // Stops at the first failure: the scans not attached are bound to the dossier and wait
    // for retryFailed(); the message says so with a "Retry" button.
    Status attachPending(const Dossier& dossier);
    // Scans of recorded dossiers whose attach failed.
    QList<PendingScan> failed() const { return m_failed; }
    // Tries to attach them again; stops at the first failure, the others stay.
    Status retryFailed();
    // Lists the attachments of a stored dossier (after a restart, or another dossier).
    void showDossier(const QString& code);
    // The form is free for the next dossier (after a decision was recorded, "New dossier",
    // the form cleared): the scan panel empties (pages not attached belonged to the last
    // dossier; the message says how many went), and the list drops a stored dossier's scans,
    // except those of the dossier just recorded, which stay in sight as a confirmation until
    // beginNextDossier(). Scans waiting for a Retry stay.
    void startNewDossier();
    // The clerk has begun the next dossier (typed in the form, opened the scanner): the
    // scans of the dossier recorded before leave the list. Cheap when there are none.
    void beginNextDossier();
    // The stored dossier whose scans are listed; empty when none.
    QString listedDossier() const { return m_dossierCode; }

Q_SIGNALS:
    void pendingChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshList();
    QString refusal() const;
    Status attachOne(const PendingScan& scan, const QString& dossierCode);
    void showFailure(const QString& message);

    AppContext& m_context;
    Actor m_actor;
    std::unique_ptr<ScannerBackend> m_ownBackend;
    ScannerBackend* m_backend = nullptr;
    FileChooser* m_chooser = nullptr;
    QList<ScanTarget> m_papers;
    qint64 m_currentPaper = 0;
    QList<PendingScan> m_pending;
    QList<PendingScan> m_failed;
    QString m_dossierCode;       // the last recorded dossier whose attachments are listed
    bool m_justRecorded = false; // m_dossierCode was recorded just now (attachPending)

    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_retry = nullptr;
    QPointer<QDialog> m_scanDialog;
    ScanPanel* m_panel = nullptr;
    QPointer<QDialog> m_viewerDialog;
    AttachmentViewer* m_viewer = nullptr;
};

} // namespace motcua
