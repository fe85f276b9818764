// The dossier lists follow the database without F5: a dossier withdrawn or returned by another
// process on the same database (a second window, `motcuactl`, a sync pass writing what the
// center sent) drops off an open list within the notifier's poll, the clerk stays on the
// dossier they were on, and a hidden list catches up when it is shown again.

#include "dossiers/DossierListModel.h"
#include "pages/DossiersPage.h"
#include "pages/ReturnsPage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/DossierRepository.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestListFollow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openListDropsWhatAnotherProcessClosed();
    void hiddenListCatchesUpWhenShown();

private:
    std::unique_ptr<AppContext> open();
    static bool listed(DossierListModel* model, const QString& code);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    Actor m_clerk;
    QStringList m_codes;
};

std::unique_ptr<AppContext> TestListFollow::open()
{
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("lists.db"));
    o.encryptAtAdminLogin = false;
    auto ctx = AppContext::open(o);
    return ctx ? std::move(*ctx) : nullptr;
}

bool TestListFollow::listed(DossierListModel* model, const QString& code)
{
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->codeAt(i) == code)
            return true;
    }
    return false;
}

void TestListFollow::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("lists.db")));
    m_app = open();
    QVERIFY(m_app);
    m_app->changes().setPollInterval(100);
    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.role = Role::Clerk;
    m_codes.clear();
    for (const Procedure& p : m_app->catalogue().procedures()) {
        if (!p.channel(Channel::Counter))
            continue;
        for (int i = 0; i < 3; ++i) {
            Dossier d;
            d.procedureCode = p.code;
            d.applicant.fullName = QStringLiteral("Phạm Văn Hùng %1").arg(i);
            d.applicant.idNumber = QStringLiteral("06209001234%1").arg(i);
            auto r = m_app->dossiers().receive(m_clerk, d);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            m_codes.append(r->code);
        }
        break;
    }
    QCOMPARE(m_codes.size(), 3);
}

void TestListFollow::cleanup()
{
    m_app.reset();
}

void TestListFollow::openListDropsWhatAnotherProcessClosed()
{
    DossiersPage page(*m_app, m_clerk);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DossierFilter received;
    received.states = {DossierState::Received};
    page.showFilter(received);
    QTRY_COMPARE(page.model()->rowCount(), 3);
    // The clerk is on the first one received.
    for (int i = 0; i < 3; ++i) {
        if (page.model()->codeAt(i) == m_codes.at(0))
            page.table()->setCurrentIndex(page.model()->index(i, 0));
    }

    // Another process withdraws the newest one.
    {
        auto other = open();
        QVERIFY(other);
        QVERIFY(other->processing().withdraw(m_clerk, m_codes.at(2), QStringLiteral("Người nộp rút hồ sơ")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!listed(page.model(), m_codes.at(2)), 3000);
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->codeAt(page.table()->currentIndex().row()), m_codes.at(0));
}

void TestListFollow::hiddenListCatchesUpWhenShown()
{
    ReturnsPage page(*m_app, m_clerk);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    page.hide();
    // Completed here while the page is hidden: nothing read yet, all of it once shown.
    ProcessingService& work = m_app->processing();
    auto d = DossierRepository(m_app->db()).byCode(m_codes.at(1));
    QVERIFY(d);
    Actor lead = m_clerk;
    lead.role = Role::Supervisor;
    QVERIFY(work.transfer(lead, m_codes.at(1), d->departmentCode));
    QVERIFY(work.receive(lead, m_codes.at(1)));
    QVERIFY(work.complete(lead, m_codes.at(1)));
    QTest::qWait(300);
    QCOMPARE(page.model()->rowCount(), 0);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->codeAt(0), m_codes.at(1));
}

QTEST_MAIN(TestListFollow)
#include "test_listfollow.moc"
