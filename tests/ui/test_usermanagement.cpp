// User management in the app, through the widgets: an administrator adds a clerk on the
// Settings page and the clerk logs in through the login dialog; the administrator edits the
// clerk's full name and role, disables the account (login refused) and resets its password
// (the old one refused, the temporary one leads to "choose your own", the new one accepted).
// Non-administrators do not see the section; a supervisor starts on the Dashboard; the dossier
// timeline names people by their full name.
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "dossiers/DossierViewDialog.h"
#include "pages/SettingsPage.h"
#include "pages/UserDialog.h"
#include "pages/UserTableModel.h"
#include "pages/UsersBox.h"
#include "security/DataKey.h"
#include "security/RoleSignature.h"
#include "security/StationAccounts.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "support/UiTestKit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");
const QString kClerkName = QStringLiteral("Trần Thị Bích Ngọc");

void setField(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    QVERIFY(edit);
    edit->clear();
    typeText(edit, text);
}

void chooseRole(QWidget* dialog, Role role)
{
    auto* combo = child<QComboBox>(dialog, "role");
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(role)));
}
} // namespace

class TestUserManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adminCreatesClerkWhoLogsIn();
    void addDialogShowsErrorsInline();
    void addDialogTabsThroughEveryField();
    void addDialogSaysWhereTheAccountReaches();
    void editFullNameAndRole();
    void disabledUserCannotLogIn();
    void resetPasswordIsTemporary();
    void lastAdministratorIsKept();
    void nonAdminSeesNoUsersSection_data();
    void nonAdminSeesNoUsersSection();
    void startPageByRole_data();
    void startPageByRole();
    void timelineShowsFullNames();

private:
    UsersBox* openUsers();
    void addClerk(UsersBox* box, bool temporary);
    // Logs in through the dialog as the app does (attachments unlocked on success).
    // Returns the dialog's result; `dialog` stays for the caller to look at.
    int login(LoginDialog& dialog, const QString& username, const QString& password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    Actor m_admin;
};

void TestUserManagement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The counter's language: inline errors are checked in Vietnamese.
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestUserManagement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("users.db"));
    options.kdfIterationsForTesting = 1000;
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_ctx = std::move(*opened);
    auto admin =
        m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Nguyễn Văn Quản"), kAdminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = *admin;
    // The administrator's session holds the data key, as after a login.
    QVERIFY(m_ctx->attachments().isUnlocked());
}

void TestUserManagement::cleanup()
{
    m_window.reset();
    m_ctx.reset();
    m_dir.reset();
}

UsersBox* TestUserManagement::openUsers()
{
    m_window = std::make_unique<MainWindow>(*m_ctx, m_admin);
    m_window->resize(1366, 768);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->showPage(MainWindow::Settings);
    auto* box = m_window->findChild<UsersBox*>(QStringLiteral("users-settings"));
    if (box) {
        new QAbstractItemModelTester(box->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, box);
        if (!box->isVisible())
            return nullptr;
    }
    return box;
}

void TestUserManagement::addClerk(UsersBox* box, bool temporary)
{
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "add-user"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), UserDialog::Add);
    setField(dialog, "username", QStringLiteral("ngoc.tt"));
    setField(dialog, "full-name", kClerkName);
    chooseRole(dialog, Role::Clerk);
    setField(dialog, "password", kClerkPassword);
    setField(dialog, "password-confirm", kClerkPassword);
    child<QCheckBox>(dialog, "temporary-password")->setChecked(temporary);
    shoot(dialog, "add-user-dialog");
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    QTRY_VERIFY(!box->dialog());
    const int row = box->model()->rowOf(QStringLiteral("ngoc.tt"));
    QVERIFY(row >= 0);
    QCOMPARE(box->model()->userAt(row)->fullName, kClerkName);
    QCOMPARE(box->model()->userAt(row)->role, Role::Clerk);
    auto* message = child<QLabel>(box, "users-message");
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
}

