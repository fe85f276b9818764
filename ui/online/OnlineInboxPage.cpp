#include "online/OnlineInboxPage.h"

#include "InlineMessage.h"
#include "core/Clock.h"
#include "dossiers/CenterFileBar.h"
#include "forms/DossierForms.h"
#include "intake/IntakeOutput.h"
#include "pages/PageHeader.h"
#include "scan/AttachmentViewer.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"
#include "sync/CenterFileFetch.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua {

namespace {

enum Column { ColReference, ColApplicant, ColProcedure, ColArrived, ColDeadline, ColumnCount };

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

// Form 02 or 03: the papers to ask for (form 02) and the reason, required.
class DecisionDialog : public QDialog
{
public:
    DecisionDialog(const QString& title, const QStringList& papers, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(papers.isEmpty() ? QStringLiteral("online-refuse-dialog")
                                       : QStringLiteral("online-supplement-dialog"));
        setWindowTitle(title);
        auto* layout = new QVBoxLayout(this);
        if (!papers.isEmpty()) {
            layout->addWidget(
                new QLabel(QCoreApplication::translate("motcua::OnlineInboxPage", "Papers to add or complete:"), this));
            m_papers = new QListWidget(this);
            m_papers->setObjectName(QStringLiteral("decision-papers"));
            m_papers->setWordWrap(true);
            m_papers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            m_papers->setResizeMode(QListView::Adjust);
            for (const QString& p : papers) {
                auto* item = new QListWidgetItem(p, m_papers);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            layout->addWidget(m_papers);
        }
        layout->addWidget(new QLabel(
            papers.isEmpty()
                ? QCoreApplication::translate("motcua::OnlineInboxPage", "Reason for the refusal (printed on form 03):")
                : QCoreApplication::translate("motcua::OnlineInboxPage", "Why (printed on form 02):"),
            this));
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("decision-reason"));
        m_reason->setTabChangesFocus(true);
        layout->addWidget(m_reason);
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("decision-error"));
        m_error->hide();
        layout->addWidget(m_error);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)
            ->setText(QCoreApplication::translate("motcua::OnlineInboxPage", "Record"));
        buttons->button(QDialogButtonBox::Cancel)
            ->setText(QCoreApplication::translate("motcua::OnlineInboxPage", "Cancel"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_papers && chosen().isEmpty())
                return showInlineError(
                    m_error, QCoreApplication::translate("motcua::OnlineInboxPage", "Tick at least one paper."));
            if (reason().isEmpty())
                return showInlineError(
                    m_error, QCoreApplication::translate("motcua::OnlineInboxPage", "The reason is required."));
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        resize(560, papers.isEmpty() ? 260 : 420);
    }

