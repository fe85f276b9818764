// The intake page's widgets and their layout (IntakePage::buildUi, buildActions); what they do
// is in IntakePage.cpp.
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

QLabel* buddyLabel(QWidget* parent, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

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
    // The list takes the height left over, down to a few rows. Its preferred height (a
    // scroll area's 192 px) made the left column taller than a 720- or 768-line screen, so the
    // column scrolled and the chosen procedure's line under the list was cut off.
    m_picker->list()->setMinimumHeight(110);
    m_picker->list()->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);

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
    // A long line (a procedure counted in working hours, no time for the channel) wraps
    // rather than running past the column's edge.
    m_appointment->setWordWrap(true);
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

} // namespace motcua
