// The idle lock: the real main window, headless, with a fixed clock instead of waiting. After
// security.idleLockMinutes without input the desk hides its pages behind the lock screen and
// the data key leaves memory; the password brings both back, wrong ones are throttled and lock
// the account as at the login.
#include "IdleLock.h"
#include "LockScreen.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "pages/DossiersPage.h"
#include "security/KeyRing.h"
#include "security/LoginThrottle.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/DossierGenerator.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-1");
const QString kClerkPassword = QStringLiteral("Mot-cua-thu-ky");
} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void locksAfterTheSetting_data();
    void locksAfterTheSetting();
    void inputPutsTheLockOff();
    void lockHidesTheDeskAndWipesTheKey();
    void lockClosesTheDatabaseUntilThePassword();
    void wrongPasswordsOnTheLockScreenLockTheAccount();
    void lockoutShownAtTheLogin();

private:
    std::unique_ptr<MainWindow> openWindow();
    void unlockWith(MainWindow& window, const QString& password);
    void shoot(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    Actor m_clerk;
};

void TestIdleLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC));
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("desk.db"));
    options.kdfIterationsForTesting = 1000;
    options.clock = m_clock.get();
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_context = std::move(*opened);
    auto admin =
        m_context->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY(admin.ok());
    QVERIFY(m_context->users()
                .addUser(*admin, QStringLiteral("mai.tt"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword)
                .ok());
    m_context->attachments().lock();
    auto clerk = m_context->users().login(QStringLiteral("mai.tt"), kClerkPassword);
    QVERIFY(clerk.ok());
    m_clerk = *clerk;
    QVERIFY(m_context->attachments().unlock(QStringLiteral("mai.tt"), kClerkPassword).ok());
}

void TestIdleLock::cleanup()
{
    m_context.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestIdleLock::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_context, m_clerk);
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestIdleLock::unlockWith(MainWindow& window, const QString& password)
{
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("lock-password"));
    QVERIFY(field);
    field->setText(password);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("unlock-button")), Qt::LeftButton);
}

void TestIdleLock::shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

void TestIdleLock::locksAfterTheSetting_data()
{
    QTest::addColumn<int>("minutes"); // -1: the default (10)
    QTest::addColumn<int>("idleSecs");
    QTest::addColumn<bool>("locked");
    QTest::newRow("default, 9:59") << -1 << 599 << false;
    QTest::newRow("default, 10:00") << -1 << 600 << true;
    QTest::newRow("3 min, 2:59") << 3 << 179 << false;
    QTest::newRow("3 min, 3:00") << 3 << 180 << true;
    QTest::newRow("off, a day") << 0 << 86400 << false;
}

void TestIdleLock::locksAfterTheSetting()
{
    QFETCH(int, minutes);
    QFETCH(int, idleSecs);
    QFETCH(bool, locked);
    if (minutes >= 0)
        QVERIFY(m_context->settings().set(QStringLiteral("security.idleLockMinutes"), minutes).ok());
    auto window = openWindow();
    QVERIFY(window->idleLock()->timer()->isActive());
    m_clock->advanceSecs(idleSecs);
    window->idleLock()->check(); // what the timer does every 15 s
    QCOMPARE(window->isDeskLocked(), locked);
    QCOMPARE(m_context->attachments().isUnlocked(), !locked);
}

void TestIdleLock::inputPutsTheLockOff()
{
    auto window = openWindow();
    m_clock->advanceSecs(9 * 60);
    // The clerk types something: the ten minutes start again.
    QTest::keyClick(window->findChild<QWidget*>(QStringLiteral("navigation")), Qt::Key_Down);
    m_clock->advanceSecs(9 * 60);
    window->idleLock()->check();
    QVERIFY(!window->isDeskLocked());
    m_clock->advanceSecs(60);
    window->idleLock()->check();
    QVERIFY(window->isDeskLocked());
}