int TestUserManagement::login(LoginDialog& dialog, const QString& username, const QString& password)
{
    dialog.setAttachments(&m_ctx->attachments());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return -1;
    auto* user = child<QLineEdit>(&dialog, "username");
    user->clear();
    QTest::keyClicks(user, username);
    auto* field = child<QLineEdit>(&dialog, "password");
    field->clear();
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    return dialog.result();
}

void TestUserManagement::adminCreatesClerkWhoLogsIn()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    addClerk(box, false);
    // Scrolled to the users section, as an administrator would.
    for (QWidget* w = box->parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            scroll->ensureWidgetVisible(box, 0, 0);
            break;
        }
    }
    QVERIFY(box->select(QStringLiteral("ngoc.tt")));
    shoot(m_window.get(), "settings-users");
    const QString shots = qEnvironmentVariable("MOTCUA_SHOT_DIR");
    if (!shots.isEmpty()) {
        // The database as the administrator left it, for a walk-through with the real app.
        QFile::remove(shots + QStringLiteral("/walk.db"));
        QVERIFY(m_ctx->db().execute(QStringLiteral("VACUUM INTO '%1/walk.db'").arg(shots)));
    }

    // The new clerk at the login: a fresh session, as after the administrator logged out.
    m_ctx->attachments().lock();
    LoginDialog dialog(m_ctx->users());
    dialog.show();
    dialog.setUsername(QStringLiteral("ngoc.tt"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), kClerkPassword);
    shoot(&dialog, "clerk-login");
    QCOMPARE(login(dialog, QStringLiteral("ngoc.tt"), kClerkPassword), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().username, QStringLiteral("ngoc.tt"));
    QCOMPARE(dialog.actor().fullName, kClerkName);
    QCOMPARE(dialog.actor().role, Role::Clerk);
    // The administrator's session granted the clerk a copy of the data key, as `motcuactl users
    // add` does: the clerk's own password opens the scans.
    QVERIFY(m_ctx->attachments().isUnlocked());

    // The clerk's desk starts at the counter and shows their full name.
    MainWindow desk(*m_ctx, dialog.actor());
    QCOMPARE(desk.currentPage(), MainWindow::Intake);
    QVERIFY(child<QLabel>(&desk, "status-user")->text().contains(kClerkName));
    desk.resize(1366, 768);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    shoot(&desk, "clerk-desk");
}

void TestUserManagement::addDialogTabsThroughEveryField()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "add-user"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "username"));
    // Top to bottom as laid out, the role included, then the buttons.
    const char* const order[] = {"full-name",          "role",          "password", "password-confirm", "departments",
                                 "temporary-password", "cancel-button", "save-user"};
    for (const char* name : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == child<QWidget>(dialog, name),
                 qPrintable(QStringLiteral("Tab reached %1 instead of %2")
                                .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                 : QStringLiteral("nothing"),
                                     QString::fromLatin1(name))));
    }
    dialog->reject();
}

void TestUserManagement::addDialogSaysWhereTheAccountReaches()
{
    auto intro = [this](UsersBox* box) {
        QTest::mouseClick(child<QPushButton>(box, "add-user"), Qt::LeftButton);
        UserDialog* dialog = box->dialog();
        QString text;
        if (dialog) {
            if (auto* label = child<QLabel>(dialog, "user-dialog-intro"))
                text = label->text();
            shoot(dialog, m_ctx->stationAccounts().isJoined() ? "add-user-joined" : "add-user-alone");
            dialog->reject();
        }
        if (!QTest::qWaitFor([box] { return !box->dialog(); }))
            qWarning("the dialog stayed open");
        return text;
    };
    // A workstation of its own: the account is this workstation's.
    UsersBox* box = openUsers();
    QVERIFY(box);
    const QString alone = intro(box);
    QCOMPARE(alone, QStringLiteral("Tài khoản mới đăng nhập trên máy trạm này bằng tên đăng nhập và mật khẩu dưới "
                                   "đây."));

    // Joined to a center: accounts reach every workstation of the center.
    QVERIFY(m_ctx->stationAccounts()
                .adopt(QByteArray(RoleSignature::kKeyBytes, 'v'), QByteArray(DataKey::kBytes, 'a'),
                       QStringLiteral("000.00.00.H00"))
                .ok());
    QVERIFY(m_ctx->stationAccounts().isJoined());
    const QString joined = intro(box);
    QCOMPARE(joined, QCoreApplication::translate("motcua::UserDialog",
                                                 "The new account reaches the center at this workstation's next sync "
                                                 "and then logs in at any workstation of the center with the user "
                                                 "name and password below."));
}

