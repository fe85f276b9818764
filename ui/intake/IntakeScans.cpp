#include "intake/IntakeScans.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Logging.h"
#include "scan/AttachmentViewer.h"
#include "scan/PageStripModel.h"
#include "scan/ScannerBackend.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace motcua {

namespace {
// Rows of the list: a pending scan (index into m_pending) or a stored attachment (its id).
constexpr int kPendingRole = Qt::UserRole + 1;
constexpr int kAttachmentRole = Qt::UserRole + 2;
constexpr int kFailedRole = Qt::UserRole + 3; // index into m_failed
} // namespace

IntakeScans::IntakeScans(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_chooser(&FileChooser::dialogs())
{
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("intake-scans"));
    m_list->setMaximumHeight(84);
    // Papers' names are long: wrapped, so the pages and size stay in sight.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_title->setBuddy(m_list);
    m_scan = new QPushButton(this);
    m_scan->setObjectName(QStringLiteral("intake-scan"));
    m_view = new QPushButton(this);
    m_view->setObjectName(QStringLiteral("intake-scan-view"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("intake-scan-remove"));
    m_message = makeInlineError(this, QStringLiteral("intake-scan-message"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("intake-scan-retry"));
    m_retry->hide();

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_scan);
    buttons->addWidget(m_view);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(messageRow);

    connect(m_scan, &QPushButton::clicked, this, &IntakeScans::openScanner);
    connect(m_view, &QPushButton::clicked, this, &IntakeScans::viewSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this] { viewSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        if (!item || !item->data(kPendingRole).isValid())
            return;
        const PendingScan removed = m_pending.takeAt(item->data(kPendingRole).toInt());
        // Its file is left to the store's sweep once no row names it.
        if (removed.keptId != 0) {
            if (Status s = m_context.attachments().discardKept(removed.keptId); !s)
                qCWarning(lcUi) << "kept scan not discarded:" << s.error().message;
        }
        refreshList();
        Q_EMIT pendingChanged();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { (void)retryFailed(); }); // the message tells
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        m_view->setEnabled(item != nullptr);
        m_remove->setEnabled(item && item->data(kPendingRole).isValid());
    });
    retranslateUi();
    refreshList();
}

IntakeScans::~IntakeScans() = default;

void IntakeScans::setScannerBackend(ScannerBackend* backend)
{
    m_backend = backend;
}

void IntakeScans::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser ? chooser : &FileChooser::dialogs();
    if (m_panel)
        m_panel->setFileChooser(m_chooser);
}

void IntakeScans::setComponents(const QList<Component>& components)
{
    m_papers.clear();
    for (const Component& c : components)
        m_papers.append(ScanTarget{c.id, c.name});
    m_papers.append(ScanTarget{0, AttachmentService::otherPapersName()});
    if (m_panel)
        m_panel->setTargets(m_papers);
}

void IntakeScans::setCurrentPaper(qint64 componentId)
{
    m_currentPaper = componentId;
    if (m_panel)
        m_panel->setCurrentTarget(componentId);
}

QString IntakeScans::refusal() const
{
    const FreeSpace space = m_context.attachments().freeSpace();
    return space.state == FreeSpace::Refuse ? space.message() : QString();
}

ScanPanel* IntakeScans::scanPanel() const
{
    return m_panel;
}

