#include "dossiers/DossierViewDialog.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "dossiers/CenterFileBar.h"
#include "dossiers/DossierActionPanel.h"
#include "dossiers/ResultFileImport.h"
#include "dossiers/ReturnDialog.h"
#include "forms/DossierForms.h"
#include "forms/ProcessingForms.h"
#include "intake/IntakeOutput.h"
#include "scan/AttachmentViewer.h"
#include "scan/FileImporter.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "sync/CenterFileFetch.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
// A file kept at the center (not here yet) carries its SHA-256 here; a stored one its id in Qt::UserRole.
constexpr int kCenterSha = Qt::UserRole + 1;
// The timeline's "Who" column.
constexpr int kTimelineWho = 1;

QString when(const QDateTime& utc)
{
    return utc.isValid() ? toVietnam(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

DossierViewDialog::DossierViewDialog(AppContext& context, const Actor& actor, const QString& code, IntakeOutput* output,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(actor)
    , m_code(code)
    , m_output(output ? output : &IntakeOutput::dialogs())
{
    setObjectName(QStringLiteral("dossier-view"));
    for (const Department& d : m_context.catalogue().departments())
        m_departments.insert(d.id, d.name);
    buildUi();
    reload();
    // Fits a 1366×768 counter screen with the task bar.
    resize(1040, 660);
}

QKeySequence DossierViewDialog::shortcutFor(ProcessingAction action)
{
    // Letters a clerk remembers (T transfer, E take up, B bổ sung, D done, R return...);
    // Ctrl+1 … Ctrl+7 stay with the main window's pages.
    switch (action) {
    case ProcessingAction::Transfer:
        return QKeySequence(Qt::CTRL | Qt::Key_T);
    case ProcessingAction::Receive:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case ProcessingAction::RequestSupplement:
        return QKeySequence(Qt::CTRL | Qt::Key_B);
    case ProcessingAction::SupplementReceived:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    case ProcessingAction::AwaitingFees:
        return QKeySequence(Qt::CTRL | Qt::Key_F);
    case ProcessingAction::Complete:
        return QKeySequence(Qt::CTRL | Qt::Key_D);
    case ProcessingAction::Return:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case ProcessingAction::Withdraw:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    case ProcessingAction::Stop:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case ProcessingAction::BackToCounter:
        return QKeySequence(Qt::CTRL | Qt::Key_K);
    case ProcessingAction::ReceiveBack:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    case ProcessingAction::Apologize:
        return QKeySequence(Qt::CTRL | Qt::Key_L);
    case ProcessingAction::TakeBack:
        // Undo: the key of every editor.
        return QKeySequence(Qt::CTRL | Qt::Key_Z);
    }
    return {};
}

void DossierViewDialog::buildUi()
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("dossier-header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_message = makeInlineError(this, QStringLiteral("dossier-message"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dossier-tabs"));

    // In a scroll area: a dossier with many long catalogue papers must not make the dialog
    // taller than a 768-pixel screen once an action panel opens below the tabs.
    auto* detailsScroll = new QScrollArea(m_tabs);
    detailsScroll->setObjectName(QStringLiteral("details-scroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsWidget = new QWidget(detailsScroll);
    m_details = new QFormLayout(m_detailsWidget);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsScroll->setWidget(m_detailsWidget);
    m_tabs->addTab(detailsScroll, tr("&Details"));

    m_timeline = new QTableWidget(0, 6, m_tabs);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("From"), tr("To"), tr("Note")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    auto* docs = new QWidget(m_tabs);
    m_documents = new QListWidget(docs);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_attachments = new QListWidget(docs);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    // Papers' names are long: wrapped, never cut at the right edge.
    m_attachments->setWordWrap(true);
    m_attachments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attachments->setResizeMode(QListView::Adjust);
    m_open = new QPushButton(tr("&Open in viewer"), docs);
    m_open->setObjectName(QStringLiteral("document-open"));
    // The button opens what is selected: a scanned paper, or else a printed form. Selecting in
    // one list clears the other, so the choice is never ambiguous.
    connect(m_open, &QPushButton::clicked, this, [this] {
        QListWidgetItem* scan = m_attachments->currentItem();
        if (scan && scan->isSelected())
            openAttachment(scan);
        else
            openDocument();
    });
    m_centerFiles = new CenterFileBar(m_context, m_actor, m_code, docs);
    connect(m_centerFiles, &CenterFileBar::fetched, this, &DossierViewDialog::centerFileFetched);
    connect(m_centerFiles, &CenterFileBar::failed, this, [this](const QString& error) { showMessage(error, true); });
    connect(m_attachments, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_attachments->selectedItems().isEmpty())
            m_documents->clearSelection();
        QListWidgetItem* item = m_attachments->currentItem();
        m_centerFiles->setFile(item && item->isSelected() ? item->data(kCenterSha).toString() : QString());
    });
    connect(m_documents, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_documents->selectedItems().isEmpty())
            m_attachments->clearSelection();
    });
    connect(m_documents, &QListWidget::itemActivated, this, &DossierViewDialog::openDocument);
    connect(m_attachments, &QListWidget::itemActivated, this, &DossierViewDialog::openAttachment);
    auto* docsLayout = new QVBoxLayout(docs);
    docsLayout->addWidget(new QLabel(tr("Printed forms:"), docs));
    docsLayout->addWidget(m_documents, 1);
    docsLayout->addWidget(new QLabel(tr("Scanned papers:"), docs));
    docsLayout->addWidget(m_attachments, 1);
    // The result, scanned to a file or received as one, once processing is complete: the
    // service-quality index counts electronic and digitized results (4.1, 4.2).
    m_attachResult = new QPushButton(tr("Attach &result file…"), docs);
    m_attachResult->setObjectName(QStringLiteral("attach-result"));
    m_attachResult->setToolTip(tr("The result's scan or file (PDF or image), once processing is complete"));
    m_attachResult->setAutoDefault(false);
    connect(m_attachResult, &QPushButton::clicked, this, [this] {
        FileChooser& chooser = m_chooser ? *m_chooser : FileChooser::dialogs();
        const QString path = chooser.openFile(this, tr("Result file"), FileImporter::dialogFilter());
        if (!path.isEmpty())
            attachResultFile(path);
    });
    auto* docButtons = new QHBoxLayout;
    docButtons->addWidget(m_open);
    docButtons->addWidget(m_attachResult);
    docButtons->addWidget(m_centerFiles, 1);
    docsLayout->addLayout(docButtons);
    m_tabs->addTab(docs, tr("&Papers and forms"));

    m_actionRow = new QHBoxLayout;
    // The receipt again, straight to the default printer: the applicant lost it, or wants a
    // second copy. The kept one is printed (what is on file); the preview stays on the
    // "Papers and forms" tab.
    m_reprint01 = new QPushButton(this);
    m_reprint01->setObjectName(QStringLiteral("reprint-01"));
    m_reprint01->setText(tr("Reprint receipt (01)"));
    m_reprint01->setShortcut(reprintShortcut());
    m_reprint01->setToolTip(tr("Prints the receipt kept with the dossier straight to the default printer (%1)")
                                .arg(m_reprint01->shortcut().toString(QKeySequence::NativeText)));
    m_reprint01->setAutoDefault(false);
    connect(m_reprint01, &QPushButton::clicked, this, &DossierViewDialog::reprintReceipt);
    m_print04 = new QPushButton(this);
    m_print04->setObjectName(QStringLiteral("print-04"));
    m_print04->setText(tr("Print apology letter (04)"));
    m_print04->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print04->setToolTip(m_print04->shortcut().toString(QKeySequence::NativeText));
    connect(m_print04, &QPushButton::clicked, this, [this] { printForm(QStringLiteral("04")); });
    m_print05 = new QPushButton(this);
    m_print05->setObjectName(QStringLiteral("print-05"));
    m_print05->setText(tr("Print control slip (05)"));
    m_print05->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print05->setToolTip(m_print05->shortcut().toString(QKeySequence::NativeText));
    connect(m_print05, &QPushButton::clicked, this, [this] { printForm(QStringLiteral("05")); });

    m_panel = new DossierActionPanel(m_context, m_actor, this);
    connect(m_panel, &DossierActionPanel::completed, this, [this](const Dossier&, const QString& message) {
        reload();
        showMessage(message, false);
        // The apology letter (form 04) or the request to supplement (form 02) was kept with
        // the dossier: hand it to the applicant.
        if (!m_panel->printError().isEmpty())
            showMessage(m_panel->printError(), true);
        if (!m_panel->printedForm().isEmpty()) {
            fillDocuments();
            QString error;
            if (!m_output->printPdf(this, PrintJob::form(m_panel->printedForm(), m_panel->printedFormNumber(), m_code),
                                    &error) &&
                !error.isEmpty())
                showMessage(error, true);
        }
        // Out of the hidden fields: the next step's shortcut must not land in a text box
        // (Ctrl+D, Ctrl+E, Ctrl+K edit text there).
        m_tabs->setFocus();
        Q_EMIT dossierChanged(m_code);
    });
    connect(m_panel, &DossierActionPanel::cancelled, this, [this] { m_tabs->setFocus(); });

    auto* close = new QDialogButtonBox(QDialogButtonBox::NoButton, this);
    QPushButton* closeButton = close->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("dossier-close"));
    closeButton->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* prints = new QHBoxLayout;
    prints->addWidget(m_reprint01);
    prints->addWidget(m_print04);
    prints->addWidget(m_print05);
    prints->addStretch(1);
    prints->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(m_actionRow);
    layout->addWidget(m_panel);
    layout->addLayout(prints);
}