void TestUserManagement::addDialogShowsErrorsInline()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "add-user"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    setField(dialog, "username", QStringLiteral("admin"));
    setField(dialog, "full-name", QStringLiteral("Lê Văn Tám"));
    setField(dialog, "password", QStringLiteral("short"));
    setField(dialog, "password-confirm", QStringLiteral("other"));
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    // Field rules (UserService's), in Vietnamese, under their fields; nothing saved.
    auto* passwordError = child<QLabel>(dialog, "password-error");
    QVERIFY(passwordError->isVisible());
    QVERIFY2(passwordError->text().contains(QStringLiteral("ít nhất 8")), qPrintable(passwordError->text()));
    QVERIFY(child<QLabel>(dialog, "password-confirm-error")->isVisible());
    QVERIFY(dialog->isVisible());

    // A taken user name: the service's refusal above the buttons, the typed values kept.
    setField(dialog, "password", kClerkPassword);
    setField(dialog, "password-confirm", kClerkPassword);
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "user-dialog-error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("admin")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "full-name")->text(), QStringLiteral("Lê Văn Tám"));
    QCOMPARE(box->model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, "cancel-button"), Qt::LeftButton);
    QTRY_VERIFY(!box->dialog());
}

void TestUserManagement::editFullNameAndRole()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    addClerk(box, false);
    QVERIFY(box->select(QStringLiteral("ngoc.tt")));
    QTest::mouseClick(child<QPushButton>(box, "edit-user"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), UserDialog::Edit);
    QCOMPARE(child<QLineEdit>(dialog, "full-name")->text(), kClerkName);
    setField(dialog, "full-name", QStringLiteral("Trần Thị Ngọc Anh"));
    chooseRole(dialog, Role::Supervisor);
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    QTRY_VERIFY(!box->dialog());

    const UserInfo* row = box->model()->userAt(box->model()->rowOf(QStringLiteral("ngoc.tt")));
    QVERIFY(row);
    QCOMPARE(row->fullName, QStringLiteral("Trần Thị Ngọc Anh"));
    QCOMPARE(row->role, Role::Supervisor);
    // The next login carries the new name and role.
    auto actor = m_ctx->users().login(QStringLiteral("ngoc.tt"), kClerkPassword);
    QVERIFY2(actor.ok(), qPrintable(actor.error().message));
    QCOMPARE(actor->fullName, QStringLiteral("Trần Thị Ngọc Anh"));
    QCOMPARE(actor->role, Role::Supervisor);
}

void TestUserManagement::disabledUserCannotLogIn()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    addClerk(box, false);
    QVERIFY(box->select(QStringLiteral("ngoc.tt")));
    auto* disable = child<QPushButton>(box, "disable-user");
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(box->model()->userAt(box->model()->rowOf(QStringLiteral("ngoc.tt")))->disabled);

    m_ctx->attachments().lock();
    {
        LoginDialog dialog(m_ctx->users());
        QVERIFY(login(dialog, QStringLiteral("ngoc.tt"), kClerkPassword) != int(QDialog::Accepted));
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(&dialog, "login-error");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("khóa")), qPrintable(error->text()));
        QVERIFY(!m_ctx->attachments().isUnlocked());
    }

    // Enabled again: the same password works.
    QVERIFY(box->select(QStringLiteral("ngoc.tt")));
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(!box->model()->userAt(box->model()->rowOf(QStringLiteral("ngoc.tt")))->disabled);
    LoginDialog again(m_ctx->users());
    QCOMPARE(login(again, QStringLiteral("ngoc.tt"), kClerkPassword), int(QDialog::Accepted));
}

