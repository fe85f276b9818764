// MotCua Desk, the desktop application: opens the workstation's database, asks for the
// first administrator on a new database, logs the user in and shows the main window.
#include "DatabaseGuard.h"
#include "FileChooser.h"
#include "FirstRunDialog.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiResources.h"
#include "core/Logging.h"
#include "core/MemoryReuse.h"
#include "core/PrivateFiles.h"
#include "pages/DashboardPage.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/RetentionService.h"
#include "store/Database.h"
#include "store/SettingKeys.h"
#include "store/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace motcua;

namespace {

struct Options
{
    QString databasePath;
    QString screenshot;
    QString language;
    QString page;
    QString user;
    QString password; // for --user / --demo-login only
    bool autoLogin = false;
    bool timing = false;
    bool quitAfterStart = false;
};

// The demo administrator that the demo run script creates; --demo-login is for demos only.
const QString kDemoUser = QStringLiteral("admin");
// The same as the run script's default; long enough for an administrator (PasswordPolicy).
const QString kDemoPassword = QStringLiteral("motcua-demo");

void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

Options parseCommandLine(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("motcua::main", "Intake desk for one-stop service centers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("motcua::main", "Database file to open."),
                                QStringLiteral("path"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("motcua::main", "Save a picture of the main window and quit."),
        QStringLiteral("file"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("motcua::main", "Interface language for this run: vi or en."),
        QStringLiteral("code"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("motcua::main", "Page to open first (intake, catalogue, ..., quality)."),
        QStringLiteral("name"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("motcua::main", "Log in as this user; the password is read from MOTCUA_PASSWORD."),
        QStringLiteral("name"));
    const QCommandLineOption demo(QStringLiteral("demo-login"),
                                  QCoreApplication::translate("motcua::main", "Log in as the demo administrator."));
    const QCommandLineOption timing(QStringLiteral("timing"),
                                    QCoreApplication::translate("motcua::main", "Print the start-up time."));
    const QCommandLineOption quit(
        QStringLiteral("quit-after-start"),
        QCoreApplication::translate("motcua::main",
                                    "Quit as soon as the main window is ready (with --timing: measure it)."));
    parser.addOptions({db, shot, lang, page, user, demo, timing, quit});
    parser.process(app);

    Options o;
    o.databasePath = parser.value(db);
    o.screenshot = parser.value(shot);
    o.language = parser.value(lang);
    o.page = parser.value(page);
    o.timing = parser.isSet(timing);
    o.quitAfterStart = parser.isSet(quit);
    const QByteArray envPassword = qgetenv("MOTCUA_PASSWORD");
    if (parser.isSet(demo)) {
        o.user = kDemoUser;
        o.password = envPassword.isEmpty() ? kDemoPassword : QString::fromUtf8(envPassword);
        o.autoLogin = true;
    } else if (parser.isSet(user)) {
        o.user = parser.value(user);
        o.password = QString::fromUtf8(envPassword);
        o.autoLogin = !envPassword.isEmpty();
    }
    return o;
}

// --help and --version print and quit, so they need no display: with none (a terminal over SSH,
// a build machine writing the manual page) and no platform chosen, Qt's offscreen platform
// serves them instead of Qt aborting for want of a display.
void allowHelpWithoutDisplay(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

// One login → main window → log out cycle after another, until the user quits.
class Session : public QObject
{
public:
    Session(AppContext& context, Options options, QElapsedTimer startup)
        : m_context(context)
        , m_options(std::move(options))
        , m_startup(startup)
        , m_guard(context.db())
    {
        // A lost database lock is taken back between pieces of work; the clerk is told.
        connect(&m_guard, &DatabaseGuard::reopened, this, &Session::notice);
        connect(&m_guard, &DatabaseGuard::failed, this, [this](const QString& message) {
            notice(message);
            if (m_window && m_options.screenshot.isEmpty())
                QMessageBox::warning(m_window, QCoreApplication::translate("motcua::main", "MotCua Desk"), message);
        });
    }

    // Shows the login (or logs in automatically) and then the main window. False when the
    // user cancelled the login.
    bool start(const Actor* alreadyLoggedIn = nullptr)
    {
        Actor actor;
        if (alreadyLoggedIn) {
            actor = *alreadyLoggedIn;
        } else if (!login(&actor)) {
            return false;
        }
        purgeOldRecords();
        m_window = new MainWindow(m_context, actor);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            if (MainWindow::pageKey(static_cast<MainWindow::Page>(i)) == m_options.page)
                m_window->showPage(static_cast<MainWindow::Page>(i));
        }
        // "quality": the Dashboard's service-quality index section (last quarter).
        if (m_options.page == QLatin1String("quality")) {
            m_window->showPage(MainWindow::Dashboard);
            if (auto* dashboard = qobject_cast<DashboardPage*>(m_window->page(MainWindow::Dashboard)))
                dashboard->showQualityIndex();
        }
        connect(m_window, &MainWindow::logoutRequested, this, &Session::logout);
        // Closing the window ends the program, except when it closes for a log out.
        connect(m_window, &QObject::destroyed, this, [this] {
            if (!m_loggingOut)
                QCoreApplication::quit();
        });
        if (!m_options.screenshot.isEmpty()) {
            // The picture shows exactly the counter screen the layout is checked against.
            m_window->setGeometry(m_window->screen()->availableGeometry());
            m_window->show();
        } else {
            m_window->showMaximized();
        }
        if (m_options.timing || m_options.quitAfterStart) {
            // Interactive = the event loop has shown the window and is ready for the first key:
            // measured on its first pass, not when show() returns.
            QTimer::singleShot(0, this, [this] {
                if (m_options.timing) {
                    printErr(QStringLiteral("start-up: %1 ms (login %2 ms)").arg(m_startup.elapsed()).arg(m_loginMs));
                }
                if (m_options.quitAfterStart)
                    QCoreApplication::exit(0);
            });
        }
        if (!m_options.screenshot.isEmpty())
            QTimer::singleShot(500, this, &Session::takeScreenshot);
        return true;
    }

private:
    void notice(const QString& message)
    {
        printErr(message);
        if (m_window)
            m_window->statusBar()->showMessage(message, 60000);
    }

    bool login(Actor* actor)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = loginOnce(actor);
        m_loginMs = timer.elapsed();
        return ok;
    }

    bool loginOnce(Actor* actor)
    {
        const QString center = m_context.settings().string(SettingKey::CenterName);
        if (m_options.autoLogin) {
            // Only once: after a log out the dialog asks like for anyone else.
            m_options.autoLogin = false;
            Result<Actor> r = m_context.users().login(m_options.user, m_options.password);
            // A temporary password goes through the dialog, which asks for the user's own.
            if (r && !r->mustChangePassword) {
                unlockAttachments(m_options.user, m_options.password);
                *actor = *r;
                return true;
            }
            printErr(
                r ? QCoreApplication::translate("motcua::main", "%1 must choose a new password first.").arg(r->username)
                  : r.error().message);
            // A screenshot run has nobody to type a password.
            if (!m_options.screenshot.isEmpty())
                return false;
        }
        LoginDialog dialog(m_context.users(), center);
        dialog.setAttachments(&m_context.attachments());
        if (!m_options.user.isEmpty())
            dialog.setUsername(m_options.user);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *actor = dialog.actor();
        return true;
    }

    // Retention runs by itself after each login: sent dossiers' copies, old drafts and kept
    // scans go (RetentionService); a failure is reported and the desk opens anyway.
    void purgeOldRecords()
    {
        Actor system;
        system.username = QStringLiteral("system");
        system.role = Role::Admin;
        RetentionService retention(m_context.db(), m_context.settings(), m_context.clock());
        retention.setFetchPartsFolder(m_context.attachments().fetchPartsFolder());
        const auto counts = retention.purge(system);
        if (!counts) {
            printErr(counts.error().message);
            return;
        }
        if (counts->keptScans > 0) {
            if (const auto swept = m_context.attachments().sweep(); !swept)
                printErr(swept.error().message);
        }
    }

    void unlockAttachments(const QString& user, const QString& password)
    {
        if (Status s = m_context.attachments().unlock(user, password); !s)
            printErr(s.error().message);
    }

    void logout()
    {
        // The next user unlocks with their own password; the key leaves memory meanwhile.
        m_context.attachments().lock();
        m_loggingOut = true;
        if (m_window) {
            m_window->close();
            m_window = nullptr;
        }
        // Back to the login once the window is gone; cancelling it ends the program.
        QTimer::singleShot(0, this, [this] {
            m_loggingOut = false;
            // With the window gone, an encrypted database closes and its key is wiped too: the
            // next login opens it with that user's password.
            m_context.lockDatabase();
            if (!start())
                QCoreApplication::quit();
        });
    }

    void takeScreenshot()
    {
        int rc = 0;
        if (!m_window || !m_window->grab().save(m_options.screenshot)) {
            printErr(QStringLiteral("could not save the screenshot to %1").arg(m_options.screenshot));
            rc = 1;
        }
        QCoreApplication::exit(rc);
    }

    AppContext& m_context;
    Options m_options;
    QElapsedTimer m_startup;
    QPointer<MainWindow> m_window;
    bool m_loggingOut = false;
    DatabaseGuard m_guard;
    qint64 m_loginMs = 0; // password check (PBKDF2) included in the start-up figure
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    // Everything written from here on is the user's alone (the database, scans, exports).
    motcua::restrictNewFiles();
    // Attachments sync in megabyte chunks: their buffers are reused, not faulted in afresh.
    motcua::reuseFreedMemory();

    allowHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("motcua"));
    // Between a log out and the next login no window is open: the session decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);
    initUiResources();
    QApplication::setWindowIcon(uiIcon(QStringLiteral("app")));

    const Options options = parseCommandLine(app);
    // Vietnamese until the stored choice is known, so even an open error reads in it.
    installLanguage(options.language.isEmpty() ? defaultLanguage() : options.language);

    AppContext::Options contextOptions;
    contextOptions.databasePath = options.databasePath;
    // A new database only in the default location (the first start); a --db path must hold one.
    contextOptions.createIfMissing = options.databasePath.isEmpty();
    Result<std::unique_ptr<AppContext>> opened = AppContext::open(contextOptions);
    if (!opened) {
        printErr(opened.error().message);
        if (options.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("motcua::main", "MotCua Desk"),
                                  opened.error().message);
        return 1;
    }
    AppContext& context = **opened;
    // The file dialogs keep away from the database and its own folder (FileChooser.h).
    FileChooser::protectDatabase(context.db().path(), AppContext::dedicatedDatabaseFolder(context.db().path()));
    // The app works in the user's Documents: Qt's print dialog offers "print to file" there,
    // and nothing relative ever lands beside the database.
    QDir::setCurrent(FileChooser::startFolder());
    if (options.language.isEmpty())
        installLanguage(context.settings().string(SettingKey::UiLanguage));

    Session session(context, options, startup);
    Actor firstAdmin;
    bool createdAdmin = false;
    if (context.needsFirstAdmin()) {
        if (options.autoLogin && options.user == kDemoUser) {
            // Demo runs only: the demo administrator, so a screenshot needs no hands.
            Result<Actor> r = context.users().createFirstAdmin(
                kDemoUser, QCoreApplication::translate("motcua::main", "Demo administrator"), options.password);
            if (!r) {
                printErr(r.error().message);
                return 1;
            }
            firstAdmin = *r;
        } else {
            FirstRunDialog dialog(context.users());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            firstAdmin = dialog.actor();
        }
        createdAdmin = true;
    }
    // The administrator just created is logged in: asking again for the password they
    // typed a moment ago helps nobody.
    // Cancelling the login is a normal end; a screenshot run that could not log in failed.
    if (!session.start(createdAdmin ? &firstAdmin : nullptr))
        return options.screenshot.isEmpty() ? 0 : 1;
    return app.exec();
}
