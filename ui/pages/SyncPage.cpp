#include "pages/SyncPage.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "pages/OutboxModel.h"
#include "pages/PageHeader.h"
#include "pages/SyncConflictsDialog.h"
#include "service/AppContext.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

namespace {
QString when(const QDateTime& t)
{
    return QLocale().toString(toVietnam(t), QStringLiteral("dd/MM/yyyy HH:mm"));
}
} // namespace

SyncPage::SyncPage(AppContext& context, const Actor& actor, SyncEngine& engine, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_engine(engine)
    , m_chooser(&FileChooser::dialogs())
{
    m_title = makePageTitle(this);
    auto label = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setWordWrap(true);
        return l;
    };
    m_state = label("sync-state");
    m_alarm = label("sync-alarm");
    m_alarm->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f1aeb5;"
                                          " border-radius: 4px; padding: 6px; font-weight: bold; }"));
    m_warnings = label("sync-warnings");
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #6d4c00; border: 1px solid #ffe08a;"
                                             " border-radius: 4px; padding: 6px; }"));
    m_conflicts = new QPushButton(this);
    m_conflicts->setObjectName(QStringLiteral("sync-conflicts"));
    m_conflicts->hide();
    m_counts = label("sync-counts");
    m_kinds = label("sync-kinds");
    m_kinds->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_message = makeInlineError(this, QStringLiteral("sync-message"));

    auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_syncNow = button("sync-now");
    m_pause = button("sync-pause");
    m_retry = button("sync-retry");
    m_export = button("sync-export");
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("sync-filter"));
    for (int i = 0; i < 5; ++i)
        m_filter->addItem(QString());

    m_model = new OutboxModel(m_context.sync(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sync-table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Sized once per reload from the rows read, never by scanning the whole outbox.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_syncNow);
    actions->addWidget(m_pause);
    actions->addWidget(m_retry);
    actions->addWidget(m_export);
    actions->addStretch(1);
    actions->addWidget(m_filter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_alarm);
    // The conflicts warning gets its button beside the warnings.
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warnings, 1);
    warningRow->addWidget(m_conflicts, 0, Qt::AlignTop);
    layout->addLayout(warningRow);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_kinds);

    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_engine.syncNow(); });
    connect(m_pause, &QPushButton::clicked, this, &SyncPage::togglePause);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retry);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportBundle);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPage::openConflicts);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) {
        // The filter's entries, in the order retranslateUi() names them.
        static const std::optional<OutboxState> states[] = {std::nullopt, OutboxState::Queued, OutboxState::InFlight,
                                                            OutboxState::Failed, OutboxState::Done};
        m_model->setStateFilter(states[qBound(0, i, 4)]);
    });
    connect(&m_engine, &SyncEngine::changed, this, &SyncPage::updateState);
    connect(&m_engine, &SyncEngine::passFinished, m_model, &OutboxModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    retranslateUi();
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent* event)
{
    m_engine.refresh();
    m_model->reload();
    QWidget::showEvent(event);
}

void SyncPage::retranslateUi()
{
    m_title->setText(tr("Synchronisation"));
    // QAbstractButton::setText replaces the shortcut by the text's mnemonic: keys after it.
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send everything waiting and fetch news from the portal now (F5)"));
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(tr("Retry the selected items, or every failed item when none is selected"));
    m_export->setText(tr("Export for USB…"));
    m_export->setToolTip(tr("Write every pending item to a signed, encrypted file the portal can import"));
    m_conflicts->setText(tr("Resolve conflicts…"));
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_conflicts->setToolTip(tr("Choose, for each dossier changed both here and on the portal, which status stands "
                               "(%1)")
                                .arg(m_conflicts->shortcut().toString(QKeySequence::NativeText)));
    const QStringList filters{tr("All items"), tr("Queued"), tr("Sending"), tr("Failed"), tr("Sent")};
    for (int i = 0; i < filters.size(); ++i)
        m_filter->setItemText(i, filters.at(i));
    updateState();
}