bool IntakeScans::openScanner()
{
    // Refused before anything is scanned: a clerk must not scan ten pages to learn they
    // cannot be kept.
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        showInlineError(m_message, tr("New scans are refused: %1").arg(refused));
        return false;
    }
    m_message->hide();
    beginNextDossier();
    if (!m_scanDialog) {
        if (!m_backend) {
            m_ownBackend = ScannerBackend::createDefault();
            m_backend = m_ownBackend.get();
        }
        m_scanDialog = new QDialog(this);
        m_scanDialog->setObjectName(QStringLiteral("scan-dialog"));
        m_panel = new ScanPanel(*m_backend, m_scanDialog);
        m_panel->setFileChooser(m_chooser);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, m_scanDialog);
        auto* layout = new QVBoxLayout(m_scanDialog);
        layout->addWidget(m_panel, 1);
        layout->addWidget(close);
        connect(close, &QDialogButtonBox::rejected, m_scanDialog, &QDialog::reject);
        m_scanDialog->resize(1000, 480);
        m_panel->setAttachHandler([this](const ScanTarget& target, const QByteArray& pdf, int pages) -> Status {
            addPending(PendingScan{target.key, target.name, pdf, pages});
            return {};
        });
        m_panel->refreshDevices();
    }
    m_scanDialog->setWindowTitle(tr("Scan papers"));
    // Named here: Qt's own translation of the standard button is not installed everywhere.
    if (auto* box = m_scanDialog->findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_panel->setTargets(m_papers);
    m_panel->setCurrentTarget(m_currentPaper);
    const FreeSpace space = m_context.attachments().freeSpace();
    m_panel->setWarning(space.state == FreeSpace::Low ? space.message() : QString());
    m_panel->setRefusal(QString());
    m_scanDialog->open();
    return true;
}

void IntakeScans::addPending(const PendingScan& scanIn)
{
    beginNextDossier();
    PendingScan scan = scanIn;
    if (scan.keptId == 0) {
        auto kept =
            m_context.attachments().keepScan(m_actor, scan.componentId, scan.paperName, scan.pdf, scan.pageCount);
        if (kept) {
            scan.keptId = kept->id;
        } else {
            qCWarning(lcUi) << "scan not kept with the draft:" << kept.error().message;
            showInlineError(m_message, tr("This scan waits in memory only, since it could not be kept with the "
                                          "unfinished dossier: %1 Receive the dossier before closing the app.")
                                           .arg(kept.error().message));
        }
    }
    m_pending.append(scan);
    refreshList();
    m_list->setCurrentRow(static_cast<int>(m_pending.size()) - 1);
    Q_EMIT pendingChanged();
}

void IntakeScans::clearPending()
{
    if (m_pending.isEmpty())
        return;
    // The kept rows go with the draft (IntakeAssistant::discardDraft); in case the draft is
    // kept for another reason, they go here too.
    for (const PendingScan& scan : std::as_const(m_pending)) {
        if (scan.keptId != 0) {
            if (Status s = m_context.attachments().discardKept(scan.keptId); !s)
                qCWarning(lcUi) << "kept scan not discarded:" << s.error().message;
        }
    }
    m_pending.clear();
    refreshList();
    Q_EMIT pendingChanged();
}

Status IntakeScans::restoreKept()
{
    AttachmentService& attachments = m_context.attachments();
    auto kept = attachments.keptScans(m_actor.username);
    if (!kept) {
        showInlineError(m_message, kept.error().message);
        return kept.error();
    }
    Status result;
    m_pending.clear();
    m_failed.clear();
    for (const KeptScan& k : *kept) {
        auto pdf = attachments.readKept(k.id);
        if (!pdf) {
            // Left in the store: a later login with the key (or `store verify`) can tell more.
            qCWarning(lcUi) << "kept scan" << k.id << "not read:" << pdf.error().message;
            result = Error{pdf.error().code,
                           tr("A scan kept with the unfinished work could not be read: %1").arg(pdf.error().message)};
            continue;
        }
        PendingScan scan{k.componentId, k.paperName, *pdf, k.pageCount, k.id, k.dossierCode};
        if (k.dossierCode.isEmpty())
            m_pending.append(scan);
        else
            m_failed.append(scan);
    }
    refreshList();
    if (!m_failed.isEmpty()) {
        QStringList codes;
        for (const PendingScan& f : std::as_const(m_failed)) {
            if (!codes.contains(f.dossierCode))
                codes.append(f.dossierCode);
        }
        showFailure(
            tr("%n scan(s) of dossier %1 are kept but not attached yet.", nullptr, static_cast<int>(m_failed.size()))
                .arg(codes.join(QStringLiteral(", "))));
    } else if (!result) {
        showInlineError(m_message, result.error().message);
    }
    if (!m_pending.isEmpty())
        Q_EMIT pendingChanged();
    return result;
}

