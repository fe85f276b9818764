#include "dossiers/DossierActionPanel.h"

#include "InlineMessage.h"
#include "core/Clock.h"
#include "forms/DossierForms.h"
#include "forms/ProcessingForms.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
bool needsReason(ProcessingAction a)
{
    return a == ProcessingAction::Withdraw || a == ProcessingAction::Stop || a == ProcessingAction::Apologize;
}

// The reason of a paper asked for: typed, or one of the usual ones picked from the list.
class ReasonDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("action-item-reason"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(DossierActionPanel::usualReasons());
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText().trimmed(), Qt::EditRole);
    }
};

constexpr int kPaperColumn = 0;
constexpr int kReasonColumn = 1;
} // namespace

QStringList DossierActionPanel::usualReasons()
{
    return {tr("Not handed in"),
            tr("Not signed or stamped"),
            tr("Copy not certified"),
            tr("Details do not match"),
            tr("Expired"),
            tr("Unreadable")};
}

DossierActionPanel::DossierActionPanel(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("action-panel"));
    buildUi();
    retranslateUi();
    hide();
}

void DossierActionPanel::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("action-title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("action-department"));
    for (const Department& d : m_context.catalogue().departments())
        m_department->addItem(d.name, d.code);
    m_departmentLabel = new QLabel(this);
    m_departmentLabel->setBuddy(m_department);

    // The dossier's papers, each with a box to tick when it is missing or faulty and its
    // reason; "Add a paper" adds one that is not on the list.
    m_items = new QTableWidget(0, 2, this);
    m_items->setObjectName(QStringLiteral("action-items"));
    m_items->horizontalHeader()->setSectionResizeMode(kPaperColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(kReasonColumn, QHeaderView::Interactive);
    m_items->setColumnWidth(kReasonColumn, 300);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setItemDelegateForColumn(kReasonColumn, new ReasonDelegate(m_items));
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_items->setMinimumHeight(110);
    // A reason typed for a paper asks for it.
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != kReasonColumn || item->text().trimmed().isEmpty())
            return;
        if (QTableWidgetItem* paper = m_items->item(item->row(), kPaperColumn);
            paper && paper->checkState() != Qt::Checked)
            paper->setCheckState(Qt::Checked);
    });
    m_itemsLabel = new QLabel(this);
    m_itemsLabel->setBuddy(m_items);
    m_itemsHint = new QLabel(this);
    m_itemsHint->setObjectName(QStringLiteral("action-items-hint"));
    m_itemsHint->setWordWrap(true);
    m_addItem = new QPushButton(this);
    m_addItem->setObjectName(QStringLiteral("action-add-item"));
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        addItemRow(QString(), QString(), true, true);
        m_items->setCurrentCell(m_items->rowCount() - 1, kPaperColumn);
        m_items->setFocus();
        m_items->editItem(m_items->item(m_items->rowCount() - 1, kPaperColumn));
    });
    m_removeItem = new QPushButton(this);
    m_removeItem->setObjectName(QStringLiteral("action-remove-item"));
    connect(m_removeItem, &QPushButton::clicked, this, [this] {
        if (m_items->currentRow() >= 0)
            m_items->removeRow(m_items->currentRow());
    });

    m_appointment = new QDateTimeEdit(this);
    m_appointment->setObjectName(QStringLiteral("action-appointment"));
    m_appointment->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_appointment->setCalendarPopup(true);
    m_appointmentLabel = new QLabel(this);
    m_appointmentLabel->setBuddy(m_appointment);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("action-note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);

    m_error = makeInlineError(this, QStringLiteral("action-error"));

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("action-confirm"));
    m_confirm->setDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &DossierActionPanel::confirm);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("action-cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &DossierActionPanel::cancel);

    // Ctrl+Enter confirms from any field, Enter included in the note (keyboard first).
    auto* confirmKey = new QAction(this);
    confirmKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    confirmKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(confirmKey, &QAction::triggered, this, &DossierActionPanel::confirm);
    addAction(confirmKey);

    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(m_departmentLabel, m_department);
    form->addRow(m_itemsLabel, m_items);
    form->addRow(QString(), m_itemsHint);
    form->addRow(QString(), itemButtons);
    form->addRow(m_appointmentLabel, m_appointment);
    form->addRow(m_noteLabel, m_note);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QWidget#action-panel { background: #f4f7fa; border: 1px solid #c9d6e3; "
                                 "border-radius: 4px; }"));
    setAttribute(Qt::WA_StyledBackground, true);
}

void DossierActionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DossierActionPanel::retranslateUi()
{
    m_departmentLabel->setText(tr("To &department:"));
    m_itemsLabel->setText(tr("&Papers to add or complete:"));
    m_items->setHorizontalHeaderLabels({tr("Paper (tick the ones missing or faulty)"), tr("Reason")});
    m_itemsHint->setText(tr("Space ticks a paper; type or pick its reason (F2). The request (form 02) is printed "
                            "when you confirm."));
    m_addItem->setText(tr("Add a paper not on the list"));
    m_removeItem->setText(tr("Remove the paper"));
    m_appointmentLabel->setText(tr("New &appointment:"));
    m_noteLabel->setText(needsReason(m_action) ? tr("&Reason (required):") : tr("&Note:"));
    m_confirm->setText(tr("Confirm (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_title->setText(processingActionName(m_action));
}

void DossierActionPanel::addItemRow(const QString& paper, const QString& reason, bool asked, bool nameEditable)
{
    const QSignalBlocker quiet(m_items);
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto* name = new QTableWidgetItem(paper);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (nameEditable)
        flags |= Qt::ItemIsEditable;
    name->setFlags(flags);
    name->setCheckState(asked ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(paper); // catalogue names are long: the cell elides them
    m_items->setItem(row, kPaperColumn, name);
    m_items->setItem(row, kReasonColumn, new QTableWidgetItem(reason));
}

QList<SupplementItem> DossierActionPanel::askedItems() const
{
    QList<SupplementItem> items;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        const QTableWidgetItem* paper = m_items->item(r, kPaperColumn);
        if (!paper || paper->checkState() != Qt::Checked)
            continue;
        const QString reason =
            m_items->item(r, kReasonColumn) ? m_items->item(r, kReasonColumn)->text().trimmed() : QString();
        if (paper->text().trimmed().isEmpty() && reason.isEmpty())
            continue;
        items.append(SupplementItem{paper->text().trimmed(), reason});
    }
    return items;
}

void DossierActionPanel::setItemAsked(int row, bool asked, const QString& reason)
{
    if (QTableWidgetItem* paper = m_items->item(row, kPaperColumn))
        paper->setCheckState(asked ? Qt::Checked : Qt::Unchecked);
    if (!reason.isNull()) {
        if (QTableWidgetItem* why = m_items->item(row, kReasonColumn))
            why->setText(reason);
    }
}

void DossierActionPanel::start(ProcessingAction action, const Dossier& dossier)
{
    m_action = action;
    m_dossier = dossier;
    m_error->hide();
    m_note->clear();
    const bool transfer = action == ProcessingAction::Transfer;
    const bool supplement = action == ProcessingAction::RequestSupplement;
    const bool apology = action == ProcessingAction::Apologize;
    for (QWidget* w : {static_cast<QWidget*>(m_departmentLabel), static_cast<QWidget*>(m_department)})
        w->setVisible(transfer);
    for (QWidget* w :
         {static_cast<QWidget*>(m_itemsLabel), static_cast<QWidget*>(m_items), static_cast<QWidget*>(m_itemsHint),
          static_cast<QWidget*>(m_addItem), static_cast<QWidget*>(m_removeItem)})
        w->setVisible(supplement);
    for (QWidget* w : {static_cast<QWidget*>(m_appointmentLabel), static_cast<QWidget*>(m_appointment)})
        w->setVisible(apology);
    if (transfer) {
        // Default to the dossier's own department: the usual first hand-over.
        const int i = m_department->findData(dossier.departmentCode);
        if (i >= 0)
            m_department->setCurrentIndex(i);
    }
    if (supplement) {
        m_items->setRowCount(0);
        // Every paper of the dossier, from its list: the ones not handed in come ticked with
        // their reason; a paper handed in may be faulty, the clerk ticks it and says why.
        for (const DossierComponent& c : dossier.components)
            addItemRow(c.name, c.provided ? QString() : tr("Not handed in"), !c.provided, false);
        if (m_items->rowCount() == 0)
            addItemRow(QString(), QString(), true, true);
        m_items->setCurrentCell(0, kPaperColumn);
    }
    if (apology) {
        const QDateTime base = qMax(m_context.clock().now(), dossier.appointmentAt);
        // Vietnam wall-clock time whatever the machine's time zone.
        const QDateTime wall = toVietnam(base.addDays(5));
        m_appointment->setDateTime(QDateTime(wall.date(), wall.time()));
    }
    retranslateUi();
    show();
    if (transfer)
        m_department->setFocus();
    else if (supplement)
        m_items->setFocus();
    else if (apology)
        m_appointment->setFocus();
    else
        m_note->setFocus();
}

void DossierActionPanel::cancel()
{
    hide();
    Q_EMIT cancelled();
}

Result<Dossier> DossierActionPanel::run()
{
    m_printed.clear();
    m_printedForm.clear();
    m_printError.clear();
    ProcessingService& p = m_context.processing();
    const QString code = m_dossier.code;
    const QString note = m_note->toPlainText().trimmed();
    switch (m_action) {
    case ProcessingAction::Transfer:
        return p.transfer(m_actor, code, m_department->currentData().toString(), note);
    case ProcessingAction::Receive:
        return p.receive(m_actor, code, note);
    case ProcessingAction::RequestSupplement: {
        const QList<SupplementItem> items = askedItems();
        if (items.isEmpty())
            return Error::badInput(tr("Tick at least one paper that is missing or faulty."));
        for (int r = 0; r < m_items->rowCount(); ++r) {
            const QTableWidgetItem* paper = m_items->item(r, kPaperColumn);
            const QTableWidgetItem* why = m_items->item(r, kReasonColumn);
            if (paper && paper->checkState() == Qt::Checked && (!why || why->text().trimmed().isEmpty())) {
                m_items->setCurrentCell(r, kReasonColumn);
                return Error::badInput(
                    tr("Say why \"%1\" is asked for: type or pick its reason.").arg(paper->text().trimmed()));
            }
        }
        Result<Dossier> requested = p.requestSupplement(m_actor, code, items, note);
        if (!requested)
            return requested;
        // The request to supplement (form 02) is kept with the dossier and handed over.
        Result<QByteArray> pdf = DossierForms(m_context).renderAndKeep(m_actor, code, FormKind::Supplement);
        if (pdf) {
            m_printed = *pdf;
            m_printedForm = QStringLiteral("02");
        } else {
            m_printError = tr("The request is recorded, but form 02 could not be made: %1").arg(pdf.error().message);
        }
        return requested;
    }
    case ProcessingAction::SupplementReceived:
        return p.supplementReceived(m_actor, code, note);
    case ProcessingAction::AwaitingFees:
        return p.awaitFees(m_actor, code, note);
    case ProcessingAction::Complete:
        return p.complete(m_actor, code, note);
    case ProcessingAction::Withdraw:
        return p.withdraw(m_actor, code, note);
    case ProcessingAction::Stop:
        return p.stop(m_actor, code, note);
    case ProcessingAction::BackToCounter:
        return p.backToCounter(m_actor, code, note);
    case ProcessingAction::ReceiveBack:
        return p.receiveBack(m_actor, code, note);
    case ProcessingAction::TakeBack:
        return p.takeBack(m_actor, code, note);
    case ProcessingAction::Apologize: {
        // Records the apology and keeps its letter (form 04) in one transaction.
        Result<QByteArray> pdf = ProcessingForms(m_context).apologize(
            m_actor, code, QDateTime(m_appointment->date(), m_appointment->time(), vietnamZone()).toUTC(), note);
        if (!pdf)
            return pdf.error();
        m_printed = *pdf;
        m_printedForm = QStringLiteral("04");
        return m_context.dossiers().byCode(code);
    }
    case ProcessingAction::Return:
        // The return needs who collected it: the view opens ReturnDialog instead.
        break;
    }
    return Error::internal(tr("This step is recorded in its own dialog."));
}

bool DossierActionPanel::confirm()
{
    if (!isVisible())
        return false;
    Result<Dossier> r = run();
    if (!r) {
        showInlineError(m_error, r.error().message);
        return false;
    }
    hide();
    const QString message =
        tr("%1: done. The dossier is now \"%2\".").arg(processingActionName(m_action), stateName(r->state));
    Q_EMIT completed(*r, message);
    return true;
}

} // namespace motcua
