#include "MainWindow.h"
#include "store/SettingKeys.h"

#include "GlobalSearch.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "ShortcutsDialog.h"
#include "StatusSource.h"
#include "SyncStatusSource.h"
#include "UiResources.h"
#include "dossiers/DossierListModel.h"
#include "online/OnlineInboxPage.h"
#include "pages/CataloguePage.h"
#include "pages/DashboardPage.h"
#include "pages/DossiersPage.h"
#include "pages/IntakePage.h"
#include "pages/OfficerDesk.h"
#include "pages/PlaceholderPage.h"
#include "pages/ReturnsPage.h"
#include "pages/SettingsPage.h"
#include "pages/SyncPage.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/ChangeNotifier.h"
#include "service/ReportService.h"
#include "store/Settings.h"
#include "sync/PortalCenterCounts.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace motcua {

namespace {

// The Dossiers page's filter for a dashboard figure (ReportService::DossierSelection). The list
// has no filter on the return date: "returned" opens every returned dossier of the department.
DossierFilter filterFor(const DossierSelection& selection)
{
    DossierFilter filter;
    filter.departmentId = selection.departmentId;
    switch (selection.kind) {
    case DossierSelection::Received:
        filter.receivedFrom = selection.from;
        filter.receivedTo = selection.to;
        filter.channel = selection.channel;
        filter.states = selection.states;
        break;
    case DossierSelection::Returned:
        filter.states = {DossierState::Returned};
        break;
    case DossierSelection::DueOn:
        filter.dueToday = true;
        filter.now = selection.asOf;
        break;
    case DossierSelection::Overdue:
        filter.overdue = true;
        filter.now = selection.asOf;
        break;
    case DossierSelection::AwaitingSupplement:
        filter.states = {DossierState::SupplementRequested};
        break;
    case DossierSelection::Pending:
        filter.states = selection.states;
        break;
    }
    return filter;
}

} // namespace