    QStringList chosen() const
    {
        QStringList out;
        for (int i = 0; m_papers && i < m_papers->count(); ++i) {
            if (m_papers->item(i)->checkState() == Qt::Checked)
                out.append(m_papers->item(i)->text());
        }
        return out;
    }
    QString reason() const { return m_reason->toPlainText().trimmed(); }

private:
    QListWidget* m_papers = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace

OnlineInboxPage::OnlineInboxPage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_output(&IntakeOutput::dialogs())
{
    buildUi();
    retranslateUi();
    m_lateTimer = new QTimer(this);
    m_lateTimer->setObjectName(QStringLiteral("online-late-timer"));
    m_lateTimer->setSingleShot(true);
    // Precise: a coarse timer may fire (and report its remaining time) up to 5 % late.
    m_lateTimer->setTimerType(Qt::PreciseTimer);
    connect(m_lateTimer, &QTimer::timeout, this, [this] {
        if (m_loaded)
            refresh();
    });
    // A submission the feed brings, or one another counter decided, shows without F5.
    connect(&m_context.changes(), &ChangeNotifier::dossiersChanged, this, [this] {
        if (m_loaded)
            refresh();
    });
}

void OnlineInboxPage::setOutput(IntakeOutput* output)
{
    m_output = output;
}

void OnlineInboxPage::setCenterFileFetcher(std::function<Status(qint64)> fetch)
{
    m_fetch = std::move(fetch);
}

void OnlineInboxPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = makePageTitle(this);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, left);
    m_table->setObjectName(QStringLiteral("online-table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColApplicant, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColProcedure, QHeaderView::Stretch);
    for (int c : {ColReference, ColArrived, ColDeadline})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_table, 1);
    m_count = new QLabel(left);
    leftLayout->addWidget(m_count);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_applicantTitle = new QLabel(right);
    m_applicantTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    rightLayout->addWidget(m_applicantTitle);
    m_applicant = new QLabel(right);
    m_applicant->setObjectName(QStringLiteral("online-applicant"));
    m_applicant->setWordWrap(true);
    m_applicant->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_applicant);
    m_papersTitle = new QLabel(right);
    m_papersTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    rightLayout->addWidget(m_papersTitle);
    m_papers = new QListWidget(right);
    m_papers->setObjectName(QStringLiteral("online-papers"));
    // Paper names are long sentences: wrapped, never cut at the right edge.
    m_papers->setWordWrap(true);
    m_papers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_papers->setResizeMode(QListView::Adjust);
    rightLayout->addWidget(m_papers, 2);
    m_filesTitle = new QLabel(right);
    m_filesTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    rightLayout->addWidget(m_filesTitle);
    m_files = new QListWidget(right);
    m_files->setObjectName(QStringLiteral("online-files"));
    rightLayout->addWidget(m_files, 1);
    auto* fileRow = new QHBoxLayout;
    m_fileState = new QLabel(right);
    m_fileState->setObjectName(QStringLiteral("online-file-state"));
    m_open = new QPushButton(right);
    m_open->setObjectName(QStringLiteral("online-open-file"));
    m_download = new QPushButton(right);
    m_download->setObjectName(QStringLiteral("online-download"));
    fileRow->addWidget(m_fileState, 1);
    fileRow->addWidget(m_open);
    fileRow->addWidget(m_download);
    rightLayout->addLayout(fileRow);
    m_centerFile = new CenterFileBar(m_context, m_actor, QString(), right);
    m_centerFile->setObjectName(QStringLiteral("online-center-file"));
    rightLayout->addWidget(m_centerFile);
    // A message of an earlier attempt goes when a download starts.
    connect(m_centerFile, &CenterFileBar::started, this, [this] { m_message->hide(); });
    connect(m_centerFile, &CenterFileBar::fetched, this, [this](qint64 id, bool open) {
        showDetails();
        for (int i = 0; i < m_files->count(); ++i) {
            if (m_files->item(i)->data(Qt::UserRole).toLongLong() == id)
                m_files->setCurrentRow(i);
        }
        showMessage(tr("The file was downloaded from the center and is kept here, encrypted."), false);
        if (open)
            openCurrentFile();
    });
    connect(m_centerFile, &CenterFileBar::failed, this, [this](const QString& message) {
        showMessage(tr("The file could not be downloaded from the center: %1").arg(message), true);
    });
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("online-message"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("online-accept"));
    m_accept->setDefault(true);
    m_supplement = new QPushButton(this);
    m_supplement->setObjectName(QStringLiteral("online-supplement"));
    m_refuse = new QPushButton(this);
    m_refuse->setObjectName(QStringLiteral("online-refuse"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("online-print"));
    m_print->setEnabled(false);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_supplement);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OnlineInboxPage::showDetails);
    connect(m_files, &QListWidget::currentRowChanged, this, &OnlineInboxPage::updateFileButtons);
    connect(m_files, &QListWidget::itemActivated, this, &OnlineInboxPage::openCurrentFile);
    connect(m_open, &QPushButton::clicked, this, &OnlineInboxPage::openCurrentFile);
    connect(m_download, &QPushButton::clicked, this, &OnlineInboxPage::requestFileFromCenter);
    connect(m_accept, &QPushButton::clicked, this, &OnlineInboxPage::acceptCurrent);
    connect(m_supplement, &QPushButton::clicked, this, &OnlineInboxPage::requestSupplementCurrent);
    connect(m_refuse, &QPushButton::clicked, this, &OnlineInboxPage::refuseCurrent);
    connect(m_print, &QPushButton::clicked, this, &OnlineInboxPage::printReceipt);
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { acceptCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { requestSupplementCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { refuseCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printReceipt(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
}

void OnlineInboxPage::retranslateUi()
{
    m_title->setText(tr("Online inbox"));
    m_intro->setText(tr("Dossiers submitted online wait here until a clerk accepts, refuses or asks for a "
                        "supplement, within %n working hour(s) of their submission. Late ones come first, in red.",
                        nullptr, m_context.onlineInbox().acceptHours()));
    m_table->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Applicant"), tr("Procedure"), tr("Arrived"), tr("Acceptance deadline")});
    m_applicantTitle->setText(tr("Applicant"));
    m_papersTitle->setText(tr("Declared papers (tick those found complete)"));
    m_filesTitle->setText(tr("Submitted files"));
    m_open->setText(tr("Open"));
    m_download->setText(tr("Download"));
    m_accept->setText(tr("Accept (Ctrl+Enter)"));
    m_supplement->setText(tr("Request supplement (Ctrl+B)"));
    m_refuse->setText(tr("Refuse (Ctrl+T)"));
    m_print->setText(tr("Print receipt (Ctrl+P)"));
    updateFileButtons();
}

void OnlineInboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void OnlineInboxPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString OnlineInboxPage::currentReference() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, ColReference) || m_table->selectedItems().isEmpty())
        return {};
    return m_table->item(row, ColReference)->text();
}

