#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/Types.h"
#include "service/ProcessingService.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace motcua {

class AppContext;

// The fields one processing step needs, shown inside the dossier view under its buttons:
// the department of a transfer, the items of a supplement request, the new appointment of
// an apology, the reason of a withdrawal or a stop, a note for the rest. Confirm
// (Ctrl+Enter) runs the step through ProcessingService; a refusal (illegal step, role, bad
// input) appears inline beside the fields and nothing is written.
class DossierActionPanel : public QWidget
{
    Q_OBJECT
public:
    DossierActionPanel(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Shows the fields of `action` for `dossier` and puts the focus on the first one.
    void start(ProcessingAction action, const Dossier& dossier);
    ProcessingAction action() const { return m_action; }
    // Runs the step with what the fields say. False (and the reason shown inline) on refusal.
    bool confirm();
    void cancel();
    // The PDF the last step printed and kept (the apology letter, form 04, or the request to
    // supplement, form 02) and its number; empty otherwise.
    const QByteArray& printedForm() const { return m_printed; }
    const QString& printedFormNumber() const { return m_printedForm; }
    // Why the step's form could not be made (the step itself was recorded); empty otherwise.
    const QString& printError() const { return m_printError; }

    // A supplement request: the papers ticked, with their reasons (tests, and confirm()).
    QList<SupplementItem> askedItems() const;
    // Ticks or unticks the paper of `row`; a non-null `reason` replaces its reason.
    void setItemAsked(int row, bool asked, const QString& reason = QString());
    // The reasons offered in the reason column's list.
    static QStringList usualReasons();

Q_SIGNALS:
    // The step was recorded: `dossier` as it is now, `message` a translated summary.
    void completed(const motcua::Dossier& dossier, const QString& message);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void addItemRow(const QString& paper, const QString& reason, bool asked, bool nameEditable);
    Result<Dossier> run();

    AppContext& m_context;
    Actor m_actor;
    ProcessingAction m_action = ProcessingAction::Transfer;
    Dossier m_dossier;
    QByteArray m_printed;
    QString m_printedForm;
    QString m_printError;

    QLabel* m_title = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_itemsLabel = nullptr;
    QLabel* m_itemsHint = nullptr;
    QTableWidget* m_items = nullptr;
    QPushButton* m_addItem = nullptr;
    QPushButton* m_removeItem = nullptr;
    QLabel* m_appointmentLabel = nullptr;
    QDateTimeEdit* m_appointment = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
