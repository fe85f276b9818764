#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/Result.h"
#include "core/Types.h"
#include "service/IntakeAssistant.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace motcua {

class AppContext;
class ApplicantForm;
class ComponentChecklistModel;
class FeesEditor;
class FileChooser;
class IdCardQrFill;
class IntakeDecisionPanel;
class IntakeOutput;
class IntakeScans;
class ProcedurePicker;
class ScannerBurstDetector;
struct Procedure;

// The clerk's main screen (issue "Counter intake"): applicant (typed, or filled from the ID
// card QR by a handheld scanner, a paste or an image), procedure picked by instant search,
// the papers checklist, sets, channel, fees and notes, with the appointment date computed
// live. Ctrl+Enter receives the dossier in one transaction, prints the receipt (form 01) and
// keeps its PDF with the dossier; papers missing lead to a supplement request (form 02) or
// a refusal (form 03) instead. The form is autosaved as a draft and restored after a crash.
// Everything works from the keyboard; errors are shown beside the fields.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    IntakePage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);
    ~IntakePage() override;

    // Test seams; not owned. Defaults: the real dialogs.
    void setOutput(IntakeOutput* output);
    void setFileChooser(FileChooser* chooser);
    ScannerBurstDetector* scanner() const;
    // The scans of the dossier being taken (docs/architecture.md#scanning).
    IntakeScans* scans() const { return m_scans; }

    // The page's keyboard shortcuts, for Help → Keyboard shortcuts (F1).
    QList<QAction*> shortcutActions() const;

    // The actions behind the buttons and shortcuts.
    bool receive(); // Ctrl+Enter; true when the dossier was received
    // Ctrl+P: receives and prints the receipt straight to the default printer (no preview;
    // without a printer the clerk is told and offered the preview or a PDF).
    bool receiveAndPrint();
    bool startNew(); // Ctrl+N; false when the clerk kept the unfinished work
    void pasteQr();  // Ctrl+Shift+V
    void decodeQrFromImage();
    void requestSupplement();
    void refuse();
    // Applies the text of an ID card QR to the applicant, or says why it cannot.
    bool applyQrText(const QString& text);

    // The dossier as the form stands (not validated).
    IntakeDraft currentDraft() const;
    void applyDraft(const IntakeDraft& draft);
    bool isBlank() const;
    // Writes the draft now (the debounce timer does it 1 s after the last change).
    void saveDraftNow();
    // Code of the last dossier recorded from this page (received, supplement or refused).
    QString lastCode() const { return m_lastCode; }
    QString receiveBlockedReason() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildUi();
    void buildActions();
    void retranslateUi();
    void updateTabOrder();
    void loadCatalogue();
    // The catalogue changed (an import, a pulled catalogue): the list shows it, and the dossier
    // being taken keeps what was typed and ticked, on the procedure's version now in force.
    void followCatalogue();
    void restoreDraft();
    void onProcedureChosen(const QString& code);
    void setProcedure(const Procedure* procedure);
    void onChannelChanged();
    void updateAppointment();
    void updateReceiveState();
    void formChanged();
    void clearForm();
    bool validateForDecision();
    Dossier dossierFromForm() const;
    void recordDecision(const Result<Dossier>& result, const QString& form, const QString& what);
    void printAndKeep(const Dossier& dossier, const QString& form, int copies);
    const Procedure* currentProcedure() const;

    AppContext& m_context;
    Actor m_actor;
    IntakeAssistant m_assistant;
    IntakeOutput* m_output = nullptr;
    IdCardQrFill* m_qr = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_clockTick = nullptr;
    bool m_applying = false; // applyDraft in progress: no autosave, no snapshots
    QString m_lastCode;

    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_applicantBox = nullptr;
    ApplicantForm* m_applicant = nullptr;
    QPushButton* m_pasteQr = nullptr;
    QPushButton* m_imageQr = nullptr;
    QGroupBox* m_procedureBox = nullptr;
    QLabel* m_procedureLabel = nullptr;
    ProcedurePicker* m_picker = nullptr;
    QLabel* m_procedureError = nullptr;
    QGroupBox* m_papersBox = nullptr;
    QLabel* m_papersLabel = nullptr;
    QTableView* m_checklist = nullptr;
    ComponentChecklistModel* m_components = nullptr;
    QPushButton* m_tickRequired = nullptr;
    QPushButton* m_untickAll = nullptr;
    QLabel* m_setsLabel = nullptr;
    QSpinBox* m_sets = nullptr;
    QLabel* m_channelLabel = nullptr;
    QComboBox* m_channel = nullptr;
    QLabel* m_copiesLabel = nullptr;
    QSpinBox* m_copies = nullptr;
    QLabel* m_feesLabel = nullptr;
    FeesEditor* m_fees = nullptr;
    IntakeScans* m_scans = nullptr;
    QLabel* m_notesLabel = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_appointment = nullptr;
    QLabel* m_appointmentRule = nullptr;
    IntakeDecisionPanel* m_decision = nullptr;
    QLabel* m_blocked = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_supplement = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_receive = nullptr;
    QLabel* m_result = nullptr;

    QAction* m_receiveAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_imageAction = nullptr;
    QAction* m_scanAction = nullptr;
    QAction* m_printAction = nullptr;
    bool m_printStraight = false; // the receipt goes to the default printer, not the preview
};

} // namespace motcua