void TestUserManagement::resetPasswordIsTemporary()
{
    const QString temporary = QStringLiteral("tam-thoi-2026");
    const QString own = QStringLiteral("mat-khau-rieng-99");
    UsersBox* box = openUsers();
    QVERIFY(box);
    addClerk(box, false);
    QVERIFY(box->select(QStringLiteral("ngoc.tt")));
    QTest::mouseClick(child<QPushButton>(box, "reset-password"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), UserDialog::ResetPassword);
    setField(dialog, "password", temporary);
    setField(dialog, "password-confirm", temporary);
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    QTRY_VERIFY(!box->dialog());
    QVERIFY(box->model()->userAt(box->model()->rowOf(QStringLiteral("ngoc.tt")))->mustChangePassword);

    m_ctx->attachments().lock();
    {
        // The old password no longer opens the account.
        LoginDialog dialog(m_ctx->users());
        QVERIFY(login(dialog, QStringLiteral("ngoc.tt"), kClerkPassword) != int(QDialog::Accepted));
        QVERIFY(child<QLabel>(&dialog, "login-error")->isVisible());
    }
    {
        // The temporary one leads to "choose your own password", not to the desk.
        LoginDialog dialog(m_ctx->users());
        QVERIFY(login(dialog, QStringLiteral("ngoc.tt"), temporary) != int(QDialog::Accepted));
        QVERIFY(dialog.isChangingPassword());
        QVERIFY(child<QLineEdit>(&dialog, "new-password")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "password")->isVisible());
        // Its rules inline, in Vietnamese.
        auto* fresh = child<QLineEdit>(&dialog, "new-password");
        auto* confirm = child<QLineEdit>(&dialog, "new-password-confirm");
        QTest::keyClicks(fresh, QStringLiteral("short"));
        QTest::keyClick(fresh, Qt::Key_Return);
        auto* error = child<QLabel>(&dialog, "login-error");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("ít nhất 8")), qPrintable(error->text()));
        fresh->clear();
        QTest::keyClicks(fresh, own);
        QTest::keyClicks(confirm, own);
        QTest::keyClick(confirm, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.actor().mustChangePassword);
    }
    // Now only the user's own password opens the account, and it opens the scans too (the data
    // key was wrapped again under it).
    m_ctx->attachments().lock();
    QVERIFY(!m_ctx->users().login(QStringLiteral("ngoc.tt"), temporary).ok());
    QVERIFY(!m_ctx->users().login(QStringLiteral("ngoc.tt"), kClerkPassword).ok());
    LoginDialog last(m_ctx->users());
    QCOMPARE(login(last, QStringLiteral("ngoc.tt"), own), int(QDialog::Accepted));
    QVERIFY(!last.isChangingPassword());
    QVERIFY(m_ctx->attachments().isUnlocked());
}

void TestUserManagement::lastAdministratorIsKept()
{
    UsersBox* box = openUsers();
    QVERIFY(box);
    QVERIFY(box->select(QStringLiteral("admin")));
    // Disabling oneself as the only administrator: refused inline, nothing changes.
    QTest::mouseClick(child<QPushButton>(box, "disable-user"), Qt::LeftButton);
    auto* message = child<QLabel>(box, "users-message");
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
    QVERIFY(!box->model()->userAt(box->model()->rowOf(QStringLiteral("admin")))->disabled);

    // Nor a lower role: the dialog stays open with the reason.
    QTest::mouseClick(child<QPushButton>(box, "edit-user"), Qt::LeftButton);
    UserDialog* dialog = box->dialog();
    QVERIFY(dialog);
    chooseRole(dialog, Role::Clerk);
    QTest::mouseClick(child<QPushButton>(dialog, "save-user"), Qt::LeftButton);
    auto* error = child<QLabel>(dialog, "user-dialog-error");
    QVERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(box->model()->userAt(box->model()->rowOf(QStringLiteral("admin")))->role, Role::Admin);
    QTest::mouseClick(child<QPushButton>(dialog, "cancel-button"), Qt::LeftButton);
    QTRY_VERIFY(!box->dialog());
}

