#pragma once

#include "core/Dossier.h"
#include "core/Types.h"
#include "service/ProcessingService.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace motcua {

class AppContext;
class CenterFileBar;
class DossierActionPanel;
class FileChooser;
class IntakeOutput;

// One dossier: its details, the timeline (every step with from/to departments, who, when,
// the note), the printed forms and attachments (opened in a viewer), and only the steps its
// state and the user's role allow (ProcessingService::allowedActions), each on a button with
// its own shortcut. Steps that need input show their fields inline (DossierActionPanel); the
// return opens ReturnDialog. Errors appear inline, the dialog never closes on one.
class DossierViewDialog : public QDialog
{
    Q_OBJECT
public:
    DossierViewDialog(AppContext& context, const Actor& actor, const QString& code, IntakeOutput* output = nullptr,
                      QWidget* parent = nullptr);

    // Loads the dossier again and rebuilds everything (after a step).
    bool reload();
    // Where "Attach result file" asks for the file (tests answer with a path).
    void setFileChooser(FileChooser* chooser);
    // Attaches the file at `path` as the dossier's result (a PDF as it is; an image becomes a
    // PDF page). False with the error shown inline.
    bool attachResultFile(const QString& path);
    const Dossier& dossier() const { return m_dossier; }
    // The shortcut of a step's button (also used by the shortcuts list).
    static QKeySequence shortcutFor(ProcessingAction action);
    // Starts a step as its button would (tests, shortcuts).
    void startAction(ProcessingAction action);
    // Renders form "04" or "05", keeps it with the dossier and shows it in the print preview.
    void printForm(const QString& number);
    // The receipt (form 01) kept with the dossier, straight to the default printer.
    void reprintReceipt();
    static QKeySequence reprintShortcut();

Q_SIGNALS:
    // A step was recorded: lists showing this dossier read it again.
    void dossierChanged(const QString& code);

private:
    void buildUi();
    void fillDetails();
    void fillTimeline();
    void fillDocuments();
    void fillActions();
    void openDocument();
    void openAttachment(QListWidgetItem* item);
    // A file kept at the center was stored here: the list again, that file selected (and opened).
    void centerFileFetched(qint64 attachmentId, bool open);
    void showMessage(const QString& text, bool error);
    QString departmentName(qint64 id) const;

    AppContext& m_context;
    Actor m_actor;
    QString m_code;
    IntakeOutput* m_output = nullptr;
    Dossier m_dossier;
    bool m_readRecorded = false; // the opening is in the audit trail
    QHash<qint64, QString> m_departments;

    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_details = nullptr;
    QWidget* m_detailsWidget = nullptr;
    QTableWidget* m_timeline = nullptr;
    QListWidget* m_documents = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_attachResult = nullptr;
    CenterFileBar* m_centerFiles = nullptr; // files kept at the center: download and progress
    FileChooser* m_chooser = nullptr;
    QHBoxLayout* m_actionRow = nullptr;
    QMap<ProcessingAction, QPushButton*> m_actionButtons;
    QPushButton* m_reprint01 = nullptr;
    QPushButton* m_print04 = nullptr;
    QPushButton* m_print05 = nullptr;
    DossierActionPanel* m_panel = nullptr;
};

} // namespace motcua