void SyncPage::updateState()
{
    QStringList parts;
    const bool offline = !m_engine.isConfigured() || !m_engine.isOnline();
    m_model->setOffline(offline);
    if (!m_engine.isConfigured())
        parts << tr("No central portal is set up yet: this workstation works on its own and keeps everything to "
                    "send. An administrator enters the portal's address under Settings, Central portal.");
    else if (!m_engine.isOnline())
        parts << tr("Offline: the portal cannot be reached just now. Work goes on; everything waits here and is "
                    "sent by itself when the connection is back");
    else
        parts << tr("Online");
    if (m_engine.isPaused())
        parts << tr("paused");
    if (m_engine.isRunning())
        parts << tr("sending…");
    const SyncCounts c = m_engine.counts();
    parts << (c.lastSuccess.isValid() ? tr("last success %1").arg(when(c.lastSuccess)) : tr("never synchronised"));
    if (m_engine.nextPassAt().isValid() && !m_engine.isRunning())
        parts << tr("next pass %1")
                     .arg(QLocale().toString(toVietnam(m_engine.nextPassAt()).time(), QStringLiteral("HH:mm:ss")));
    m_state->setText(parts.join(QStringLiteral(" · ")));
    m_pause->setText(m_engine.isPaused() ? tr("Resume") : tr("Pause"));
    m_syncNow->setEnabled(m_engine.isConfigured() && !m_engine.isRunning());

    m_alarm->setText(m_engine.alarm());
    m_alarm->setVisible(!m_engine.alarm().isEmpty());

    QStringList warnings;
    bool conflicts = false;
    for (const SyncWarning& w : m_context.sync().warnings()) {
        if (w.key != QLatin1String("alarm"))
            warnings << QStringLiteral("⚠ ") + w.text;
        if (w.key == QLatin1String("conflicts"))
            conflicts = true;
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    // Hidden with nothing to resolve; the shortcut of a hidden button does nothing.
    m_conflicts->setVisible(conflicts);

    const QLocale locale;
    m_counts->setText(tr("Queued %1 · Sending %2 · Failed %3 · Sent %4")
                          .arg(locale.toString(c.queued), locale.toString(c.inFlight), locale.toString(c.failed),
                               locale.toString(c.done)));
    QStringList kinds;
    for (const KindState& k : m_context.sync().kinds()) {
        if (k.failures <= 0)
            continue;
        // Offline, a kind's tries are waits for the connection, not failures of its own.
        if (offline)
            kinds << tr("%1: waiting for the connection, next try %2")
                         .arg(OutboxModel::kindName(k.kind), when(k.nextAttemptAt));
        else
            kinds << tr("%1: %n failure(s) in a row, next try %2 — %3", "", k.failures)
                         .arg(OutboxModel::kindName(k.kind), when(k.nextAttemptAt), k.lastError);
    }
    m_kinds->setText(kinds.join(QLatin1Char('\n')));
    m_kinds->setVisible(!kinds.isEmpty());
}

SyncConflictsDialog* SyncPage::conflictsDialog() const
{
    return m_conflictsDialog.data();
}

SyncConflictsDialog* SyncPage::openConflicts()
{
    if (!m_conflictsDialog) {
        m_conflictsDialog = new SyncConflictsDialog(m_context.sync(), m_actor, this);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &SyncConflictsDialog::resolved, this, [this] {
            m_engine.refresh(); // counts and warnings: updateState through changed()
            m_model->reload();
        });
    }
    m_conflictsDialog->open();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

void SyncPage::togglePause()
{
    const Status s = m_engine.isPaused() ? m_engine.resume(m_actor) : m_engine.pause(m_actor);
    if (!s)
        showInlineError(m_message, s.error().message);
}

void SyncPage::retry()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(m_model->idAt(index.row()));
    auto n = m_context.sync().retryNow(m_actor, ids);
    if (!n) {
        showInlineError(m_message, n.error().message);
        return;
    }
    showInlineInfo(m_message, tr("%n item(s) will be sent at once.", "", *n));
    m_model->reload();
    m_engine.syncNow();
}

void SyncPage::exportBundle()
{
    const QString path = m_chooser->saveFile(this, tr("Export pending items"), QStringLiteral("motcua-pending.mcb"),
                                             tr("MotCua bundle (*.mcb)"));
    if (path.isEmpty())
        return;
    auto summary = m_context.sync().exportBundle(m_actor, path);
    if (!summary) {
        showInlineError(m_message, summary.error().message);
        return;
    }
    showInlineInfo(m_message, tr("Wrote %1: %2 dossiers, %3 history rows, %4 attachments. Take it to the portal; "
                                 "the items stay queued until the portal confirms them.")
                                  .arg(summary->path)
                                  .arg(summary->dossiers)
                                  .arg(summary->history)
                                  .arg(summary->attachments));
    m_model->reload();
}

} // namespace motcua
