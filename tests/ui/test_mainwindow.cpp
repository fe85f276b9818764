// Drives the real desk: first administrator, login, navigation, catalogue and language,
// through the widgets as a clerk would, headless (offscreen platform).
#include "FileChooser.h"
#include "FirstRunDialog.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "core/TextFold.h"
#include "pages/CataloguePage.h"
#include "pages/HolidayCalendarWidget.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "store/Settings.h"
#include "support/UiTestKit.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("admin-pass-1");

QString mw(const char* source)
{
    return QCoreApplication::translate("motcua::MainWindow", source);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunCreatesAdministrator();
    void loginShowsErrorsInlineAndEnterSubmits();
    void navigationShowsEveryPage();
    void shortcutsSwitchPages();
    void statusBarShowsOfflineUserAndCenter();
    void helpAndLogOutMenus();
    void catalogueListsAndSearches();
    void catalogueImportShowsResultInline();
    void holidayYearCanBeConfirmed();
    void clerkSeesReadOnlyCatalogue();
    void languageSwitchRetranslates();
    void cleanupTestCase();

private:
    Actor loginAs(const QString& username, const QString& password);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    Actor m_admin;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("desk.db"));
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_context = std::move(*opened);
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestMainWindow::cleanupTestCase()
{
    installLanguage(QStringLiteral("vi"));
    m_context.reset();
}

void TestMainWindow::firstRunCreatesAdministrator()
{
    QVERIFY(m_context->needsFirstAdmin());
    FirstRunDialog dialog(m_context->users());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* username = child<QLineEdit>(&dialog, "username");
    auto* fullName = child<QLineEdit>(&dialog, "full-name");
    auto* password = child<QLineEdit>(&dialog, "password");
    auto* confirm = child<QLineEdit>(&dialog, "password-confirm");
    auto* confirmError = child<QLabel>(&dialog, "password-confirm-error");
    QVERIFY(username && fullName && password && confirm && confirmError);

    QTest::keyClicks(username, kAdmin);
    typeText(fullName, QStringLiteral("Nguyễn Văn Đức"));
    QCOMPARE(fullName->text(), QStringLiteral("Nguyễn Văn Đức"));
    QTest::keyClicks(password, kAdminPassword);
    QTest::keyClicks(confirm, QStringLiteral("something-else"));
    // Checked as typed: the mismatch shows beside the field.
    QVERIFY(confirmError->isVisible());
    QVERIFY(!confirmError->text().isEmpty());

    // Submitting with the mismatch creates nobody.
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_context->needsFirstAdmin());

    confirm->clear();
    QTest::keyClicks(confirm, kAdminPassword);
    QVERIFY(!confirmError->isVisible());
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!m_context->needsFirstAdmin());
    QCOMPARE(dialog.actor().username, kAdmin);
    QCOMPARE(dialog.actor().role, Role::Admin);
    QCOMPARE(dialog.actor().fullName, QStringLiteral("Nguyễn Văn Đức"));
}

Actor TestMainWindow::loginAs(const QString& username, const QString& password)
{
    LoginDialog dialog(m_context->users());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {};
    QTest::keyClicks(child<QLineEdit>(&dialog, "username"), username);
    auto* edit = child<QLineEdit>(&dialog, "password");
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
    return dialog.result() == QDialog::Accepted ? dialog.actor() : Actor();
}

void TestMainWindow::loginShowsErrorsInlineAndEnterSubmits()
{
    LoginDialog dialog(m_context->users(), QStringLiteral("Trung tâm"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* username = child<QLineEdit>(&dialog, "username");
    auto* password = child<QLineEdit>(&dialog, "password");
    auto* error = child<QLabel>(&dialog, "login-error");
    QVERIFY(username && password && error);
    QVERIFY(!error->isVisible());

    QTest::keyClicks(username, kAdmin);
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    // Refused: the service's message inline, no modal box, the dialog still open.
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(password->text().isEmpty());

    QTest::keyClicks(password, kAdminPassword);
    QVERIFY(!error->isVisible()); // typing again hides the old refusal
    QTest::keyClick(password, Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().username, kAdmin);
    m_admin = dialog.actor();
}

void TestMainWindow::navigationShowsEveryPage()
{
    QVERIFY(m_admin.userId != 0);
    MainWindow window(*m_context, m_admin);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = child<QListWidget>(&window, "navigation");
    auto* pages = child<QStackedWidget>(&window, "pages");
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), int(MainWindow::PageCount));

    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        const auto page = static_cast<MainWindow::Page>(i);
        const QRect rect = navigation->visualItemRect(navigation->item(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPage(), page);
        QWidget* current = pages->currentWidget();
        QCOMPARE(current->objectName(), QStringLiteral("page-") + MainWindow::pageKey(page));
        QVERIFY(current->isVisible());
        QCOMPARE(window.findChild<QWidget*>(QStringLiteral("page-") + MainWindow::pageKey(page)), current);
    }
}