void TestUserManagement::nonAdminSeesNoUsersSection_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("sees");
    QTest::newRow("clerk") << int(Role::Clerk) << false;
    QTest::newRow("supervisor") << int(Role::Supervisor) << false;
    QTest::newRow("admin") << int(Role::Admin) << true;
}

void TestUserManagement::nonAdminSeesNoUsersSection()
{
    QFETCH(int, role);
    QFETCH(bool, sees);
    const QString name = QStringLiteral("user%1").arg(role);
    auto added =
        m_ctx->users().addUser(m_admin, name, QStringLiteral("Phạm Văn Bình"), static_cast<Role>(role), kClerkPassword);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    SettingsPage page(*m_ctx, *added);
    QCOMPARE(page.findChild<UsersBox*>() != nullptr, sees);
}

void TestUserManagement::startPageByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("page");
    QTest::newRow("clerk") << int(Role::Clerk) << int(MainWindow::Intake);
    QTest::newRow("supervisor") << int(Role::Supervisor) << int(MainWindow::Dashboard);
    QTest::newRow("admin") << int(Role::Admin) << int(MainWindow::Intake);
}

void TestUserManagement::startPageByRole()
{
    QFETCH(int, role);
    QFETCH(int, page);
    const QString name = QStringLiteral("start%1").arg(role);
    QVERIFY(m_ctx->users()
                .addUser(m_admin, name, QStringLiteral("Võ Thị Hoa"), static_cast<Role>(role), kClerkPassword)
                .ok());
    // Through the login, as the app starts a session.
    m_ctx->attachments().lock();
    LoginDialog dialog(m_ctx->users());
    QCOMPARE(login(dialog, name, kClerkPassword), int(QDialog::Accepted));
    MainWindow window(*m_ctx, dialog.actor());
    QCOMPARE(int(window.currentPage()), page);
}

void TestUserManagement::timelineShowsFullNames()
{
    auto clerk = m_ctx->users().addUser(m_admin, QStringLiteral("ngoc.tt"), kClerkName, Role::Clerk, kClerkPassword);
    QVERIFY2(clerk.ok(), qPrintable(clerk.error().message));
    Dossier d;
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && !p.components.isEmpty()) {
            d.procedureCode = p.code;
            break;
        }
    }
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    auto received = m_ctx->dossiers().receive(*clerk, d);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    // A step recorded at another counter, under a login this workstation has no account for.
    DossierRepository repo(m_ctx->db());
    QVERIFY(repo.addEvent(received->id, received->receivedAt.addSecs(60), QStringLiteral("hoa.vt"),
                          DossierState::Received, DossierState::Received, 0, 0, QStringLiteral("ghi chú"))
                .ok());

    DossierViewDialog view(*m_ctx, m_admin, received->code);
    auto* timeline = child<QTableWidget>(&view, "timeline");
    QVERIFY(timeline);
    QCOMPARE(timeline->rowCount(), 2);
    QCOMPARE(timeline->item(0, 1)->text(), kClerkName);
    QVERIFY2(timeline->item(0, 1)->toolTip().contains(QStringLiteral("ngoc.tt")),
             qPrintable(timeline->item(0, 1)->toolTip()));
    QCOMPARE(timeline->item(1, 1)->text(), QStringLiteral("hoa.vt"));

    // A new full name shows at once: the timeline reads the account, not a copy.
    QVERIFY(
        m_ctx->users().updateUser(m_admin, QStringLiteral("ngoc.tt"), QStringLiteral("Trần Ngọc"), Role::Clerk).ok());
    view.reload();
    QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("Trần Ngọc"));
}

QTEST_MAIN(TestUserManagement)
#include "test_usermanagement.moc"
