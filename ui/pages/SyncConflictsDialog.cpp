#include "pages/SyncConflictsDialog.h"

#include "InlineMessage.h"
#include "core/Clock.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(toVietnam(t), QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}
} // namespace

SyncConflictsDialog::SyncConflictsDialog(SyncService& sync, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("sync-conflicts-dialog"));
    setWindowTitle(tr("Sync conflicts"));

    m_intro = new QLabel(tr("The portal decided these dossiers while a change made here was still waiting to be "
                            "sent. Choose, for each, which status stands: the portal's decision, or the change "
                            "made here (it is then sent to the portal)."),
                         this);
    m_intro->setObjectName(QStringLiteral("conflicts-intro"));
    m_intro->setWordWrap(true);
    m_empty = new QLabel(tr("No conflicts are open: every dossier agrees with the portal."), this);
    m_empty->setObjectName(QStringLiteral("conflicts-empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #555; padding: 24px; }"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflicts-table"));
    m_table->setHorizontalHeaderLabels({tr("Dossier"), tr("Applicant"), tr("Status here"), tr("Portal's status"),
                                        tr("Portal's note"), tr("Decided on the portal"), tr("Detected")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = makeInlineError(this, QStringLiteral("conflicts-message"));

    auto* buttons = new QDialogButtonBox(this);
    m_acceptPortal = buttons->addButton(tr("Accept &portal"), QDialogButtonBox::ActionRole);
    m_acceptPortal->setObjectName(QStringLiteral("conflicts-accept-portal"));
    m_acceptPortal->setToolTip(tr("The dossier takes the portal's status; the change made here is not sent"));
    m_keepLocal = buttons->addButton(tr("&Keep local"), QDialogButtonBox::ActionRole);
    m_keepLocal->setObjectName(QStringLiteral("conflicts-keep-local"));
    m_keepLocal->setToolTip(tr("The dossier keeps the status set here; it is sent to the portal"));
    // Our own button text: Qt's translations of its standard buttons may not be installed.
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("conflicts-close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acceptPortal, &QPushButton::clicked, this, [this] { resolveSelected(ConflictResolution::Portal); });
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolveSelected(ConflictResolution::Local); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncConflictsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    reload();
    resize(1200, 480);
}

void SyncConflictsDialog::reload()
{
    auto rows = m_sync.conflicts();
    if (!rows) {
        m_rows.clear();
        showInlineError(m_message, rows.error().message);
    } else {
        m_rows = *rows;
    }
    const int keep = m_table->currentRow();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const SyncConflict& c = m_rows.at(i);
        const QString applicant = c.dossierExists ? c.applicant : tr("(dossier not found here)");
        const QStringList cells{c.dossierCode,     applicant,    c.localStateName,
                                c.portalStateName, c.portalNote, when(c.portalDecidedAt),
                                when(c.detectedAt)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == NoteColumn)
                item->setToolTip(c.portalNote);
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The note can be long: it gets what is left, the full text in its tooltip.
    if (m_table->columnWidth(NoteColumn) > 260)
        m_table->setColumnWidth(NoteColumn, 260);
    const bool empty = m_rows.isEmpty();
    m_table->setVisible(!empty);
    m_intro->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        m_table->selectRow(qBound(0, keep, static_cast<int>(m_rows.size()) - 1));
    updateButtons();
}

void SyncConflictsDialog::updateButtons()
{
    const bool selected = !m_rows.isEmpty() && m_table->selectionModel()->hasSelection();
    m_acceptPortal->setEnabled(selected);
    // An online submission decided first at another counter: this workstation's decision was
    // voided when the conflict was found, so there is nothing of its own left to keep.
    const QModelIndexList rows = selected ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const bool voided = row >= 0 && row < m_rows.size() && !m_rows.at(row).voidedCode.isEmpty();
    m_keepLocal->setEnabled(selected && !voided);
}

void SyncConflictsDialog::resolveSelected(ConflictResolution how)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const SyncConflict c = m_rows.at(row);
    const Status s = m_sync.resolveConflict(m_actor, c.id, how);
    if (!s) {
        showInlineError(m_message, s.error().message);
        reload();
        return;
    }
    showInlineInfo(m_message,
                   how == ConflictResolution::Portal
                       ? tr("Dossier %1 now has the portal's status: %2.").arg(c.dossierCode, c.portalStateName)
                       : tr("Dossier %1 keeps the status set here (%2); it will be sent to the portal.")
                             .arg(c.dossierCode, c.localStateName));
    reload();
    Q_EMIT resolved();
}

} // namespace motcua
