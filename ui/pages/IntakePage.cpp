#include "pages/IntakePage.h"

#include "InlineMessage.h"
#include "core/Logging.h"
#include "core/Procedure.h"
#include "forms/DossierForms.h"
#include "intake/ApplicantForm.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/ComponentChecklistView.h"
#include "intake/FeesEditor.h"
#include "intake/IdCardQrFill.h"
#include "intake/IntakeDecisionPanel.h"
#include "intake/IntakeOutput.h"
#include "intake/IntakeScans.h"
#include "intake/ProcedureListModel.h"
#include "intake/ProcedurePicker.h"
#include "intake/ScannerBurstDetector.h"
#include "pages/PageHeader.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace motcua {

namespace {
constexpr int kAutosaveDelayMs = 1000;

QString vietnamTime(const QDateTime& t)
{
    return toVietnam(t).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}
} // namespace

IntakePage::IntakePage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_assistant(context.db(), context.clock())
    , m_output(&IntakeOutput::dialogs())
{
    buildUi();
    buildActions();

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    // The appointment moves with the clock (closing time, cutoffs): refresh it every minute.
    m_clockTick = new QTimer(this);
    m_clockTick->setInterval(60 * 1000);
    connect(m_clockTick, &QTimer::timeout, this, &IntakePage::updateAppointment);
    m_clockTick->start();

    // The form as it was when a scanner's burst began: what the burst typed is undone.
    m_qr = new IdCardQrFill(this, m_applicant, m_message, m_context.clock(), [this]() -> std::function<void()> {
        if (m_applying)
            return {};
        return [this, draft = currentDraft(), search = m_picker->searchBox()->text()] {
            {
                const QSignalBlocker block(m_picker->searchBox());
                m_picker->searchBox()->setText(search);
            }
            m_picker->model()->setFilter(search);
            applyDraft(draft);
        };
    });
    connect(m_qr, &IdCardQrFill::applied, this, &IntakePage::formChanged);

    retranslateUi();
    loadCatalogue();
    connect(&m_context.changes(), &ChangeNotifier::catalogueChanged, this, &IntakePage::followCatalogue);
    restoreDraft();
    // The scans kept with the draft, and those of recorded dossiers still to attach.
    (void)m_scans->restoreKept(); // a failure is shown in the scans section
    updateReceiveState();
}

IntakePage::~IntakePage()
{
    // Closing the window must not lose what was typed since the last autosave.
    if (m_autosave->isActive())
        saveDraftNow();
}

void IntakePage::setOutput(IntakeOutput* output)
{
    m_output = output ? output : &IntakeOutput::dialogs();
}

void IntakePage::setFileChooser(FileChooser* chooser)
{
    m_qr->setFileChooser(chooser);
}

ScannerBurstDetector* IntakePage::scanner() const
{
    return m_qr->scanner();
}

QList<QAction*> IntakePage::shortcutActions() const
{
    return {m_receiveAction, m_printAction, m_newAction, m_pasteAction, m_searchAction, m_scanAction};
}

void IntakePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntakePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Ready for the next applicant: the cursor waits in the first field (or for the scanner).
    if (!isAncestorOf(QApplication::focusWidget()))
        m_applicant->startField()->setFocus(Qt::OtherFocusReason);
}

void IntakePage::hideEvent(QHideEvent* event)
{
    if (m_autosave->isActive())
        saveDraftNow();
    QWidget::hideEvent(event);
}

