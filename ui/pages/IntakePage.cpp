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

QLabel* buddyLabel(QWidget* parent, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

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

void IntakePage::buildUi()
{
    m_title = makePageTitle(this);
    m_message = makeInlineError(this, QStringLiteral("intake-message"));

    // Left column: who, and which procedure.
    m_applicantBox = new QGroupBox(this);
    m_applicant = new ApplicantForm(m_applicantBox);
    m_applicant->setObjectName(QStringLiteral("applicant-form"));
    m_pasteQr = new QPushButton(m_applicantBox);
    m_pasteQr->setObjectName(QStringLiteral("paste-qr"));
    m_imageQr = new QPushButton(m_applicantBox);
    m_imageQr->setObjectName(QStringLiteral("image-qr"));
    auto* qrRow = new QHBoxLayout;
    qrRow->addWidget(m_pasteQr);
    qrRow->addWidget(m_imageQr);
    qrRow->addStretch(1);
    auto* applicantLayout = new QVBoxLayout(m_applicantBox);
    applicantLayout->addLayout(qrRow);
    applicantLayout->addWidget(m_applicant);

    m_procedureBox = new QGroupBox(this);
    m_picker = new ProcedurePicker(m_procedureBox);
    m_picker->setObjectName(QStringLiteral("procedure-picker"));
    m_procedureLabel = buddyLabel(m_procedureBox, m_picker->searchBox());
    m_procedureError = new QLabel(m_procedureBox);
    m_procedureError->setObjectName(QStringLiteral("procedure-error"));
    m_procedureError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_procedureError->hide();
    auto* procedureLayout = new QVBoxLayout(m_procedureBox);
    procedureLayout->addWidget(m_procedureLabel);
    procedureLayout->addWidget(m_picker, 1);
    procedureLayout->addWidget(m_procedureError);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_applicantBox);
    leftLayout->addWidget(m_procedureBox, 1);
    m_picker->list()->setMinimumHeight(110);

    // Right column: papers, fees, appointment and the decision.
    m_papersBox = new QGroupBox(this);
    m_components = new ComponentChecklistModel(this);
    auto* checklist = new ComponentChecklistView(m_papersBox);
    checklist->setObjectName(QStringLiteral("component-checklist"));
    checklist->setChecklist(m_components);
    m_checklist = checklist;
    m_papersLabel = buddyLabel(m_papersBox, m_checklist);
    m_sets = new QSpinBox(m_papersBox);
    m_sets->setObjectName(QStringLiteral("sets"));
    m_sets->setRange(1, 20);
    m_setsLabel = buddyLabel(m_papersBox, m_sets);
    m_channel = new QComboBox(m_papersBox);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(QString(), static_cast<int>(Channel::Counter));
    m_channel->addItem(QString(), static_cast<int>(Channel::Postal));
    m_channelLabel = buddyLabel(m_papersBox, m_channel);
    m_copies = new QSpinBox(m_papersBox);
    m_copies->setObjectName(QStringLiteral("receipt-copies"));
    m_copies->setRange(1, 2);
    m_copiesLabel = buddyLabel(m_papersBox, m_copies);
    m_fees = new FeesEditor(m_papersBox);
    m_fees->setObjectName(QStringLiteral("fees"));
    m_feesLabel = buddyLabel(m_papersBox, m_fees);
    m_notes = new QLineEdit(m_papersBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notesLabel = buddyLabel(m_papersBox, m_notes);
    m_scans = new IntakeScans(m_context, m_actor, m_papersBox);
    m_tickRequired = new QPushButton(m_papersBox);
    m_tickRequired->setObjectName(QStringLiteral("tick-required"));
    m_untickAll = new QPushButton(m_papersBox);
    m_untickAll->setObjectName(QStringLiteral("untick-all"));
    // A usable table whatever else the column holds: about six papers without scrolling.
    m_checklist->setMinimumHeight(m_checklist->horizontalHeader()->sizeHint().height() +
                                  6 * m_checklist->verticalHeader()->minimumSectionSize() + 4);

    auto* options = new QHBoxLayout;
    options->addWidget(m_setsLabel);
    options->addWidget(m_sets);
    options->addSpacing(12);
    options->addWidget(m_channelLabel);
    options->addWidget(m_channel);
    options->addSpacing(12);
    options->addWidget(m_copiesLabel);
    options->addWidget(m_copies);
    options->addStretch(1);
    auto* grid = new QGridLayout;
    grid->addWidget(m_feesLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_fees, 0, 1);
    grid->addWidget(m_notesLabel, 1, 0);
    grid->addWidget(m_notes, 1, 1);
    grid->setColumnStretch(1, 1);
    auto* papersHead = new QHBoxLayout;
    papersHead->addWidget(m_papersLabel, 1);
    papersHead->addWidget(m_tickRequired);
    papersHead->addWidget(m_untickAll);
    auto* papersLayout = new QVBoxLayout(m_papersBox);
    papersLayout->addLayout(papersHead);
    papersLayout->addWidget(m_checklist, 1);
    papersLayout->addLayout(options);
    papersLayout->addLayout(grid);
    papersLayout->addWidget(m_scans);

    m_appointment = new QLabel(this);
    m_appointment->setObjectName(QStringLiteral("appointment"));
    QFont strong = m_appointment->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.15);
    m_appointment->setFont(strong);
    m_appointmentRule = new QLabel(this);
    m_appointmentRule->setObjectName(QStringLiteral("appointment-rule"));
    m_appointmentRule->setWordWrap(true);
    m_appointmentRule->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    m_decision = new IntakeDecisionPanel(this);
    connect(m_decision, &IntakeDecisionPanel::supplementConfirmed, this, [this](const QList<SupplementItem>& items) {
        if (!validateForDecision())
            return;
        recordDecision(m_context.dossiers().requestSupplementAtIntake(m_actor, dossierFromForm(), items),
                       QStringLiteral("02"), tr("Supplement requested"));
    });
    connect(m_decision, &IntakeDecisionPanel::refusalConfirmed, this, [this](const QString& reason) {
        if (!validateForDecision())
            return;
        recordDecision(m_context.dossiers().refuseAtIntake(m_actor, dossierFromForm(), reason), QStringLiteral("03"),
                       tr("Refused"));
    });
    connect(m_decision, &IntakeDecisionPanel::cancelled, this, [this] { m_receive->setFocus(); });

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("receive-blocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("new-dossier"));
    m_supplement = new QPushButton(this);
    m_supplement->setObjectName(QStringLiteral("request-supplement"));
    m_refuse = new QPushButton(this);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    m_receive = new QPushButton(this);
    m_receive->setObjectName(QStringLiteral("receive"));
    m_receive->setDefault(false);
    m_receive->setStyleSheet(QStringLiteral("QPushButton#receive:enabled { font-weight: bold; }"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("intake-result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setStyleSheet(QStringLiteral("QLabel { color: #14324f; font-weight: bold; }"));
    m_result->hide();

    // The reason Receive is blocked has a line of its own over the buttons: squeezed between
    // them it wrapped one word a line and crushed the papers above.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_supplement);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_receive);

    // The right column scrolls too when the papers, fees, scans and a decision panel need more
    // height than the screen has (1366×768): squeezed, the table shrank to one row and the fee
    // and scan widgets were crushed. The reason and the buttons stay in view under it.
    auto* work = new QWidget(this);
    auto* workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_papersBox, 1);
    workLayout->addWidget(m_appointment);
    workLayout->addWidget(m_appointmentRule);
    workLayout->addWidget(m_decision);
    workLayout->addWidget(m_result);
    auto* workScroll = new QScrollArea(this);
    workScroll->setObjectName(QStringLiteral("intake-work-scroll"));
    workScroll->setWidget(work);
    workScroll->setWidgetResizable(true);
    workScroll->setFrameShape(QFrame::NoFrame);
    workScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    workScroll->setFocusPolicy(Qt::NoFocus);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(workScroll, 1);
    rightLayout->addWidget(m_blocked);
    rightLayout->addLayout(buttons);

    // The left column scrolls on small screens rather than squeezing the fields.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(400);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 4);
    columns->addWidget(right, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    connect(m_applicant, &ApplicantForm::changed, this, &IntakePage::formChanged);
    connect(m_picker, &ProcedurePicker::procedureChosen, this, &IntakePage::onProcedureChosen);
    connect(m_components, &QAbstractItemModel::dataChanged, this, &IntakePage::formChanged);
    connect(m_components, &QAbstractItemModel::modelReset, this, &IntakePage::formChanged);
    // Scans go to the paper selected in the checklist.
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { m_scans->setCurrentPaper(m_components->componentIdAt(i.row())); });
    connect(m_tickRequired, &QPushButton::clicked, this, [this] { m_components->setRequiredProvided(); });
    connect(m_untickAll, &QPushButton::clicked, this, [this] { m_components->setAllProvided(false); });
    connect(m_scans, &IntakeScans::pendingChanged, this, &IntakePage::formChanged);
    connect(m_sets, &QSpinBox::valueChanged, this, &IntakePage::formChanged);
    connect(m_copies, &QSpinBox::valueChanged, this, &IntakePage::formChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakePage::onChannelChanged);
    connect(m_fees, &FeesEditor::changed, this, &IntakePage::formChanged);
    connect(m_notes, &QLineEdit::textChanged, this, &IntakePage::formChanged);
    connect(m_pasteQr, &QPushButton::clicked, this, &IntakePage::pasteQr);
    connect(m_imageQr, &QPushButton::clicked, this, &IntakePage::decodeQrFromImage);
    connect(m_new, &QPushButton::clicked, this, &IntakePage::startNew);
    connect(m_supplement, &QPushButton::clicked, this, &IntakePage::requestSupplement);
    connect(m_refuse, &QPushButton::clicked, this, &IntakePage::refuse);
    connect(m_receive, &QPushButton::clicked, this, &IntakePage::receive);
}

void IntakePage::buildActions()
{
    auto make = [this](const char* name, const QList<QKeySequence>& keys, std::function<void()> slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        // Only while the intake page has the focus: other pages keep their own keys.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, std::move(slot));
        return a;
    };
    m_receiveAction =
        make("action-receive", {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
             [this] { receive(); });
    m_newAction = make("action-new-dossier", {QKeySequence(Qt::CTRL | Qt::Key_N)}, [this] { startNew(); });
    m_pasteAction = make("action-paste-qr", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, [this] { pasteQr(); });
    m_searchAction = make("action-procedure-search", {QKeySequence(Qt::Key_F3), QKeySequence(QKeySequence::Find)},
                          [this] { m_picker->focusSearch(); });
    m_imageAction = make("action-image-qr", {}, [this] { decodeQrFromImage(); });
    m_scanAction = make("action-scan", {QKeySequence(Qt::Key_F6)}, [this] { m_scans->openScanner(); });
    m_printAction = make("action-receive-print", {QKeySequence(Qt::CTRL | Qt::Key_P)}, [this] { receiveAndPrint(); });
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