bool DossierViewDialog::reload()
{
    Result<Dossier> d = m_context.dossiers().byCode(m_code);
    if (!d) {
        showMessage(d.error().message, true);
        return false;
    }
    m_dossier = *d;
    if (!m_readRecorded) {
        // Opening a dossier shows its applicant's personal data: audited once per opening, not
        // at every refresh after an action.
        m_readRecorded = true;
        if (Status s = m_context.dossiers().recordRead(m_actor, m_dossier.code); !s)
            qCWarning(lcUi).noquote() << "the opening of a dossier was not audited:" << s.error().message;
    }
    setWindowTitle(tr("Dossier %1").arg(m_dossier.code));
    const DossierDue due = m_context.processing().due(m_dossier);
    QString standing;
    if (due.clockPaused) {
        standing = tr("clock paused for a supplement");
    } else if (due.open) {
        const double days = due.workingDaySeconds > 0 ? double(due.remainingWorkingSeconds) / due.workingDaySeconds : 0;
        standing =
            due.overdue
                ? tr("<b style=\"color:#b00020\">overdue by %1 working days</b>").arg(QLocale().toString(-days, 'f', 1))
            : due.dueToday ? tr("<b style=\"color:#a05200\">due today</b>")
                           : tr("%1 working days left").arg(QLocale().toString(days, 'f', 1));
    } else if (due.timeliness) {
        standing = timelinessName(*due.timeliness);
    }
    m_header->setText(QStringLiteral("<span style=\"font-size:14pt; font-weight:bold\">%1</span>&nbsp;&nbsp;%2"
                                     "<br>%3 — %4")
                          .arg(m_dossier.code.toHtmlEscaped(), stateName(m_dossier.state).toHtmlEscaped(),
                               m_dossier.applicant.fullName.toHtmlEscaped(), standing));
    fillDetails();
    fillTimeline();
    fillDocuments();
    fillActions();
    return true;
}