void IntakePage::retranslateUi()
{
    m_title->setText(tr("Dossier intake"));
    m_applicantBox->setTitle(tr("Applicant"));
    m_pasteQr->setText(tr("Paste QR text"));
    m_pasteQr->setToolTip(tr("Fills the applicant from ID card QR text on the clipboard (Ctrl+Shift+V)"));
    m_imageQr->setText(tr("Decode &QR from image…"));
    m_procedureBox->setTitle(tr("Procedure"));
    m_procedureLabel->setText(tr("Pr&ocedure (F3)"));
    m_papersBox->setTitle(tr("Papers, fees and notes"));
    m_papersLabel->setText(tr("P&apers handed in: Space ticks the selected ones (Shift+arrows, Ctrl+A select), "
                              "a digit sets a count, F2 edits"));
    m_papersLabel->setWordWrap(true);
    m_tickRequired->setText(tr("Tick required"));
    m_tickRequired->setToolTip(tr("Ticks every required paper; the papers of a case are ticked under its heading"));
    m_untickAll->setText(tr("Untick all"));
    m_setsLabel->setText(tr("Number of &sets"));
    m_channelLabel->setText(tr("Channe&l"));
    m_channel->setItemText(0, channelName(Channel::Counter));
    m_channel->setItemText(1, channelName(Channel::Postal));
    m_copiesLabel->setText(tr("Receipt &copies"));
    m_feesLabel->setText(tr("F&ees"));
    m_notesLabel->setText(tr("No&tes"));
    m_new->setText(tr("New (Ctrl+N)"));
    m_supplement->setText(tr("Request s&upplement…"));
    m_refuse->setText(tr("&Refuse…"));
    m_receive->setText(tr("Receive and print (Ctrl+Enter)"));
    m_receiveAction->setText(tr("Receive the dossier and print the receipt"));
    m_printAction->setText(tr("Receive the dossier and print the receipt straight to the default printer"));
    m_newAction->setText(tr("New dossier (asks before discarding work)"));
    m_pasteAction->setText(tr("Fill the applicant from QR text on the clipboard"));
    m_searchAction->setText(tr("Search procedures (intake page)"));
    m_imageAction->setText(tr("Decode an ID card QR from an image file"));
    m_scanAction->setText(tr("Scan or import the selected paper (intake page)"));
    updateAppointment();
    updateReceiveState();
}