void TestMainWindow::shortcutsSwitchPages()
{
    MainWindow window(*m_context, m_admin);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* pages = child<QStackedWidget>(&window, "pages");
    auto* navigation = child<QListWidget>(&window, "navigation");
    const char* const keys[MainWindow::PageCount] = {"intake",    "online", "dossiers",  "returns",
                                                     "dashboard", "sync",   "catalogue", "settings"};
    // Backwards, so each key really changes the page.
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), i);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-") + QLatin1String(keys[i]));
        QVERIFY(pages->currentWidget()->isVisible());
        QCOMPARE(navigation->currentRow(), i);
    }
}

void TestMainWindow::statusBarShowsOfflineUserAndCenter()
{
    MainWindow window(*m_context, m_admin);
    const QString center = m_context->settings().string(QStringLiteral("center.name"));
    QVERIFY(!center.isEmpty()); // the demo center
    QCOMPARE(window.windowTitle(), QStringLiteral("MotCua Desk — ") + center);
    QVERIFY(child<QLabel>(&window, "status-connection")->text().contains(mw("Offline")));
    QCOMPARE(child<QLabel>(&window, "status-queued")->text(), mw("Queued: %1").arg(0));
    QCOMPARE(child<QLabel>(&window, "status-last-sync")->text(), mw("Last sync: %1").arg(mw("never")));
    QVERIFY(child<QLabel>(&window, "status-user")->text().contains(QStringLiteral("Nguyễn Văn Đức")));
    QVERIFY(child<QLabel>(&window, "status-user")->text().contains(roleName(Role::Admin)));
    QCOMPARE(child<QLabel>(&window, "status-center")->text(), center);
}

void TestMainWindow::helpAndLogOutMenus()
{
    MainWindow window(*m_context, m_admin);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // F1 opens the shortcut list; it names every page's key.
    QString shownName;
    int rows = 0;
    QStringList keys;
    QStringList actionsText;
    QTimer::singleShot(0, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        shownName = modal->objectName();
        if (auto* table = modal->findChild<QTableWidget*>(QStringLiteral("shortcuts-table"))) {
            rows = table->rowCount();
            for (int i = 0; i < rows; ++i) {
                keys.append(table->item(i, 0)->text());
                actionsText.append(table->item(i, 1)->text());
            }
        }
        modal->close();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(shownName, QStringLiteral("shortcuts-dialog"));
    QVERIFY(rows >= int(MainWindow::PageCount));
    // Every key of an action is listed: Receive has Ctrl+Return and Ctrl+Enter (keypad).
    const QString receiveKeys =
        keys.filter(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)).join(QLatin1Char('\n'));
    QVERIFY2(receiveKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText)),
             qPrintable(keys.join(QLatin1Char(';'))));
    // The Sync page's buttons too.
    for (const QKeySequence& k : {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)})
        QVERIFY2(keys.contains(k.toString(QKeySequence::NativeText)), qPrintable(keys.join(QLatin1Char(';'))));
    // The pages' own keys a new clerk looks for: the papers' Space and F2 (Intake), Enter and
    // F5 (Dossiers), Ctrl+R (Returns); the search from any page; the dossier view's steps,
    // taking back a transfer among them.
    const auto keyRow = [&](const QString& keyText, const char* what) {
        const QString text = QCoreApplication::translate("motcua::ShortcutsDialog", what);
        for (int i = 0; i < rows; ++i) {
            if (keys.at(i) == keyText && actionsText.at(i) == text)
                return true;
        }
        return false;
    };
    const auto native = [](const QKeySequence& k) { return k.toString(QKeySequence::NativeText); };
    const QString all = actionsText.join(QLatin1Char(';'));
    QVERIFY2(keyRow(native(QKeySequence(Qt::Key_Space)), "Tick or untick the paper (Intake page, list of papers)"),
             qPrintable(all));
    QVERIFY2(keyRow(native(QKeySequence(Qt::Key_F2)), "Edit the paper's name or note (Intake page, list of papers)"),
             qPrintable(all));
    QVERIFY2(keyRow(native(QKeySequence(Qt::Key_F5)), "Refresh the list or the figures (Dossiers, Dashboard pages)"),
             qPrintable(all));
    QVERIFY2(keyRow(QCoreApplication::translate("motcua::ShortcutsDialog", "Enter"),
                    "Open the selected dossier (Dossiers page)"),
             qPrintable(all));
    QVERIFY2(keyRow(native(QKeySequence(Qt::CTRL | Qt::Key_R)), "Return the result to the applicant (Returns page)"),
             qPrintable(all));
    QVERIFY2(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText)),
             qPrintable(keys.join(QLatin1Char(';'))));
    QVERIFY2(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText)),
             qPrintable(keys.join(QLatin1Char(';'))));

    // Help → About: a box naming the version and the center.
    QString aboutText;
    QTimer::singleShot(0, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            aboutText = box->text();
            box->close();
        }
    });
    child<QAction>(&window, "action-about")->trigger();
    QVERIFY(aboutText.contains(QStringLiteral(MOTCUA_VERSION)));
    QVERIFY(aboutText.contains(m_context->settings().string(QStringLiteral("center.name")).toHtmlEscaped()));

    // File → Log out asks the owner to end the session.
    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(logout.count(), 1);
}