void DossierViewDialog::fillDetails()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    auto row = [this](const QString& label, const QString& value) {
        m_details->addRow(label, valueLabel(value, m_detailsWidget));
    };
    const Dossier& d = m_dossier;
    // Where the paper dossier is, from its last hand-over, as the steps offered read it: a
    // hand-over to the counter not yet received (a department handed it or its result back)
    // is on its way, and "Receive back at the counter" is what the counter does next.
    QString where = tr("at the counter");
    if (auto handovers = m_context.processing().handovers(d.code); handovers && !handovers->isEmpty()) {
        const Handover& last = handovers->constLast();
        const QString from = last.fromDepartmentName.isEmpty() ? tr("the counter") : last.fromDepartmentName;
        if (!last.isPending())
            where = last.toDepartmentName.isEmpty() ? tr("at the counter") : last.toDepartmentName;
        else if (last.toDepartmentName.isEmpty())
            where = tr("on its way back to the counter from %1, not yet received there").arg(from);
        else
            where = tr("on its way to %1").arg(last.toDepartmentName);
    }
    row(tr("Applicant:"), d.applicant.fullName);
    row(tr("ID number:"),
        d.applicant.idFromQr ? tr("%1 (read from the ID card's QR)").arg(d.applicant.idNumber) : d.applicant.idNumber);
    row(tr("Phone:"), d.applicant.phone);
    row(tr("Address:"), d.applicant.address);
    row(tr("Procedure:"), d.procedureCode + QStringLiteral(" — ") + d.procedureName);
    row(tr("Channel:"), channelName(d.channel));
    row(tr("Where it is:"), where);
    row(tr("Received:"), tr("%1 by %2").arg(when(d.receivedAt), d.receivedBy));
    row(tr("Appointment:"), when(d.appointmentAt));
    if (d.finishedAt.isValid())
        row(tr("Processing ended:"), when(d.finishedAt));
    if (d.returnedAt.isValid())
        row(tr("Returned:"), when(d.returnedAt));
    row(tr("Sets:"), QString::number(d.sets));
    row(tr("Fees:"), d.totalFees().format());
    QStringList papers;
    for (const DossierComponent& c : d.components)
        papers.append((c.provided ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.name +
                      (c.digitized ? QStringLiteral(" — ") + tr("scanned") : QString()));
    row(tr("Papers:"), papers.join(QLatin1Char('\n')));
    if (!d.summary.isEmpty())
        row(tr("Summary:"), d.summary);
}