bool OnlineInboxPage::select(const QString& reference)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ColReference)->text() == reference) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void OnlineInboxPage::refresh()
{
    m_loaded = true;
    const QString keep = currentReference();
    auto rows = m_context.onlineInbox().waiting();
    if (!rows) {
        showMessage(rows.error().message, true);
        return;
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(rows->size()));
    int late = 0;
    QDateTime next; // the earliest deadline still to come
    for (int r = 0; r < rows->size(); ++r) {
        const OnlineWaiting& w = rows->at(r);
        if (!w.late && w.deadline.isValid() && (!next.isValid() || w.deadline < next))
            next = w.deadline;
        const QString deadline = w.late ? tr("%1 — late").arg(shortTime(w.deadline)) : shortTime(w.deadline);
        const QStringList cells = {w.onlineRef, w.applicantName, w.procedureName, shortTime(w.submittedAt), deadline};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (w.late)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            if (c == ColProcedure)
                item->setToolTip(w.procedureName);
            m_table->setItem(r, c, item);
        }
        late += w.late ? 1 : 0;
    }
    m_lateTimer->stop();
    if (next.isValid()) {
        // A second after the deadline; at most an hour ahead, so a changed clock is caught up.
        const qint64 ms = m_context.clock().now().msecsTo(next) + 1000;
        m_lateTimer->start(static_cast<int>(std::clamp<qint64>(ms, 1000, 3600 * 1000)));
    }
    m_count->setText(tr("%n dossier(s) waiting", nullptr, static_cast<int>(rows->size())) +
                     (late ? tr(", %n late", nullptr, late) : QString()));
    if (keep.isEmpty() || !select(keep)) {
        if (m_table->rowCount() > 0)
            m_table->selectRow(0);
    }
    showDetails();
}