void IntakePage::updateTabOrder()
{
    // The order of the work: who, what, which papers, how many, how, how much, then act.
    QList<QWidget*> chain{m_applicant->firstField()};
    // ApplicantForm orders its own fields; continue after its last one.
    chain << m_applicant->lastField() << m_picker->searchBox() << m_picker->list() << m_checklist << m_sets << m_channel
          << m_copies;
    chain << m_fees->focusWidgets();
    chain << m_notes << m_receive << m_supplement << m_refuse << m_new << m_pasteQr << m_imageQr << m_tickRequired
          << m_untickAll;
    for (int i = 1; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
    // Alt+E goes to the first fee; with no fee the label keeps its buddy and does nothing.
    m_fees->setFocusProxy(m_fees->focusWidgets().value(0));
}

void IntakePage::loadCatalogue()
{
    CatalogueService& catalogue = m_context.catalogue();
    m_picker->setProcedures(catalogue.procedures(), catalogue.departments());
    auto favourites = m_assistant.mostUsedProcedures(m_actor.username);
    if (favourites)
        m_picker->setFavourites(*favourites);
    else
        qCWarning(lcUi) << "most-used procedures:" << favourites.error().message;
    updateTabOrder();
}

void IntakePage::followCatalogue()
{
    // What the clerk is typing (the applicant, the search words) is left alone; only what came
    // from the catalogue is read again.
    const QString search = m_picker->searchBox()->text();
    const Dossier before = dossierFromForm();
    const int paperRow = m_checklist->currentIndex().row();
    loadCatalogue();
    if (before.procedureCode.isEmpty()) {
        updateReceiveState();
        return;
    }
    // The same procedure on its version now in force, the papers and fees as they were
    // ticked and typed; a procedure gone from the catalogue is to be chosen again.
    m_applying = true;
    if (!m_picker->select(before.procedureCode)) {
        m_picker->clearSelection();
        const QSignalBlocker block(m_picker->searchBox());
        m_picker->searchBox()->setText(search);
        m_picker->model()->setFilter(search);
    }
    setProcedure(currentProcedure());
    m_components->applyDossierComponents(before.components);
    m_fees->applyFees(before.fees);
    m_applying = false;
    if (paperRow >= 0 && paperRow < m_components->rowCount())
        m_checklist->setCurrentIndex(m_components->index(paperRow, ComponentChecklistModel::NameColumn));
    updateAppointment();
    formChanged();
}

const Procedure* IntakePage::currentProcedure() const
{
    return m_picker->current();
}

void IntakePage::onProcedureChosen(const QString& code)
{
    setProcedure(m_picker->model()->procedure(code));
    formChanged();
    // Next step: the papers.
    m_checklist->setFocus(Qt::OtherFocusReason);
    if (m_components->rowCount() > 0)
        m_checklist->setCurrentIndex(m_components->index(0, ComponentChecklistModel::NameColumn));
}

void IntakePage::setProcedure(const Procedure* procedure)
{
    m_procedureError->hide();
    m_components->setProcedureComponents(procedure ? procedure->components : QList<Component>());
    m_scans->setComponents(procedure ? procedure->components : QList<Component>());
    onChannelChanged();
}

void IntakePage::onChannelChanged()
{
    const Procedure* p = currentProcedure();
    const auto channel = static_cast<Channel>(m_channel->currentData().toInt());
    // Like DossierService::receive: a procedure without this channel's row uses the counter's.
    const ProcedureChannel* row = p ? p->channel(channel) : nullptr;
    if (p && !row)
        row = p->channel(Channel::Counter);
    m_fees->setChannel(row);
    updateTabOrder();
    updateAppointment();
    formChanged();
}

void IntakePage::updateAppointment()
{
    const Procedure* p = currentProcedure();
    const ProcedureChannel* row = nullptr;
    if (p) {
        row = p->channel(static_cast<Channel>(m_channel->currentData().toInt()));
        if (!row)
            row = p->channel(Channel::Counter);
    }
    if (!row) {
        m_appointment->setText(p ? tr("Appointment: the catalogue gives no processing time for this channel.")
                                 : tr("Appointment: choose a procedure."));
        m_appointmentRule->clear();
        return;
    }
    const Appointment a =
        m_context.calendar().due(m_context.clock().now(), row->timeValue, row->timeUnit, p->receiveCutoff);
    m_appointment->setText(
        tr("Appointment: %1 (%2 %3)")
            .arg(vietnamTime(a.at), QLocale().toString(row->timeValue, 'g', 6), timeUnitName(row->timeUnit)));
    m_appointmentRule->setText(a.rule);
}

QString IntakePage::receiveBlockedReason() const
{
    if (!currentProcedure())
        return tr("Choose a procedure first (F3).");
    const QStringList missing = m_components->missing();
    if (!missing.isEmpty())
        return tr("Cannot receive: %n required paper(s) missing (%1). Request a supplement or refuse.", nullptr,
                  static_cast<int>(missing.size()))
            .arg(missing.join(QStringLiteral("; ")));
    return {};
}

void IntakePage::updateReceiveState()
{
    const QString reason = receiveBlockedReason();
    m_receive->setEnabled(reason.isEmpty());
    m_receive->setToolTip(reason.isEmpty()
                              ? tr("Ctrl+Enter shows the print preview; Ctrl+P prints straight to the default printer")
                              : reason);
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    const bool chosen = currentProcedure() != nullptr;
    m_supplement->setEnabled(chosen);
    m_refuse->setEnabled(chosen);
}

void IntakePage::formChanged()
{
    updateReceiveState();
    if (m_applying)
        return;
    if (!isBlank())
        m_scans->beginNextDossier(); // the last dossier's scans leave the list
    m_autosave->start();
}

bool IntakePage::isBlank() const
{
    return m_applicant->isEmpty() && !currentProcedure() && m_notes->text().trimmed().isEmpty() &&
           m_scans->pending().isEmpty();
}

IntakeDraft IntakePage::currentDraft() const
{
    IntakeDraft draft;
    draft.dossier = dossierFromForm();
    draft.receiptCopies = m_copies->value();
    return draft;
}

Dossier IntakePage::dossierFromForm() const
{
    Dossier d;
    d.applicant = m_applicant->applicant();
    if (const Procedure* p = currentProcedure()) {
        d.procedureCode = p->code;
        d.procedureName = p->name;
        d.departmentCode = p->departmentCode;
    }
    d.channel = static_cast<Channel>(m_channel->currentData().toInt());
    d.sets = m_sets->value();
    d.components = m_components->dossierComponents();
    d.fees = m_fees->fees();
    d.notes = m_notes->text().trimmed();
    return d;
}

void IntakePage::applyDraft(const IntakeDraft& draft)
{
    m_applying = true;
    const Dossier& d = draft.dossier;
    m_applicant->setApplicant(d.applicant);
    {
        const QSignalBlocker block(m_channel);
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(static_cast<int>(d.channel))));
    }
    if (d.procedureCode.isEmpty() || !m_picker->select(d.procedureCode))
        m_picker->clearSelection();
    setProcedure(currentProcedure());
    // A dossier that lists no papers means the catalogue's required ones, as in
    // DossierService::receive (`motcuactl dossier create`); a saved draft lists them all.
    if (d.components.isEmpty())
        m_components->setRequiredProvided();
    else
        m_components->applyDossierComponents(d.components);
    m_fees->applyFees(d.fees);
    m_sets->setValue(d.sets);
    m_copies->setValue(draft.receiptCopies);
    m_notes->setText(d.notes);
    m_applying = false;
    updateReceiveState();
}