Status IntakeScans::attachOne(const PendingScan& scan, const QString& dossierCode)
{
    const QString fileName = QStringLiteral("%1-%2.pdf").arg(dossierCode).arg(scan.componentId);
    auto added = m_context.attachments().attachScan(m_actor, dossierCode, scan.componentId, fileName, scan.pdf,
                                                    scan.pageCount, scan.keptId);
    if (!added)
        return added.error();
    return {};
}

void IntakeScans::showFailure(const QString& message)
{
    showInlineError(m_message, message + QLatin1Char(' ') +
                                   tr("Nothing is lost: the scans are kept encrypted. Press Retry once the "
                                      "cause is fixed."));
    m_retry->show();
}

Status IntakeScans::attachPending(const Dossier& dossier)
{
    m_dossierCode = dossier.code;
    m_justRecorded = true;
    Status result;
    if (!m_pending.isEmpty()) {
        while (!m_pending.isEmpty()) {
            if (Status s = attachOne(m_pending.first(), dossier.code); !s) {
                result =
                    Error{s.error().code, tr("The scans of dossier %1 were not all attached (they are kept here): %2")
                                              .arg(dossier.code, s.error().message)};
                break;
            }
            m_pending.removeFirst();
        }
        // The ones left belong to the recorded dossier now, not to the next form's draft.
        for (PendingScan& scan : m_pending) {
            scan.dossierCode = dossier.code;
            if (scan.keptId != 0) {
                if (Status s = m_context.attachments().bindKept(scan.keptId, dossier.code); !s)
                    qCWarning(lcUi) << "kept scan not bound to its dossier:" << s.error().message;
            }
            m_failed.append(scan);
        }
        m_pending.clear();
        Q_EMIT pendingChanged();
    }
    refreshList();
    if (!result)
        showFailure(result.error().message);
    else if (m_failed.isEmpty())
        m_retry->hide();
    return result;
}

Status IntakeScans::retryFailed()
{
    Status result;
    QString lastCode;
    while (!m_failed.isEmpty()) {
        const PendingScan& scan = m_failed.first();
        if (Status s = attachOne(scan, scan.dossierCode); !s) {
            result = Error{
                s.error().code,
                tr("The scans of dossier %1 were still not attached: %2").arg(scan.dossierCode, s.error().message)};
            break;
        }
        lastCode = scan.dossierCode;
        m_failed.removeFirst();
    }
    if (!lastCode.isEmpty())
        m_dossierCode = lastCode;
    refreshList();
    if (!result) {
        showFailure(result.error().message);
        return result;
    }
    m_retry->hide();
    if (!lastCode.isEmpty())
        showInlineInfo(m_message, tr("The scans of dossier %1 are attached.").arg(lastCode));
    return result;
}

void IntakeScans::showDossier(const QString& code)
{
    m_dossierCode = code;
    m_justRecorded = false;
    refreshList();
}

void IntakeScans::startNewDossier()
{
    const bool keepListed = std::exchange(m_justRecorded, false);
    if (m_panel) {
        const int left = m_panel->pages()->rowCount();
        m_panel->reset();
        if (left > 0 && m_failed.isEmpty()) {
            // Said, not silently lost: they were scanned for the last dossier and not attached.
            showInlineInfo(m_message,
                           tr("%n scanned page(s) not attached to the last dossier were cleared from the scanner "
                              "window.",
                              nullptr, left));
        }
    }
    if (!keepListed && !m_dossierCode.isEmpty()) {
        m_dossierCode.clear();
        if (m_failed.isEmpty())
            m_message->hide();
    }
    refreshList();
}

