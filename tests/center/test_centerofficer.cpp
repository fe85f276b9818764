// A department officer at their own desk, on a workstation of a real motcua-center: the
// administrator names the officer's department, the center signs it, and the officer's login
// opens on that department's queue only; the officer takes the dossier up and completes it
// (the hand-over times of form 05 are theirs), and is refused the counter's steps and another
// department's dossiers. The dossiers are received on the same workstation.
#include "PortalFixture.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/CenterMembership.h"
#include "service/DepartmentQueue.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "sync/AccountSync.h"
#include "sync/CenterJoin.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {
const QString kAdmin = QStringLiteral("admin-c");
const QString kAdminPassword = QStringLiteral("station-admin-password-1");
const QString kOfficer = QStringLiteral("can.bo");
const QString kOfficerPassword = QStringLiteral("Can-bo-mat-khau-5");
} // namespace

class TestCenterOfficer : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_app;
    Actor m_admin;
    Procedure m_mine, m_other; // procedures of two different departments

    std::unique_ptr<AppContext> open()
    {
        AppContext::Options o;
        o.databasePath = m_dir.filePath(QStringLiteral("c.db"));
        o.kdfIterationsForTesting = 1000;
        auto ctx = AppContext::open(o);
        return ctx ? std::move(*ctx) : nullptr;
    }

    void syncAccounts()
    {
        auto options = m_app->sync().options(true);
        QVERIFY(options.ok());
        options->kinds = {SyncKind::Account};
        auto report = SyncRunner(m_app->db().path(), *options).run();
        QVERIFY(report.ok());
        QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.join(QLatin1Char('\n'))));
    }

    QString receive(const Procedure& p, int n)
    {
        Dossier d;
        d.procedureCode = p.code;
        d.channel = Channel::Counter;
        d.applicant.type = ApplicantType::Citizen;
        d.applicant.fullName = QStringLiteral("Trần Văn Nhận %1").arg(n);
        d.applicant.idNumber = QStringLiteral("0790900%1").arg(10000 + n);
        d.applicant.phone = QStringLiteral("09088%1").arg(10000 + n);
        auto r = m_app->dossiers().receive(m_admin, d);
        return r ? r->code : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        m_app = open();
        QVERIFY(m_app);
        auto admin = m_app->users().createFirstAdmin(kAdmin, QStringLiteral("Quản Trị C"), kAdminPassword);
        QVERIFY(admin.ok());
        m_admin = *admin;
        QByteArray code;
        QCOMPARE(
            m_center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QStringLiteral("4")}, &code),
            0);
        auto joined = joinCenter(m_app->settings(), m_center.url(), m_center.caPath(),
                                 QString::fromUtf8(code).trimmed(), QStringLiteral("C"));
        QVERIFY2(joined.ok(), joined ? "" : qPrintable(joined.error().message));
        QVERIFY(adoptCenter(*m_app, *joined).ok());
        for (const Procedure& p : m_app->catalogue().procedures()) {
            if (!p.channel(Channel::Counter) || p.departmentCode.isEmpty())
                continue;
            if (m_mine.code.isEmpty())
                m_mine = p;
            else if (p.departmentCode != m_mine.departmentCode) {
                m_other = p;
                break;
            }
        }
        QVERIFY(!m_other.code.isEmpty());
    }

    void officerSeesOnlyTheirQueueAndCompletes()
    {
        UserService& users = m_app->users();
        QVERIFY(users.addUser(m_admin, kOfficer, QStringLiteral("Vũ Cán Bộ"), Role::Clerk, kOfficerPassword).ok());
        QVERIFY(users.setDepartments(m_admin, kOfficer, {m_mine.departmentCode}).ok());
        // A clerk may not name departments.
        Actor clerk;
        clerk.username = QStringLiteral("someone");
        clerk.role = Role::Clerk;
        QCOMPARE(users.setDepartments(clerk, kOfficer, {m_other.departmentCode}).error().code, Error::Forbidden);

        // Before the center signs it, the officer's login carries no department.
        auto unsigned_ = users.login(kOfficer, kOfficerPassword);
        QVERIFY(unsigned_.ok());
        QVERIFY(unsigned_->departments.isEmpty());
        syncAccounts();
        auto officer = users.login(kOfficer, kOfficerPassword);
        QVERIFY2(officer.ok(), officer ? "" : qPrintable(officer.error().message));
        QCOMPARE(officer->departments, QStringList{m_mine.departmentCode});
        QVERIFY(DepartmentQueue::isOfficer(*officer));

        // The counter receives two dossiers and transfers each to its department.
        ProcessingService& processing = m_app->processing();
        const QString mine = receive(m_mine, 1);
        const QString other = receive(m_other, 2);
        QVERIFY(!mine.isEmpty() && !other.isEmpty());
        QVERIFY(processing.transfer(m_admin, mine, m_mine.departmentCode).ok());
        QVERIFY(processing.transfer(m_admin, other, m_other.departmentCode).ok());

        DepartmentQueue queue(m_app->db(), m_app->clock());
        auto view = queue.queue(*officer);
        QVERIFY2(view.ok(), view ? "" : qPrintable(view.error().message));
        QCOMPARE(view->entries.size(), 1);
        QCOMPARE(view->entries.first().row.code, mine);
        QCOMPARE(view->notTakenUp, 1);
        QCOMPARE(view->inProcessing, 0);
        // Another department's queue is not theirs to see; the counter sees both.
        QCOMPARE(queue.queue(*officer, {m_other.departmentCode}).error().code, Error::Forbidden);
        auto both = queue.queue(m_admin, {m_mine.departmentCode, m_other.departmentCode});
        QVERIFY(both.ok());
        QCOMPARE(both->entries.size(), 2);

        // Another department's dossier and the counter's steps are refused.
        QCOMPARE(processing.receive(*officer, other).error().code, Error::Forbidden);
        // Their own: taken up, a supplement asked for and received, completed.
        QVERIFY(processing.receive(*officer, mine).ok());
        view = queue.queue(*officer);
        QCOMPARE(view->inProcessing, 1);
        QCOMPARE(view->notTakenUp, 0);
        QVERIFY(processing
                    .requestSupplement(
                        *officer, mine,
                        {SupplementItem{QStringLiteral("Bản sao giấy khai sinh"), QStringLiteral("Thiếu chứng thực")}})
                    .ok());
        view = queue.queue(*officer);
        QCOMPARE(view->awaitingSupplement, 1);
        QVERIFY(processing.supplementReceived(*officer, mine).ok());
        QVERIFY(processing.receive(*officer, mine).ok()); // taken up again
        auto done = processing.complete(*officer, mine);
        QVERIFY2(done.ok(), done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->state, DossierState::Done);
        QVERIFY(queue.queue(*officer)->entries.isEmpty());

        // Form 05's hand-overs name the officer: the receipt at the department, and the
        // hand-back of the result to the counter.
        auto handovers = processing.handovers(mine);
        QVERIFY(handovers.ok());
        QVERIFY(handovers->size() >= 2);
        QCOMPARE(handovers->at(0).receivedBy, kOfficer);
        QVERIFY(handovers->at(0).receivedAt.isValid());
        QCOMPARE(handovers->last().handedBy, kOfficer);
        // The counter returns the result; the officer may not.
        ReturnRecord record;
        record.collectedAt = m_app->clock().now();
        record.collectorName = QStringLiteral("Trần Văn Nhận 1");
        record.collectorIdNumber = QStringLiteral("079090010001");
        record.resultPapers = {QStringLiteral("Giấy chứng nhận")};
        QCOMPARE(processing.returnResult(*officer, mine, record).error().code, Error::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestCenterOfficer)
#include "test_centerofficer.moc"