QString DossierViewDialog::departmentName(qint64 id) const
{
    return id > 0 ? m_departments.value(id) : QString();
}

void DossierViewDialog::fillTimeline()
{
    m_timeline->setRowCount(0);
    Result<QList<DossierEventRow>> events = m_context.processing().timeline(m_code);
    if (!events) {
        showMessage(events.error().message, true);
        return;
    }
    for (const DossierEventRow& e : *events) {
        const int r = m_timeline->rowCount();
        m_timeline->insertRow(r);
        const QString step =
            e.from && *e.from != e.to ? tr("%1 → %2").arg(stateName(*e.from), stateName(e.to)) : stateName(e.to);
        // People by their full name; the login they used in the tooltip. A step recorded under
        // a user name no local account has (another counter's) shows that name as recorded.
        const QString who = e.fullName.isEmpty() ? e.username : e.fullName;
        const QStringList cells = {
            when(e.at), who, step, departmentName(e.fromDepartment), departmentName(e.toDepartment), e.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == kTimelineWho && !e.fullName.isEmpty()
                                 ? tr("%1 (user name: %2)").arg(e.fullName, e.username)
                                 : cells.at(c));
            m_timeline->setItem(r, c, item);
        }
    }
    m_timeline->resizeColumnsToContents();
    for (int c = 0; c < m_timeline->columnCount() - 1; ++c)
        m_timeline->setColumnWidth(c, qMin(m_timeline->columnWidth(c), 220));
}