void TestMainWindow::catalogueListsAndSearches()
{
    MainWindow window(*m_context, m_admin);
    window.show();
    window.showPage(MainWindow::Catalogue);
    QWidget* page = window.page(MainWindow::Catalogue);
    auto* departments = child<QListWidget>(page, "departments");
    auto* procedures = child<QTableWidget>(page, "procedures");
    auto* search = child<QLineEdit>(page, "catalogue-search");
    QVERIFY(departments && procedures && search);

    // "All departments" and the demo center's 18.
    QCOMPARE(departments->count(), 1 + 18);
    const int all = procedures->rowCount();
    QVERIFY2(all >= 40, qPrintable(QString::number(all)));

    // Without diacritics: "dang ky" finds "Đăng ký ..." and nothing without both words.
    QTest::keyClicks(search, QStringLiteral("dang ky"));
    const int found = procedures->rowCount();
    QVERIFY(found > 0);
    QVERIFY(found < all);
    for (int r = 0; r < found; ++r) {
        QString text;
        for (int c = 0; c < procedures->columnCount(); ++c)
            text += procedures->item(r, c)->text() + QLatin1Char(' ');
        const QString folded = foldText(text);
        QVERIFY2(folded.contains(QStringLiteral("dang")) && folded.contains(QStringLiteral("ky")), qPrintable(text));
    }

    // A department narrows the search further.
    departments->setCurrentRow(2);
    const QString department = departments->currentItem()->text();
    for (int r = 0; r < procedures->rowCount(); ++r)
        QCOMPARE(procedures->item(r, 3)->text(), department);

    search->clear();
    departments->setCurrentRow(0);
    QCOMPARE(procedures->rowCount(), all);
}

