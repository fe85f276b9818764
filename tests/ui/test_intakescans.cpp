// Scanning at intake, end to end as issue 5 asks: on the intake page a clerk scans a 10-page
// feeder batch (SANE's test device) for a paper, reorders two pages, drops a blank one,
// attaches it; the scan waits with the form, is stored encrypted when the dossier is received,
// and after a restart the dossier's scan opens in the viewer with its 10 pages. New scans are
// refused when the disk is below the minimum free space.

#include "FileChooser.h"
#include "docs/ScanFixtures.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/IntakeOutput.h"
#include "intake/IntakeScans.h"
#include "pages/IntakePage.h"
#include "scan/AttachmentViewer.h"
#include "scan/PageStripModel.h"
#include "scan/ScanPanel.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/IntakeAssistant.h"
#include "store/Settings.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace motcua;

namespace {
const QString kPassword = QStringLiteral("admin-password-2026");
}

class TestIntakeScans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanWaitsForTheDossierThenIsStored();
    void refusedWhenDiskIsLow();

private:
    void openContext();
    void makePage();
    IntakeDraft draft() const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<QWidget> m_window;
    IntakePage* m_page = nullptr;
    RecordingIntakeOutput m_output;
    Actor m_admin;
    Procedure m_procedure;
};

void TestIntakeScans::initTestCase()
{
    qputenv("SANE_CONFIG_DIR", QByteArray(MOTCUA_TEST_DATA "/sane"));
    QVERIFY(m_dir.isValid());
}

void TestIntakeScans::openContext()
{
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
}

void TestIntakeScans::init()
{
    openContext();
    auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QString::fromUtf8("Quản Trị"), kPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = *admin;
    m_procedure = Procedure();
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() >= 2) {
            m_procedure = p;
            break;
        }
    }
    QVERIFY(m_procedure.id != 0);
    makePage();
}

void TestIntakeScans::makePage()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 760);
    auto* layout = new QVBoxLayout(m_window.get());
    m_page = new IntakePage(*m_ctx, m_admin, m_window.get());
    m_page->setOutput(&m_output);
    layout->addWidget(m_page);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIntakeScans::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_ctx.reset();
}

IntakeDraft TestIntakeScans::draft() const
{
    IntakeDraft d;
    d.dossier.procedureCode = m_procedure.code;
    d.dossier.channel = Channel::Counter;
    d.dossier.applicant.type = ApplicantType::Citizen;
    d.dossier.applicant.fullName = QString::fromUtf8("Đặng Văn Đức");
    d.dossier.applicant.idNumber = QStringLiteral("062090001234");
    d.dossier.applicant.birthDate = QDate(1990, 5, 17);
    d.dossier.applicant.gender = QString::fromUtf8("Nam");
    d.dossier.applicant.address = QString::fromUtf8("Tổ 3, phường Quyết Thắng, Kon Tum");
    d.dossier.applicant.phone = QStringLiteral("0912345678");
    return d;
}

void TestIntakeScans::scanWaitsForTheDossierThenIsStored()
{
    m_page->applyDraft(draft());
    IntakeScans* scans = m_page->scans();
    // The second paper of the checklist is chosen: the scan panel opens on it.
    auto* checklist = m_page->findChild<QTableView*>(QStringLiteral("component-checklist"));
    checklist->setCurrentIndex(checklist->model()->index(1, 0));
    QVERIFY(scans->openScanner());
    QDialog* dialog = scans->scanDialog();
    QVERIFY(dialog && dialog->isVisible());
    ScanPanel* panel = scans->scanPanel();
    QCOMPARE(panel->currentTarget().key, m_procedure.components.at(1).id);

    QSignalSpy refreshed(panel, &ScanPanel::devicesRefreshed);
    QVERIFY(refreshed.wait(10000));
    auto* source = panel->findChild<QComboBox*>(QStringLiteral("scan-source"));
    source->setCurrentIndex(source->findData(static_cast<int>(ScanSource::Feeder)));
    auto* dpi = panel->findChild<QComboBox*>(QStringLiteral("scan-dpi"));
    dpi->setCurrentIndex(dpi->findData(150));
    QSignalSpy finished(panel, &ScanPanel::scanFinished);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("scan-start")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(panel->pages()->rowCount(), 10);

    // Two pages swapped, a blank back imported and dropped.
    panel->strip()->setFocus();
    panel->strip()->setCurrentIndex(panel->pages()->index(3));
    QTest::keyClick(panel->strip(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(panel->strip()->currentIndex().row(), 2);
    const QString blank = m_dir.filePath(QStringLiteral("back.png"));
    QVERIFY(scanfixtures::emptyPage(150, true).save(blank));
    QVERIFY(panel->importFiles({blank}));
    QCOMPARE(panel->pages()->rowCount(), 11);
    QCOMPARE(panel->dropBlankPages(), 1);

    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("attach")), Qt::LeftButton);
    QCOMPARE(scans->pending().size(), 1);
    QCOMPARE(scans->pending().first().pageCount, 10);
    dialog->reject();
    // The pending scan is part of the unfinished work.
    QVERIFY(!m_page->isBlank());

    // Receive: the dossier commits, then its scan goes to the encrypted store.
    QVERIFY(m_page->receive());
    const QString code = m_page->lastCode();
    QVERIFY(!code.isEmpty());
    QVERIFY(scans->pending().isEmpty());
    auto stored = m_ctx->attachments().list(code);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().pageCount, 10);
    QCOMPARE(stored->first().paperName, m_procedure.components.at(1).name);
    QCOMPARE(stored->first().mimeType, QStringLiteral("application/pdf"));
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("intake-scans"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(code));

    // After a restart (new context, the clerk signs in again) the scan opens in the viewer.
    m_window.reset();
    m_ctx.reset();
    openContext();
    QVERIFY(m_ctx->attachments().unlock(QStringLiteral("admin"), kPassword).ok());
    makePage();
    m_page->scans()->showDossier(code);
    list = m_page->findChild<QListWidget*>(QStringLiteral("intake-scans"));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QVERIFY(m_page->scans()->viewSelected());
    QVERIFY(m_page->scans()->viewerDialog()->isVisible());
    AttachmentViewer* viewer = m_page->scans()->viewer();
    QCOMPARE(viewer->pageCount(), 10);
    viewer->goToPage(9);
    QCOMPARE(viewer->currentPage(), 9);
}

void TestIntakeScans::refusedWhenDiskIsLow()
{
    // A minimum no disk has: the store refuses, so scanning is refused up front.
    QVERIFY(m_ctx->settings().set(QStringLiteral("attachments.minFreeMB"), QStringLiteral("1000000000")).ok());
    m_page->applyDraft(draft());
    QVERIFY(!m_page->scans()->openScanner());
    QVERIFY(!m_page->scans()->scanDialog());
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("intake-scan-message"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("New scans are refused")), qPrintable(message->text()));
}

QTEST_MAIN(TestIntakeScans)
#include "test_intakescans.moc"