void DossierViewDialog::fillDocuments()
{
    m_documents->clear();
    if (auto docs = m_context.dossiers().documents(m_code); docs) {
        for (const DossierDocument& doc : *docs) {
            auto* item = new QListWidgetItem(
                tr("Form %1 — printed %2 by %3").arg(doc.form, when(doc.createdAt), doc.createdBy), m_documents);
            item->setData(Qt::UserRole, doc.form);
        }
    }
    // Scanned papers from the encrypted attachment store; Enter opens one in the viewer.
    m_attachments->clear();
    if (auto scans = m_context.attachments().list(m_code); scans) {
        for (const AttachmentInfo& a : *scans) {
            auto* item = new QListWidgetItem(tr("%1 — %2 (%n page(s)), added %3 by %4", nullptr, a.pageCount)
                                                 .arg(a.paperName, a.fileName, when(a.addedAt), a.addedBy),
                                             m_attachments);
            item->setData(Qt::UserRole, a.id);
        }
    } else {
        showMessage(scans.error().message, true);
    }
    // Files of a dossier received elsewhere that are kept at the center: fetched on demand.
    if (auto waiting = CenterFileFetch::waiting(m_context, m_code); waiting) {
        for (const CenterFileRow& f : *waiting) {
            auto* item = new QListWidgetItem(tr("%1 (%2) — kept at the center, not on this workstation yet")
                                                 .arg(f.fileName, QLocale().formattedDataSize(f.size)),
                                             m_attachments);
            item->setData(Qt::UserRole, qint64(0));
            item->setData(kCenterSha, f.sha256);
            item->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
        }
    }
    m_open->setEnabled(m_documents->count() > 0 || m_attachments->count() > 0);
    m_attachResult->setEnabled(m_dossier.state == DossierState::Done || m_dossier.state == DossierState::Returned);
}

void DossierViewDialog::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser;
}

bool DossierViewDialog::attachResultFile(const QString& path)
{
    auto added = motcua::attachResultFile(m_context, m_actor, m_code, path);
    if (!added) {
        showMessage(added.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Result file %1 attached.").arg(added->fileName), false);
    Q_EMIT dossierChanged(m_code);
    return true;
}

void DossierViewDialog::fillActions()
{
    // Hidden at once so their shortcuts die with them; deleted later because this may run
    // inside one of their own clicked() handlers.
    for (QPushButton* b : std::as_const(m_actionButtons)) {
        b->hide();
        b->setShortcut(QKeySequence());
        b->deleteLater();
    }
    m_actionButtons.clear();
    while (m_actionRow->count() > 0)
        delete m_actionRow->takeAt(0);
    const QList<ProcessingAction> allowed = m_context.processing().allowedActions(m_dossier, m_actor);
    for (ProcessingAction a : allowed) {
        auto* b = new QPushButton(processingActionName(a), this);
        b->setObjectName(QStringLiteral("action-") + processingActionKey(a));
        b->setShortcut(shortcutFor(a));
        b->setToolTip(tr("%1 (%2)").arg(processingActionName(a), b->shortcut().toString(QKeySequence::NativeText)));
        if (a == ProcessingAction::TakeBack) {
            const QDateTime until = m_context.processing().takeBackDeadline(m_dossier);
            b->setToolTip(tr("%1 (%2), possible until %3")
                              .arg(processingActionName(a), b->shortcut().toString(QKeySequence::NativeText),
                                   toVietnam(until).toString(QStringLiteral("HH:mm"))));
        }
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, a] { startAction(a); });
        m_actionRow->addWidget(b);
        // A layout shows new children only on the next event loop pass; the shortcut must
        // work at once (the clerk's next key).
        b->show();
        m_actionButtons.insert(a, b);
    }
    if (allowed.isEmpty()) {
        auto* none = new QLabel(tr("No processing step is open to you for this dossier."), this);
        none->setObjectName(QStringLiteral("no-actions"));
        m_actionRow->addWidget(none);
    }
    m_actionRow->addStretch(1);
    // A dossier sent back or refused at intake has no receipt.
    m_reprint01->setEnabled(!m_context.dossiers().intakeDecision(m_code).ok());
    // Form 04 is for a late dossier; form 05 follows every dossier.
    const DossierDue due = m_context.processing().due(m_dossier);
    m_print04->setEnabled(due.overdue || (due.timeliness && *due.timeliness == Timeliness::Late) ||
                          allowed.contains(ProcessingAction::Apologize));
}