void IntakePage::saveDraftNow()
{
    m_autosave->stop();
    const Status s = isBlank() ? m_assistant.discardDraft(m_actor.username)
                               : m_assistant.saveDraft(m_actor.username, currentDraft());
    if (!s) {
        qCWarning(lcUi) << "autosave failed";
        showInlineError(m_message, tr("The unfinished dossier could not be saved: %1").arg(s.error().message));
    }
}

void IntakePage::restoreDraft()
{
    auto draft = m_assistant.loadDraft(m_actor.username);
    if (!draft) {
        showInlineError(m_message, draft.error().message);
        return;
    }
    if (!draft->has_value())
        return;
    applyDraft(**draft);
    const QDateTime saved = (*draft)->savedAt;
    showInlineInfo(m_message, tr("The unfinished dossier saved at %1 was restored. Ctrl+N starts a new one.")
                                  .arg(saved.isValid() ? vietnamTime(saved) : tr("an unknown time")));
}

void IntakePage::clearForm()
{
    // The number of receipt copies is the clerk's habit, not part of one dossier: it stays.
    IntakeDraft blank;
    blank.receiptCopies = m_copies->value();
    applyDraft(blank);
    m_decision->hide();
    m_procedureError->hide();
    m_sets->setValue(1);
    m_scans->startNewDossier();
    m_applicant->startField()->setFocus(Qt::OtherFocusReason);
}

bool IntakePage::startNew()
{
    if (!isBlank() &&
        !m_output->confirmDiscard(this, tr("New dossier"), tr("Discard the unfinished dossier and start a new one?"))) {
        return false;
    }
    clearForm();
    m_scans->clearPending();
    m_message->hide();
    m_result->hide();
    saveDraftNow();
    return true;
}

// --- ID card QR (intake/IdCardQrFill) -----------------------------------------------------

bool IntakePage::applyQrText(const QString& text)
{
    return m_qr->applyText(text);
}

void IntakePage::pasteQr()
{
    m_qr->pasteFromClipboard();
}

void IntakePage::decodeQrFromImage()
{
    m_qr->decodeFromImage();
}

// --- Receive, supplement, refuse ------------------------------------------------------------