void OnlineInboxPage::showDetails()
{
    m_papers->clear();
    m_files->clear();
    const QString ref = currentReference();
    const bool any = !ref.isEmpty();
    m_accept->setEnabled(any);
    m_supplement->setEnabled(any);
    m_refuse->setEnabled(any);
    if (!any) {
        m_applicant->setText(tr("No dossier selected."));
        updateFileButtons();
        return;
    }
    auto d = m_context.onlineInbox().waitingDossier(ref);
    if (!d) {
        m_applicant->setText(d.error().message);
        updateFileButtons();
        return;
    }
    m_centerFile->setDossier(d->code);
    // Opening a dossier's personal data is audited, as in the dossier view.
    if (m_lastRead != d->code) {
        m_lastRead = d->code;
        if (Status s = m_context.dossiers().recordRead(m_actor, d->code); !s)
            showMessage(s.error().message, true);
    }
    const Applicant& a = d->applicant;
    QStringList lines = {QStringLiteral("<b>%1</b>").arg(a.fullName.toHtmlEscaped()),
                         tr("ID number: %1").arg(a.idNumber.toHtmlEscaped())};
    if (!a.address.isEmpty())
        lines.append(tr("Address: %1").arg(a.address.toHtmlEscaped()));
    if (!a.phone.isEmpty())
        lines.append(tr("Phone: %1").arg(a.phone.toHtmlEscaped()));
    if (!a.email.isEmpty())
        lines.append(tr("E-mail: %1").arg(a.email.toHtmlEscaped()));
    lines.append(tr("Procedure: %1").arg(d->procedureName.toHtmlEscaped()));
    m_applicant->setText(lines.join(QStringLiteral("<br>")));
    for (const DossierComponent& c : d->components) {
        auto* item = new QListWidgetItem(c.name, m_papers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.provided ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(c.name);
    }
    auto files = m_context.attachments().list(d->code);
    if (files) {
        for (const AttachmentInfo& f : *files) {
            const bool here = m_context.attachments().isStoredHere(f.sha256);
            auto* item =
                new QListWidgetItem(here ? f.fileName : tr("%1 — the file is at the center").arg(f.fileName), m_files);
            item->setData(Qt::UserRole, f.id);
            item->setData(Qt::UserRole + 1, here);
            item->setToolTip(f.paperName);
        }
    }
    // Files the center keeps for this dossier (a submission's files, pulled with it): listed,
    // fetched on demand.
    if (auto waiting = CenterFileFetch::waiting(m_context, d->code)) {
        for (const CenterFileRow& f : *waiting) {
            auto* item = new QListWidgetItem(tr("%1 — the file is at the center").arg(f.fileName), m_files);
            item->setData(Qt::UserRole, qint64(0));
            item->setData(Qt::UserRole + 1, false);
            item->setData(Qt::UserRole + 2, f.sha256);
        }
    }
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    updateFileButtons();
}

void OnlineInboxPage::updateFileButtons()
{
    QListWidgetItem* item = m_files->currentItem();
    const bool here = item && item->data(Qt::UserRole + 1).toBool();
    const QString sha = item ? item->data(Qt::UserRole + 2).toString() : QString();
    // A file the center's feed lists: the bar fetches it and can open it after.
    m_open->setEnabled(here || !sha.isEmpty());
    m_download->setVisible(item && !here && sha.isEmpty());
    m_centerFile->setFile(sha);
    m_fileState->setText(item && !here ? tr("The file is at the center") : QString());
}

void OnlineInboxPage::openCurrentFile()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item)
        return;
    if (!item->data(Qt::UserRole + 1).toBool()) {
        const QString sha = item->data(Qt::UserRole + 2).toString();
        if (!sha.isEmpty()) {
            m_centerFile->fetch(sha, true);
            return;
        }
        showMessage(tr("The file is at the center: download it first."), true);
        return;
    }
    Result<QByteArray> pdf = m_context.attachments().read(item->data(Qt::UserRole).toLongLong());
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return;
    }
    if (!AttachmentViewer::openInDialog(this, item->text(), *pdf))
        showMessage(tr("This scan is not a readable PDF."), true);
}

void OnlineInboxPage::requestFileFromCenter()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item)
        return;
    const QString sha = item->data(Qt::UserRole + 2).toString();
    if (!sha.isEmpty()) {
        m_centerFile->fetch(sha, false);
        return;
    }
    if (!m_fetch) {
        showMessage(tr("This workstation cannot download files from the center yet."), true);
        return;
    }
    if (Status s = m_fetch(item->data(Qt::UserRole).toLongLong()); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showDetails();
}

