// A department officer's desk: the administrator ticks the officer's department in the user
// dialog (saved with the account), and the officer's window opens on the Dossiers page showing
// that department's queue; a clerk of no department still starts at the counter.
#include "MainWindow.h"
#include "dossiers/DossierFilterBar.h"
#include "pages/DossiersPage.h"
#include "pages/UserDialog.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestOfficerDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    Actor m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("desk.db"));
        options.kdfIterationsForTesting = 1000;
        options.encryptAtAdminLogin = false;
        auto opened = AppContext::open(options);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        m_context = std::move(*opened);
        auto admin = m_context->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                                         QStringLiteral("admin-password-123"));
        QVERIFY(admin.ok());
        m_admin = *admin;
        QVERIFY(m_context->users()
                    .addUser(m_admin, QStringLiteral("can.bo"), QStringLiteral("Vũ Cán Bộ"), Role::Clerk,
                             QStringLiteral("Can-bo-mat-khau-5"))
                    .ok());
    }

    void dialogSavesTheDepartments()
    {
        const QList<Department> departments = m_context->catalogue().departments();
        QVERIFY(departments.size() >= 2);
        UserInfo user;
        user.username = QStringLiteral("can.bo");
        user.fullName = QStringLiteral("Vũ Cán Bộ");
        user.role = Role::Clerk;
        UserDialog dialog(m_context->users(), m_admin, UserDialog::Edit, user);
        dialog.setDepartmentChoices(departments);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("departments"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), departments.size());
        list->item(1)->setCheckState(Qt::Checked);
        dialog.findChild<QPushButton*>(QStringLiteral("save-user"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = m_context->users().departments(QStringLiteral("can.bo"));
        QVERIFY(saved.ok());
        QCOMPARE(*saved, QStringList{departments.at(1).code});

        // Opened again, the department is ticked; a password reset shows no choice.
        UserDialog again(m_context->users(), m_admin, UserDialog::Edit, user);
        again.setDepartmentChoices(departments);
        auto* list2 = again.findChild<QListWidget*>(QStringLiteral("departments"));
        QCOMPARE(list2->item(1)->checkState(), Qt::Checked);
        QCOMPARE(list2->item(0)->checkState(), Qt::Unchecked);
        UserDialog reset(m_context->users(), m_admin, UserDialog::ResetPassword, user);
        reset.setDepartmentChoices(departments);
        QCOMPARE(reset.findChild<QListWidget*>(QStringLiteral("departments"))->count(), 0);
    }

    void officerOpensOnTheQueue()
    {
        // The workstation never joined a center: the departments set here count.
        auto officer = m_context->users().login(QStringLiteral("can.bo"), QStringLiteral("Can-bo-mat-khau-5"));
        QVERIFY(officer.ok());
        const Department mine = m_context->catalogue().departments().at(1);
        QCOMPARE(officer->departments, QStringList{mine.code});
        MainWindow window(*m_context, *officer);
        QCOMPARE(window.currentPage(), MainWindow::Dossiers);
        const DossierFilter filter = window.dossiersPage()->filterBar()->filter();
        QVERIFY(filter.departmentId.has_value());
        QCOMPARE(*filter.departmentId, mine.id);
        QVERIFY(filter.states.contains(DossierState::Transferred));
        QVERIFY(!filter.states.contains(DossierState::Returned));

        Actor clerk = *officer;
        clerk.departments.clear();
        MainWindow counter(*m_context, clerk);
        QCOMPARE(counter.currentPage(), MainWindow::Intake);
    }
};

QTEST_MAIN(TestOfficerDesk)
#include "test_officerdesk.moc"