bool IntakePage::validateForDecision()
{
    const QDate today = toVietnam(m_context.clock().now()).date();
    bool valid = m_applicant->validate(today);
    if (!currentProcedure()) {
        m_procedureError->setText(tr("Choose the procedure: type a few words and press Enter."));
        m_procedureError->show();
        valid = false;
    }
    valid = m_fees->validate() && valid;
    if (!valid) {
        showInlineError(m_message, tr("Some fields need attention: see the messages beside them."));
        // The first field in error takes the cursor.
        for (QWidget* w : findChildren<QWidget*>()) {
            if (w->property("invalid").toBool() && w->isVisible()) {
                w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    }
    return valid;
}

bool IntakePage::receive()
{
    const QString blocked = receiveBlockedReason();
    if (!blocked.isEmpty()) {
        showInlineError(m_message, blocked);
        if (currentProcedure())
            m_checklist->setFocus(Qt::OtherFocusReason);
        else
            m_picker->focusSearch();
        return false;
    }
    if (!validateForDecision())
        return false;
    Result<Dossier> received = m_context.dossiers().receive(m_actor, dossierFromForm());
    if (!received) {
        showInlineError(m_message, tr("The dossier was not received: %1").arg(received.error().message));
        return false;
    }
    recordDecision(received, QStringLiteral("01"), tr("Received"));
    return true;
}

bool IntakePage::receiveAndPrint()
{
    m_printStraight = true;
    const bool received = receive();
    m_printStraight = false;
    return received;
}

void IntakePage::requestSupplement()
{
    if (!currentProcedure()) {
        showInlineError(m_message, receiveBlockedReason());
        return;
    }
    // Papers not provided come with a reason ready; the others are listed too, since a paper
    // handed in may still be incomplete (form 02: "missing or incomplete").
    const QStringList missing = m_components->missing();
    QStringList others;
    for (const DossierComponent& c : m_components->dossierComponents()) {
        if (!missing.contains(c.name))
            others.append(c.name);
    }
    m_decision->showSupplement(missing, others);
}

void IntakePage::refuse()
{
    if (!currentProcedure()) {
        showInlineError(m_message, receiveBlockedReason());
        return;
    }
    m_decision->showRefusal();
}

void IntakePage::recordDecision(const Result<Dossier>& result, const QString& form, const QString& what)
{
    if (!result) {
        if (m_decision->isVisible())
            m_decision->showError(result.error().message);
        else
            showInlineError(m_message, result.error().message);
        return;
    }
    // Validation runs first for the decisions too: the service's messages are a last resort.
    const Dossier& d = *result;
    const int copies = m_copies->value();
    m_lastCode = d.code;
    m_result->setText(tr("%1: %2 — %3, appointment %4")
                          .arg(what, d.code, d.applicant.fullName,
                               d.appointmentAt.isValid() ? vietnamTime(d.appointmentAt) : tr("none")));
    m_result->show();
    qCInfo(lcUi) << "intake recorded" << d.code << "form" << form;
    // The papers scanned for it go to the attachment store now that it exists; a failure is
    // shown in the scans section beside its Retry button, the scans kept for this dossier.
    (void)m_scans->attachPending(d);
    // The dossier is stored: the form is free for the next applicant even if printing fails.
    clearForm();
    m_message->hide();
    saveDraftNow();
    if (auto favourites = m_assistant.mostUsedProcedures(m_actor.username))
        m_picker->setFavourites(*favourites);
    printAndKeep(d, form, copies);
}

void IntakePage::printAndKeep(const Dossier& dossier, const QString& form, int copies)
{
    FormKind kind = FormKind::Receipt;
    formFromNumber(form, &kind);
    // Rendered with its copies laid out (each labelled) and kept with the dossier in one step:
    // the receipt handed over is the one on file.
    Result<QByteArray> pdf = DossierForms(m_context).renderAndKeep(m_actor, dossier.code, kind, copies);
    if (!pdf) {
        showInlineError(m_message, tr("Dossier %1 is stored, but form %2 could not be made or kept: %3")
                                       .arg(dossier.code, form, pdf.error().message));
        return;
    }
    QString error;
    const PrintJob job = PrintJob::form(*pdf, form, dossier.code);
    const bool printed =
        m_printStraight ? m_output->printNow(this, job, &error) : m_output->printPdf(this, job, &error);
    if (!printed && !error.isEmpty())
        showInlineError(m_message, tr("Form %1 of dossier %2 was not printed: %3").arg(form, dossier.code, error));
    // Back from the print dialog, ready for the next applicant's card: the window takes the
    // keyboard again (a scanner types into whatever has it) and the cursor waits in the name.
    window()->activateWindow();
    m_applicant->startField()->setFocus(Qt::OtherFocusReason);
}

} // namespace motcua