void TestMainWindow::catalogueImportShowsResultInline()
{
    MainWindow window(*m_context, m_admin);
    window.show();
    window.showPage(MainWindow::Catalogue);
    auto* page = window.findChild<CataloguePage*>(QStringLiteral("page-catalogue"));
    QVERIFY(page);
    auto* import = child<QPushButton>(page, "import-catalogue");
    auto* message = child<QLabel>(page, "catalogue-message");
    QVERIFY(import && message);
    QVERIFY(import->isVisible());

    // A broken file: the error inline, nothing changed.
    const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"departments\": [");
    badFile.close();
    FixedFileChooser chooser(bad);
    page->setFileChooser(&chooser);
    const int before = child<QTableWidget>(page, "procedures")->rowCount();
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(chooser.calls(), 1);
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(child<QTableWidget>(page, "procedures")->rowCount(), before);

    // The demo catalogue again: the counts inline.
    QFile demo(QStringLiteral(":/motcua/demo/catalogue.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QString good = m_dir.filePath(QStringLiteral("catalogue.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(demo.readAll());
    goodFile.close();
    chooser.setPath(good);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
    QVERIFY2(message->text().contains(QStringLiteral("18")), qPrintable(message->text()));
    QCOMPARE(child<QTableWidget>(page, "procedures")->rowCount(), before);

    // Cancelled dialog: nothing happens.
    chooser.setPath(QString());
    const QString shown = message->text();
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(message->text(), shown);
}

void TestMainWindow::holidayYearCanBeConfirmed()
{
    MainWindow window(*m_context, m_admin);
    auto* calendar = window.findChild<HolidayCalendarWidget*>(QStringLiteral("holiday-calendar"));
    QVERIFY(calendar);
    // A year far ahead: nobody confirmed it, the lunar calendar proposes its rows.
    calendar->setYear(2031);
    QVERIFY(!calendar->isConfirmed());
    const QList<CalendarDay> proposed = calendar->rows();
    QVERIFY(!proposed.isEmpty());
    auto* table = child<QTableWidget>(calendar, "holiday-rows");
    QCOMPARE(table->rowCount(), proposed.size());

    QTest::mouseClick(child<QPushButton>(calendar, "holiday-add"), Qt::LeftButton);
    QVERIFY(calendar->isModified());
    QCOMPARE(table->rowCount(), proposed.size() + 1);
    // A nameless holiday is refused inline before reaching the service.
    QTest::mouseClick(child<QPushButton>(calendar, "holiday-confirm"), Qt::LeftButton);
    auto* message = child<QLabel>(calendar, "holiday-message");
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
    QVERIFY(!calendar->isConfirmed());

    QTest::mouseClick(child<QPushButton>(calendar, "holiday-remove"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), proposed.size());
    QTest::mouseClick(child<QPushButton>(calendar, "holiday-confirm"), Qt::LeftButton);
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
    QVERIFY(calendar->isConfirmed());
    bool confirmed = false;
    auto stored = m_context->calendar().holidays(2031, &confirmed);
    QVERIFY(stored.ok());
    QVERIFY(confirmed);
    QCOMPARE(stored->size(), proposed.size());
}

void TestMainWindow::clerkSeesReadOnlyCatalogue()
{
    auto added = m_context->users().addUser(m_admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"),
                                            Role::Clerk, QStringLiteral("clerk-pass-1"));
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    const Actor clerk = loginAs(QStringLiteral("clerk1"), QStringLiteral("clerk-pass-1"));
    QCOMPARE(clerk.role, Role::Clerk);

    MainWindow window(*m_context, clerk);
    window.show();
    window.showPage(MainWindow::Catalogue);
    QWidget* page = window.page(MainWindow::Catalogue);
    QVERIFY(page->isVisible());
    auto* import = page->findChild<QPushButton*>(QStringLiteral("import-catalogue"));
    QVERIFY(!import || !import->isVisible());
    QVERIFY(child<QTableWidget>(page, "procedures")->rowCount() >= 40);
    for (const char* name : {"holiday-add", "holiday-remove", "holiday-confirm"}) {
        auto* button = page->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(!button || !button->isVisible());
    }
    QCOMPARE(child<QTableWidget>(page, "holiday-rows")->editTriggers(), QAbstractItemView::NoEditTriggers);

    window.showPage(MainWindow::Settings);
    auto* centerName = child<QLineEdit>(window.page(MainWindow::Settings), "setting-center.name");
    QVERIFY(centerName->isReadOnly());
    auto* save = window.page(MainWindow::Settings)->findChild<QPushButton*>(QStringLiteral("save-center"));
    QVERIFY(!save || !save->isVisible());
}

void TestMainWindow::languageSwitchRetranslates()
{
    MainWindow window(*m_context, m_admin);
    window.show();
    window.showPage(MainWindow::Settings);
    auto* navigation = child<QListWidget>(&window, "navigation");
    auto* language = child<QComboBox>(window.page(MainWindow::Settings), "language");
    QVERIFY(navigation && language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("vi"));
    QCOMPARE(navigation->item(MainWindow::Intake)->text(), QStringLiteral("Tiếp nhận"));
    QCOMPARE(navigation->item(MainWindow::Settings)->text(), QStringLiteral("Cài đặt"));

    // Chosen with the keyboard, as a user would: applied at once and remembered.
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(m_context->settings().string(QStringLiteral("ui.language")), QStringLiteral("en"));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    // Qt posts the LanguageChange events to the windows: let them arrive.
    QTRY_COMPARE(navigation->item(MainWindow::Intake)->text(), QStringLiteral("Intake"));
    QCOMPARE(navigation->item(MainWindow::Catalogue)->text(), QStringLiteral("Catalogue"));
    QVERIFY(child<QLabel>(&window, "status-connection")->text().contains(QStringLiteral("Offline")));
    auto* title = child<QLabel>(window.page(MainWindow::Catalogue), "page-title");
    QCOMPARE(title->text(), QStringLiteral("Procedure catalogue"));

    QTest::keyClick(language, Qt::Key_Up);
    QCOMPARE(m_context->settings().string(QStringLiteral("ui.language")), QStringLiteral("vi"));
    QTRY_COMPARE(navigation->item(MainWindow::Intake)->text(), QStringLiteral("Tiếp nhận"));
    QCOMPARE(navigation->item(MainWindow::Catalogue)->text(), QStringLiteral("Danh mục thủ tục"));
    QCOMPARE(title->text(), QStringLiteral("Danh mục thủ tục hành chính"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