namespace {
struct PageText
{
    const char* key;
    const char* label;       // navigation
    const char* title;       // page heading
    const char* description; // what a placeholder page will do
};

// Source strings are English; the .ts files carry Vietnamese (docs/architecture.md#ui).
const PageText kPages[MainWindow::PageCount] = {
    {"intake", QT_TRANSLATE_NOOP("motcua::MainWindow", "Intake"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Dossier intake"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "Receive a dossier at the counter: applicant, procedure, papers and fees, then print the "
                       "receipt with its appointment date.")},
    {"online", QT_TRANSLATE_NOOP("motcua::MainWindow", "Online inbox"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Online inbox"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "Dossiers submitted online: check the papers and accept, refuse or ask for a supplement.")},
    {"dossiers", QT_TRANSLATE_NOOP("motcua::MainWindow", "Dossiers"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Dossiers"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "Find any dossier by code, applicant or procedure and follow its processing history.")},
    {"returns", QT_TRANSLATE_NOOP("motcua::MainWindow", "Returns"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Return results"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "Hand results back to applicants and record when, and to whom, each result was returned.")},
    {"dashboard", QT_TRANSLATE_NOOP("motcua::MainWindow", "Dashboard"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Dashboard"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "Daily figures per department: received, due today, overdue, and returned early, on time or "
                       "late.")},
    {"sync", QT_TRANSLATE_NOOP("motcua::MainWindow", "Sync"),
     QT_TRANSLATE_NOOP("motcua::MainWindow", "Synchronisation"),
     QT_TRANSLATE_NOOP("motcua::MainWindow",
                       "The link to the central portal: what is queued, what failed and why, and when this "
                       "workstation last synchronised.")},
    {"catalogue", QT_TRANSLATE_NOOP("motcua::MainWindow", "Catalogue"), nullptr, nullptr},
    {"settings", QT_TRANSLATE_NOOP("motcua::MainWindow", "Settings"), nullptr, nullptr},
};

QString dot(const char* colour)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(QLatin1String(colour));
}
} // namespace

MainWindow::MainWindow(AppContext& context, const Actor& actor, StatusSource* status, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_actor(actor)
    , m_status(status)
{
    setObjectName(QStringLiteral("main-window"));
    setWindowIcon(uiIcon(QStringLiteral("app")));
    // The sync engine runs while the window is open; without a portal it stays idle.
    m_engine = new SyncEngine(m_context.sync(), this);
    if (!m_status) {
        m_status = new SyncStatusSource(*m_engine, this);
        // The queue grows with every dossier received: the bar counts again when the outbox
        // changes (a commit here or in another process).
        connect(&m_context.changes(), &ChangeNotifier::outboxChanged, m_engine, &SyncEngine::refresh);
        m_engine->start();
        m_engineStarted = true;
    }
    connect(m_status, &StatusSource::changed, this, &MainWindow::updateStatus);

    buildPages();
    buildMenus();
    buildStatusBar();
    retranslateUi();
    showPage(startPage(m_actor.role));
    // A department officer's desk opens on their department's queue.
    if (const auto queue = officerQueueFilter(m_context, m_actor))
        showDossiers(*queue);
    // Idle for security.idleLockMinutes: the desk locks (read at every check, so a change on the
    // Settings page applies at once).
    m_idleLock = new IdleLock(
        m_context.clock(), [this] { return m_context.settings().integer(SettingKey::SecurityIdleLockMinutes); }, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockDesk);
    // 1366×768 is the common counter screen: the window must fit it without clipping.
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::startPage(Role role)
{
    return role == Role::Supervisor ? Dashboard : Intake;
}

QString MainWindow::pageKey(Page page)
{
    return QString::fromLatin1(kPages[page].key);
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: #eef2f6; padding: 6px; }"
                                               "QListWidget#navigation::item { padding: 8px 6px; border-radius: 4px; }"
                                               "QListWidget#navigation::item:hover { background: #dde7f0; }"
                                               "QListWidget#navigation::item:selected { background: #c9dbee;"
                                               " color: #14324f; border-left: 3px solid #2f5d8a; }"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    for (int i = 0; i < PageCount; ++i) {
        const auto p = static_cast<Page>(i);
        QWidget* widget = nullptr;
        if (p == Intake) {
            widget = new IntakePage(m_context, m_actor, m_stack);
        } else if (p == Online) {
            m_onlinePage = new OnlineInboxPage(m_context, m_actor, m_stack);
            widget = m_onlinePage;
        } else if (p == Dossiers) {
            m_dossiersPage = new DossiersPage(m_context, m_actor, m_stack);
            widget = m_dossiersPage;
        } else if (p == Returns) {
            m_returnsPage = new ReturnsPage(m_context, m_actor, m_stack);
            widget = m_returnsPage;
        } else if (p == Dashboard) {
            // The center-wide figures come from the portal in the background (PortalCenterCounts);
            // owned by the page, which outlives nothing it points to.
            auto* center = new PortalCenterCounts([this] { return m_context.sync().config(); }, m_context.clock());
            m_dashboardPage = new DashboardPage(m_context, m_actor, center, m_stack);
            center->setParent(m_dashboardPage);
            // A click on a figure opens the dossiers behind it.
            connect(m_dashboardPage, &DashboardPage::openDossiersRequested, this,
                    [this](const DossierSelection& selection) { showDossiers(filterFor(selection)); });
            connect(m_dashboardPage, &DashboardPage::openOnlineInboxRequested, this, [this] { showPage(Online); });
            widget = m_dashboardPage;
        } else if (p == Catalogue) {
            m_cataloguePage = new CataloguePage(m_context, m_actor, m_stack);
            widget = m_cataloguePage;
        } else if (p == Sync) {
            m_syncPage = new SyncPage(m_context, m_actor, *m_engine, m_stack);
            widget = m_syncPage;
        } else if (p == Settings) {
            m_settingsPage = new SettingsPage(m_context, m_actor, m_stack);
            connect(m_settingsPage, &SettingsPage::centerChanged, this, &MainWindow::updateTitle);
            // New portal settings: the engine looks again and, when running, syncs at once.
            connect(m_settingsPage, &SettingsPage::portalChanged, this, [this] {
                m_engine->refresh();
                m_engine->syncNow();
            });
            widget = m_settingsPage;
        } else {
            m_placeholders[i] = new PlaceholderPage(m_stack);
            widget = m_placeholders[i];
        }
        widget->setObjectName(QStringLiteral("page-") + pageKey(p));
        m_stack->addWidget(widget);
        auto* item = new QListWidgetItem(uiIcon(pageKey(p)), QString(), m_navigation);
        item->setData(Qt::UserRole, i);
    }
    // The lists and the Dashboard follow the database themselves (AppContext::changes): a step
    // on one list, a status decided centrally or a dossier of the center pulled by sync shows
    // everywhere without F5.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount)
            m_stack->setCurrentIndex(row);
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);

    m_lockScreen = new LockScreen(m_context, m_actor, this);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlockDesk);
    connect(m_lockScreen, &LockScreen::logoutRequested, this, &MainWindow::logoutRequested);
    m_desk = new QStackedWidget(this);
    m_desk->setObjectName(QStringLiteral("desk"));
    m_desk->addWidget(central);
    m_desk->addWidget(m_lockScreen);
    setCentralWidget(m_desk);
}

void MainWindow::lockDesk()
{
    if (m_deskLocked)
        return;
    m_deskLocked = true;
    // Dialogs of this window (a dossier view, a user's details) go out of sight too; the ones
    // still open come back with the desk.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w == this || !w->isVisible())
            continue;
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
            if (p == this) {
                m_hiddenWindows.append(w);
                w->hide();
                break;
            }
        }
    }
    // No shortcut reaches the hidden pages meanwhile.
    const QList<QAction*> actions = findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->isEnabled()) {
            m_disabledActions.append(a);
            a->setEnabled(false);
        }
    }
    menuBar()->hide();
    statusBar()->hide();
    m_desk->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
    // The data key leaves memory (KeyRing::lock wipes it with OPENSSL_cleanse) and an encrypted
    // database is closed, its SQLCipher key wiped with it: nothing can be read until the
    // password opens it again (LockScreen). A plain database stays open, its attachments locked.
    if (!m_context.lockDatabase())
        m_context.attachments().lock();
}

void MainWindow::unlockDesk()
{
    if (!m_deskLocked)
        return;
    m_deskLocked = false;
    for (const QPointer<QAction>& a : std::as_const(m_disabledActions)) {
        if (a)
            a->setEnabled(true);
    }
    m_disabledActions.clear();
    menuBar()->show();
    statusBar()->show();
    m_desk->setCurrentIndex(0);
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows)) {
        if (w)
            w->show();
    }
    m_hiddenWindows.clear();
    m_idleLock->reset();
    // A pass that came while the key was away could not read the portal's password and left an
    // alarm; the key is back: sync at once.
    if (m_engineStarted) {
        m_engine->refresh();
        m_engine->syncNow();
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString());
    m_logoutAction->setObjectName(QStringLiteral("action-logout"));
    m_logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_lockAction = m_fileMenu->addAction(QString());
    m_lockAction->setObjectName(QStringLiteral("action-lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockDesk);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("action-quit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    // Keyboard first (docs/architecture.md#ui): Ctrl+1 … Ctrl+8 open the pages in navigation order.
    m_goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        m_pageActions[i] = m_goMenu->addAction(uiIcon(pageKey(static_cast<Page>(i))), QString());
        m_pageActions[i]->setObjectName(QStringLiteral("action-page-") + pageKey(static_cast<Page>(i)));
        m_pageActions[i]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_pageActions[i], &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }

    // Find any dossier from any page: the box sits in the menu bar, its key works everywhere
    // in the window; a hit opens the dossier view over the page the clerk is on.
    m_globalSearch = new GlobalSearch(m_context, this);
    menuBar()->setCornerWidget(m_globalSearch, Qt::TopRightCorner);
    addAction(m_globalSearch->focusAction());
    connect(m_globalSearch, &GlobalSearch::openRequested, m_dossiersPage, &DossiersPage::openDossier);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString());
    m_shortcutsAction->setObjectName(QStringLiteral("action-shortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("action-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    auto make = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setContentsMargins(6, 0, 6, 0);
        return label;
    };
    m_connection = make("status-connection");
    m_connection->setTextFormat(Qt::RichText);
    m_queued = make("status-queued");
    m_lastSync = make("status-last-sync");
    m_user = make("status-user");
    m_center = make("status-center");
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_queued);
    statusBar()->addWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_center);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    for (int i = 0; i < PageCount; ++i) {
        const QString label = tr(kPages[i].label);
        m_navigation->item(i)->setText(label);
        m_navigation->item(i)->setToolTip(
            tr("%1 (%2)").arg(label, m_pageActions[i]->shortcut().toString(QKeySequence::NativeText)));
        m_pageActions[i]->setText(label);
        if (m_placeholders[i])
            m_placeholders[i]->setTexts(tr(kPages[i].title), tr(kPages[i].description));
    }
    // Wide enough for the longest label in the current language, never squeezed.
    int width = 0;
    const QFontMetrics fm(m_navigation->font());
    for (int i = 0; i < PageCount; ++i)
        width = qMax(width, fm.horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(width + m_navigation->iconSize().width() + 64);

    m_fileMenu->setTitle(tr("&File"));
    m_logoutAction->setText(tr("&Log out"));
    m_lockAction->setText(tr("Loc&k the desk"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About MotCua Desk"));
    updateStatus();
    updateTitle();
}

void MainWindow::updateStatus()
{
    if (!m_status->alarm().isEmpty()) {
        m_connection->setText(dot("#c62828") + tr("Sync stopped").toHtmlEscaped());
        m_connection->setToolTip(m_status->alarm());
    } else {
        m_connection->setText(m_status->isOnline() ? dot("#2e7d32") + tr("Online").toHtmlEscaped()
                                                   : dot("#9e9e9e") + tr("Offline").toHtmlEscaped());
        m_connection->setToolTip(QString());
    }
    const int failed = m_status->failedCount();
    m_queued->setText(
        failed > 0
            ? tr("Queued: %1 (%2 failed)").arg(QLocale().toString(m_status->queuedCount()), QLocale().toString(failed))
            : tr("Queued: %1").arg(QLocale().toString(m_status->queuedCount())));
    const QDateTime last = m_status->lastSync();
    m_lastSync->setText(
        tr("Last sync: %1")
            .arg(last.isValid() ? QLocale().toString(toVietnam(last), QLocale::ShortFormat) : tr("never")));
    m_user->setText(
        tr("%1 (%2)").arg(m_actor.fullName.isEmpty() ? m_actor.username : m_actor.fullName, roleName(m_actor.role)));
}

void MainWindow::updateTitle()
{
    const QString center = centerName();
    m_center->setText(center);
    m_center->setVisible(!center.isEmpty());
    setWindowTitle(center.isEmpty() ? tr("MotCua Desk") : tr("MotCua Desk — %1").arg(center));
}

QString MainWindow::centerName() const
{
    return m_context.settings().string(SettingKey::CenterName);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
    m_stack->setCurrentIndex(page);
}

void MainWindow::showDossiers(const DossierFilter& filter)
{
    showPage(Dossiers);
    m_dossiersPage->showFilter(filter);
}

void MainWindow::searchDossiers(const QString& text)
{
    showPage(Dossiers);
    m_dossiersPage->search(text);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

QWidget* MainWindow::page(Page page) const
{
    return m_stack->widget(page);
}

void MainWindow::showAbout()
{
    const QString center = centerName();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("about-box"));
    box.setWindowTitle(tr("About MotCua Desk"));
    box.setIconPixmap(uiIcon(QStringLiteral("app")).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>MotCua Desk %1</h3>"
                   "<p>Intake desk for Vietnam's one-stop public administration centers: receive dossiers, "
                   "track them across departments and return results, online or offline.</p>"
                   "<p>Center: %2</p>"
                   "<p>Built with Qt %3, running on Qt %4.</p>"
                   "<p>Uses the Qt libraries under the GNU LGPL version 3, SQLite (public domain) and OpenSSL "
                   "(Apache License 2.0).</p>")
                    .arg(QStringLiteral(MOTCUA_VERSION), center.isEmpty() ? tr("not set") : center.toHtmlEscaped(),
                         QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    // Our own button text: Qt's translations of its standard buttons may not be installed.
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::showShortcuts()
{
    QList<QAction*> actions;
    for (QAction* a : m_pageActions)
        actions.append(a);
    actions << m_globalSearch->focusAction() << m_shortcutsAction << m_lockAction << m_logoutAction << m_quitAction;
    // The intake page's own keys (receive, new, paste QR, procedure search).
    if (auto* intake = qobject_cast<IntakePage*>(page(Intake)))
        actions << intake->shortcutActions();
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

} // namespace motcua