void DossierViewDialog::startAction(ProcessingAction action)
{
    m_message->hide();
    if (Status s = m_context.processing().check(m_dossier, m_actor, action); !s) {
        showMessage(s.error().message, true);
        return;
    }
    if (action == ProcessingAction::Return) {
        m_panel->hide();
        ReturnDialog dialog(m_context, m_actor, m_dossier, this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            showMessage(tr("The result was handed to %1.").arg(dialog.record().collectorName), false);
            Q_EMIT dossierChanged(m_code);
        }
        return;
    }
    m_panel->start(action, m_dossier);
}

void DossierViewDialog::printForm(const QString& number)
{
    m_message->hide();
    Result<QByteArray> pdf = ProcessingForms(m_context).renderAndKeep(m_actor, m_code, number);
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return;
    }
    fillDocuments();
    QString error;
    if (!m_output->printPdf(this, PrintJob::form(*pdf, number, m_code), &error) && !error.isEmpty())
        showMessage(error, true);
}

QKeySequence DossierViewDialog::reprintShortcut()
{
    // G for "giấy tiếp nhận" (the receipt); Ctrl+P is the control slip's here.
    return QKeySequence(Qt::CTRL | Qt::Key_G);
}

void DossierViewDialog::reprintReceipt()
{
    m_message->hide();
    // The receipt on file; a dossier from before receipts were kept gets one made and kept.
    QByteArray pdf;
    if (Result<DossierDocument> kept = m_context.dossiers().document(m_code, QStringLiteral("01")); kept) {
        pdf = kept->pdf;
    } else {
        Result<QByteArray> made = DossierForms(m_context).renderAndKeep(m_actor, m_code, FormKind::Receipt);
        if (!made) {
            showMessage(made.error().message, true);
            return;
        }
        pdf = *made;
        fillDocuments();
    }
    QString error;
    if (m_output->printNow(this, PrintJob::form(pdf, QStringLiteral("01"), m_code), &error))
        showMessage(tr("The receipt (form 01) of %1 was sent to the printer.").arg(m_code), false);
    else if (!error.isEmpty())
        showMessage(error, true);
}

void DossierViewDialog::openDocument()
{
    QListWidgetItem* item = m_documents->currentItem();
    if (!item && m_documents->count() > 0)
        item = m_documents->item(m_documents->count() - 1);
    if (!item)
        return;
    const QString form = item->data(Qt::UserRole).toString();
    Result<DossierDocument> doc = m_context.dossiers().document(m_code, form);
    if (!doc) {
        showMessage(doc.error().message, true);
        return;
    }
    QString error;
    if (!m_output->printPdf(this, PrintJob::form(doc->pdf, form, m_code), &error) && !error.isEmpty())
        showMessage(error, true);
}

void DossierViewDialog::openAttachment(QListWidgetItem* item)
{
    if (!item)
        return;
    // At the center only: fetched first, then opened.
    if (const QString sha = item->data(kCenterSha).toString(); !sha.isEmpty()) {
        m_centerFiles->fetch(sha, true);
        return;
    }
    // Decrypted and checked on every read: a changed file is an integrity error, never shown.
    Result<QByteArray> pdf = m_context.attachments().read(item->data(Qt::UserRole).toLongLong());
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return;
    }
    if (!AttachmentViewer::openInDialog(this, item->text(), *pdf))
        showMessage(tr("This scan is not a readable PDF."), true);
}

void DossierViewDialog::centerFileFetched(qint64 attachmentId, bool open)
{
    fillDocuments();
    for (int i = 0; i < m_attachments->count(); ++i) {
        QListWidgetItem* item = m_attachments->item(i);
        if (item->data(Qt::UserRole).toLongLong() == attachmentId) {
            m_attachments->setCurrentItem(item);
            showMessage(tr("The file was fetched from the center and is stored on this workstation."), false);
            if (open)
                openAttachment(item);
            return;
        }
    }
}

void DossierViewDialog::showMessage(const QString& text, bool error)
{
    if (error)
        showInlineError(m_message, text);
    else
        showInlineInfo(m_message, text);
}

} // namespace motcua
