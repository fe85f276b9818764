#pragma once

#include "core/Types.h"
#include "store/DossierRepository.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace motcua {

class AppContext;
class CataloguePage;
class DossiersPage;
class ReturnsPage;
class OnlineInboxPage;
class DashboardPage;
class GlobalSearch;
class IdleLock;
class LockScreen;
class PlaceholderPage;
class SettingsPage;
class StatusSource;
class SyncEngine;
class SyncPage;

// The desk: a side navigation over the pages, menus, and a status bar that always shows
// online/offline, the queued count, the last sync, the user and the center (docs/architecture.md#ui).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The order of the navigation; Ctrl+1 … Ctrl+7 follow it.
    enum Page { Intake, Online, Dossiers, Returns, Dashboard, Sync, Catalogue, Settings, PageCount };
    Q_ENUM(Page)

    // `status` may be null: then the window shows "offline, nothing queued, never synced".
    MainWindow(AppContext& context, const Actor& actor, StatusSource* status = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget* page(Page page) const;
    const Actor& actor() const { return m_actor; }

    // The page a user starts on: supervisors follow the day's figures (Dashboard), everyone
    // else starts at the counter (Intake).
    static Page startPage(Role role);

    // "intake", "dossiers", ...: the suffix of the page's object name ("page-intake").
    static QString pageKey(Page page);

    // Opens the Dossiers page showing this filter (no search): the way in from other pages,
    // e.g. the dashboard's "overdue in one department". Also a slot for their signals.
    void showDossiers(const motcua::DossierFilter& filter);
    // Opens the Dossiers page with the search box filled ("nguyen van an", a code...).
    void searchDossiers(const QString& text);
    DossiersPage* dossiersPage() const { return m_dossiersPage; }
    ReturnsPage* returnsPage() const { return m_returnsPage; }
    OnlineInboxPage* onlineInboxPage() const { return m_onlinePage; }
    // The search box in the menu bar, on every page (Ctrl+Shift+F).
    GlobalSearch* globalSearch() const { return m_globalSearch; }

    // Locks the desk (idle for security.idleLockMinutes, or File → Lock): the pages, menus,
    // status bar and any open dialog of this window are hidden behind the lock screen, and the
    // data key is wiped from memory until the user's password is given again.
    void lockDesk();
    bool isDeskLocked() const { return m_deskLocked; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleLock* idleLock() const { return m_idleLock; }

Q_SIGNALS:
    // File → Log out: the owner closes this window and asks for a login again.
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void retranslateUi();
    void updateStatus();
    void updateTitle();
    void unlockDesk();
    void showAbout();
    void showShortcuts();
    QString centerName() const;

    AppContext& m_context;
    Actor m_actor;
    StatusSource* m_status = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    PlaceholderPage* m_placeholders[PageCount] = {};
    CataloguePage* m_cataloguePage = nullptr;
    DossiersPage* m_dossiersPage = nullptr;
    ReturnsPage* m_returnsPage = nullptr;
    OnlineInboxPage* m_onlinePage = nullptr;
    // Its openDossiersRequested(DossierSelection) opens the Dossiers page with the matching filter.
    DashboardPage* m_dashboardPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    SyncEngine* m_engine = nullptr;
    SyncPage* m_syncPage = nullptr;
    GlobalSearch* m_globalSearch = nullptr;
    QStackedWidget* m_desk = nullptr; // the work (0) or the lock screen (1)
    LockScreen* m_lockScreen = nullptr;
    IdleLock* m_idleLock = nullptr;
    bool m_deskLocked = false;
    bool m_engineStarted = false; // this window runs the sync engine (no StatusSource given)
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QAction>> m_disabledActions;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_pageActions[PageCount] = {};
    QAction* m_logoutAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QLabel* m_connection = nullptr;
    QLabel* m_queued = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_center = nullptr;
};

} // namespace motcua