bool OnlineInboxPage::keepAndPrint(const QString& code, FormKind kind, bool print)
{
    Result<QByteArray> pdf = DossierForms(m_context).renderAndKeep(m_actor, code, kind);
    if (!pdf) {
        showMessage(pdf.error().message, true);
        return false;
    }
    if (!print)
        return true;
    QString error;
    if (!m_output->printPdf(this, PrintJob::form(*pdf, formNumber(kind), code), &error) && !error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    return true;
}

bool OnlineInboxPage::acceptCurrent()
{
    const QString ref = currentReference();
    if (ref.isEmpty())
        return false;
    QList<bool> ticks;
    for (int i = 0; i < m_papers->count(); ++i)
        ticks.append(m_papers->item(i)->checkState() == Qt::Checked);
    auto accepted = m_context.onlineInbox().accept(m_actor, ref, ticks);
    if (!accepted) {
        showMessage(accepted.error().message, true);
        return false;
    }
    m_lastAccepted = accepted->code;
    // The receipt is made and kept with the dossier now; it is printed on request.
    if (!keepAndPrint(accepted->code, FormKind::Receipt, false))
        return true;
    m_print->setEnabled(true);
    showMessage(tr("Accepted %1 as dossier %2, appointment %3. Print the receipt with Ctrl+P.")
                    .arg(ref, accepted->code, shortTime(accepted->appointmentAt)),
                false);
    refresh();
    return true;
}

bool OnlineInboxPage::printReceipt()
{
    if (m_lastAccepted.isEmpty())
        return false;
    Result<DossierDocument> doc = m_context.dossiers().document(m_lastAccepted, formNumber(FormKind::Receipt));
    if (!doc) {
        showMessage(doc.error().message, true);
        return false;
    }
    QString error;
    if (!m_output->printPdf(this, PrintJob::form(doc->pdf, formNumber(FormKind::Receipt), m_lastAccepted), &error)) {
        if (!error.isEmpty())
            showMessage(error, true);
        return false;
    }
    return true;
}

bool OnlineInboxPage::requestSupplementCurrent()
{
    if (currentReference().isEmpty())
        return false;
    QStringList names;
    for (int i = 0; i < m_papers->count(); ++i)
        names.append(m_papers->item(i)->text());
    DecisionDialog dialog(tr("Request a supplement (form 02)"), names, this);
    // Papers not ticked as complete are proposed.
    for (int i = 0; i < m_papers->count(); ++i) {
        if (m_papers->item(i)->checkState() != Qt::Checked)
            dialog.findChild<QListWidget*>()->item(i)->setCheckState(Qt::Checked);
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QList<SupplementItem> items;
    for (const QString& name : dialog.chosen())
        items.append({name, dialog.reason()});
    return requestSupplement(items);
}

bool OnlineInboxPage::requestSupplement(const QList<SupplementItem>& items)
{
    const QString ref = currentReference();
    if (ref.isEmpty())
        return false;
    auto decided = m_context.onlineInbox().requestSupplement(m_actor, ref, items);
    if (!decided) {
        showMessage(decided.error().message, true);
        return false;
    }
    keepAndPrint(decided->code, FormKind::Supplement, true);
    showMessage(tr("A supplement was requested for %1 (form 02).").arg(ref), false);
    refresh();
    return true;
}

bool OnlineInboxPage::refuseCurrent()
{
    if (currentReference().isEmpty())
        return false;
    DecisionDialog dialog(tr("Refuse the dossier (form 03)"), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return refuse(dialog.reason());
}

bool OnlineInboxPage::refuse(const QString& reason)
{
    const QString ref = currentReference();
    if (ref.isEmpty())
        return false;
    auto decided = m_context.onlineInbox().refuse(m_actor, ref, reason);
    if (!decided) {
        showMessage(decided.error().message, true);
        return false;
    }
    keepAndPrint(decided->code, FormKind::Refusal, true);
    showMessage(tr("%1 was refused (form 03).").arg(ref), false);
    refresh();
    return true;
}

void OnlineInboxPage::showMessage(const QString& text, bool error)
{
    if (error)
        showInlineError(m_message, text);
    else
        showInlineInfo(m_message, text);
}

} // namespace motcua