void TestIdleLock::lockHidesTheDeskAndWipesTheKey()
{
    auto window = openWindow();
    // A dialog of the window is open when the clerk walks away.
    auto* dialog = new QDialog(window.get());
    dialog->setObjectName(QStringLiteral("some-dialog"));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(pages->isVisible());

    m_clock->advanceSecs(10 * 60);
    window->idleLock()->check();
    QVERIFY(window->isDeskLocked());
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(!pages->isVisible());
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("navigation"))->isVisible());
    QVERIFY(!window->menuBar()->isVisible());
    QVERIFY(!window->statusBar()->isVisible());
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_context->attachments().isUnlocked());
    // No page shortcut reaches the hidden desk.
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("action-page-dossiers"))->isEnabled());
    shoot(window.get(), QStringLiteral("idle-lock.png"));

    unlockWith(*window, QStringLiteral("not-my-password"));
    QVERIFY(window->isDeskLocked());
    auto* error = window->findChild<QLabel*>(QStringLiteral("lock-error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QCoreApplication::translate("motcua::UserService", "Wrong user name or password."));
    QVERIFY(!m_context->attachments().isUnlocked());

    unlockWith(*window, kClerkPassword);
    QVERIFY(!window->isDeskLocked());
    QVERIFY(pages->isVisible());
    QVERIFY(window->menuBar()->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(window->findChild<QAction*>(QStringLiteral("action-page-dossiers"))->isEnabled());
    QVERIFY(m_context->attachments().isUnlocked());
    QVERIFY(window->findChild<QLineEdit*>(QStringLiteral("lock-password"))->text().isEmpty());
    // And the lock is armed again.
    m_clock->advanceSecs(10 * 60);
    window->idleLock()->check();
    QVERIFY(window->isDeskLocked());
}

void TestIdleLock::lockClosesTheDatabaseUntilThePassword()
{
    // Some history to read back once the desk opens again.
    DossierGenerator generator(m_context->db(), m_context->settings(), m_context->catalogue(), m_context->calendar(),
                               *m_clock);
    GeneratorOptions g;
    g.dossiers = 30;
    g.years = 1;
    const auto summary = generator.run(g);
    QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(Database::fileKind(m_dir->filePath(QStringLiteral("desk.db"))), Database::FileKind::Encrypted);

    auto window = openWindow();
    m_clock->advanceSecs(10 * 60);
    window->idleLock()->check();
    QVERIFY(window->isDeskLocked());
    // Nothing of the database is left in this process: no connection, no key.
    QVERIFY(m_context->isLocked());
    QVERIFY(!m_context->db().isOpen());
    QVERIFY(!m_context->db().isKeyed());
    QVERIFY(!m_context->keyRing().isUnlocked());
    Database other;
    QVERIFY(!other.open(m_dir->filePath(QStringLiteral("desk.db"))));

    // A wrong password opens nothing.
    unlockWith(*window, QStringLiteral("not-my-password"));
    QVERIFY(window->isDeskLocked());
    QVERIFY(m_context->isLocked());

    unlockWith(*window, kClerkPassword);
    QVERIFY(!window->isDeskLocked());
    QVERIFY(!m_context->isLocked());
    QVERIFY(m_context->db().isOpen());
    QVERIFY(m_context->attachments().isUnlocked());
    // The pages read the database again: the dossier list shows the history.
    window->showPage(MainWindow::Dossiers);
    QTableView* table = window->dossiersPage()->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("dossier-refresh")), Qt::LeftButton);
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("dossier-list-error"))->isVisible());
}

void TestIdleLock::wrongPasswordsOnTheLockScreenLockTheAccount()
{
    auto window = openWindow();
    window->lockDesk();
    QVERIFY(window->isDeskLocked());
    for (int i = 1; i <= LoginThrottle::kLockAfter; ++i) {
        unlockWith(*window, QStringLiteral("guess-%1-guess").arg(i));
        m_clock->advanceSecs(LoginThrottle::delaySecs(i));
    }
    auto* error = window->findChild<QLabel*>(QStringLiteral("lock-error"));
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    // Now even the right password does not open it.
    unlockWith(*window, kClerkPassword);
    QVERIFY(window->isDeskLocked());
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    shoot(window.get(), QStringLiteral("idle-lock-account-locked.png"));
    // "Log out" is the way to hand the desk to someone else.
    QSignalSpy logout(window.get(), &MainWindow::logoutRequested);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("lock-logout-button")), Qt::LeftButton);
    QCOMPARE(logout.count(), 1);
}

void TestIdleLock::lockoutShownAtTheLogin()
{
    LoginDialog dialog(m_context->users(), QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh"));
    dialog.setUsername(QStringLiteral("mai.tt"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("login-button"));
    for (int i = 1; i <= LoginThrottle::kLockAfter; ++i) {
        field->setText(QStringLiteral("guess-%1-guess").arg(i));
        QTest::mouseClick(button, Qt::LeftButton);
        m_clock->advanceSecs(LoginThrottle::delaySecs(i));
    }
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("login-error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    shoot(&dialog, QStringLiteral("login-lockout.png"));
}

QTEST_MAIN(TestIdleLock)
#include "test_idlelock.moc"