void IntakeScans::beginNextDossier()
{
    // The dossier just recorded stays listed until its form is cleared (startNewDossier).
    if (m_justRecorded || m_dossierCode.isEmpty())
        return;
    m_dossierCode.clear();
    if (m_failed.isEmpty())
        m_message->hide();
    refreshList();
}

void IntakeScans::refreshList()
{
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < m_pending.size(); ++i) {
        const PendingScan& s = m_pending[i];
        auto* item = new QListWidgetItem(tr("%1 — %n page(s), %2, waiting for the dossier", nullptr, s.pageCount)
                                             .arg(s.paperName, locale.formattedDataSize(s.pdf.size())),
                                         m_list);
        item->setData(kPendingRole, i);
    }
    for (int i = 0; i < m_failed.size(); ++i) {
        const PendingScan& s = m_failed[i];
        auto* item = new QListWidgetItem(tr("%1: %2 — %n page(s), %3, not attached yet", nullptr, s.pageCount)
                                             .arg(s.dossierCode, s.paperName, locale.formattedDataSize(s.pdf.size())),
                                         m_list);
        item->setData(kFailedRole, i);
    }
    if (!m_dossierCode.isEmpty()) {
        auto stored = m_context.attachments().list(m_dossierCode);
        if (stored) {
            for (const AttachmentInfo& a : *stored) {
                auto* item = new QListWidgetItem(tr("%1: %2 — %n page(s), %3", nullptr, a.pageCount)
                                                     .arg(m_dossierCode, a.paperName, locale.formattedDataSize(a.size)),
                                                 m_list);
                item->setData(kAttachmentRole, a.id);
            }
        } else {
            qCWarning(lcUi) << "attachments:" << stored.error().message;
        }
    }
    if (!m_pending.isEmpty())
        m_title->setText(tr("Sca&ns (%1 waiting)").arg(m_pending.size()));
    else if (!m_dossierCode.isEmpty())
        m_title->setText(tr("Sca&ns of dossier %1 (recorded)").arg(m_dossierCode));
    else
        m_title->setText(tr("Sca&ns"));
    m_view->setEnabled(m_list->currentItem() != nullptr);
    m_remove->setEnabled(false);
}

bool IntakeScans::viewSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    QByteArray pdf;
    if (item->data(kPendingRole).isValid()) {
        pdf = m_pending.value(item->data(kPendingRole).toInt()).pdf;
    } else if (item->data(kFailedRole).isValid()) {
        pdf = m_failed.value(item->data(kFailedRole).toInt()).pdf;
    } else {
        auto read = m_context.attachments().read(item->data(kAttachmentRole).toLongLong());
        if (!read) {
            showInlineError(m_message, read.error().message);
            return false;
        }
        pdf = *read;
    }
    if (!m_viewerDialog) {
        m_viewerDialog = new QDialog(this);
        m_viewerDialog->setObjectName(QStringLiteral("scan-viewer-dialog"));
        m_viewer = new AttachmentViewer(m_viewerDialog);
        m_viewer->setObjectName(QStringLiteral("scan-viewer"));
        auto* layout = new QVBoxLayout(m_viewerDialog);
        layout->addWidget(m_viewer);
        m_viewerDialog->resize(760, 900);
    }
    m_viewerDialog->setWindowTitle(item->text());
    if (!m_viewer->setPdf(pdf)) {
        showInlineError(m_message, tr("This scan is not a readable PDF."));
        return false;
    }
    m_viewerDialog->open();
    return true;
}

void IntakeScans::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntakeScans::retranslateUi()
{
    m_scan->setText(tr("Scan or import… (F6)"));
    m_scan->setToolTip(tr("Scan the paper selected in the list above, or import its file"));
    m_view->setText(tr("View"));
    m_remove->setText(tr("Remove"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Attach the kept scans to their dossier again"));
    refreshList();
}

} // namespace motcua
