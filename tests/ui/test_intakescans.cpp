// Scanning at intake, end to end as docs/architecture.md#scanning says: on the intake page a clerk scans a 10-page
// feeder batch (SANE's test device) for a paper, reorders two pages, drops a blank one,
// attaches it; the scan waits with the form, is stored encrypted when the dossier is received,
// and after a restart the dossier's scan opens in the viewer with its 10 pages. New scans are
// refused when the disk is below the minimum free space. A scan waiting with the form is kept
// encrypted with its draft: a process killed before "Receive" gets both back on restart, and
// the sweep removes the scan only once the draft is discarded. An attach that fails after the
// dossier commits (store locked, disk full) keeps the scans and offers "Retry", also after a
// restart.

#include "FileChooser.h"
#include "Language.h"
#include "MainWindow.h"
#include "docs/ScanFixtures.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/IntakeOutput.h"
#include "intake/IntakeScans.h"
#include "pages/IntakePage.h"
#include "scan/AttachmentViewer.h"
#include "scan/PageStripModel.h"
#include "scan/PdfAssembler.h"
#include "scan/ScanPanel.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/IntakeAssistant.h"
#include "store/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

#include <csignal>

using namespace motcua;

namespace {
const QString kPassword = QStringLiteral("admin-password-2026");
// Set in the environment of the child process of scanKeptWithTheDraftSurvivesAKill.
const char* const kChildEnv = "MOTCUA_TEST_KEEP_SCAN_THEN_DIE";

// A real 3-page PDF as the scan panel would hand over.
QByteArray threePagePdf()
{
    QList<ScanPage> pages;
    for (quint32 seed = 1; seed <= 3; ++seed)
        pages.append(ScanPage{scanfixtures::textPage(100, 20, seed), 100, ColourMode::Grey, QString()});
    const Result<QByteArray> pdf = PdfAssembler::build(pages);
    return pdf ? *pdf : QByteArray();
}
} // namespace

class TestIntakeScans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void scanWaitsForTheDossierThenIsStored();
    void refusedWhenDiskIsLow();
    void scanKeptWithTheDraftSurvivesAKill();
    void failedAttachKeptWithRetry();
    void scansBelongToTheirDossier();
    void attachedScansFitInVietnamese();

public:
    // The child process: takes a form and a scan, then dies without a word.
    static int keepScanThenDie(const QString& databasePath);

private:
    void openContext(const QString& name = QString());
    // Each test's database in a folder of its own: the store's folder is beside it.
    QString dbPath(const QString& name) const
    {
        QDir().mkpath(m_dir.filePath(name));
        return m_dir.filePath(name + QStringLiteral("/desk.db"));
    }
    void makePage();
    IntakeDraft draft() const;
    static IntakeDraft draftFor(const Procedure& procedure);

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

void TestIntakeScans::openContext(const QString& name)
{
    AppContext::Options options;
    options.databasePath = dbPath(name.isEmpty() ? QString::fromLatin1(QTest::currentTestFunction()) : name);
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
    return draftFor(m_procedure);
}

IntakeDraft TestIntakeScans::draftFor(const Procedure& procedure)
{
    IntakeDraft d;
    d.dossier.procedureCode = procedure.code;
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
    panel->setConfirm([](QWidget*, const QString&, const QString&) { return true; }); // the clerk says yes
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

namespace {
QStringList filesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}
} // namespace

int TestIntakeScans::keepScanThenDie(const QString& databasePath)
{
    AppContext::Options options;
    options.databasePath = databasePath;
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    if (!ctx || !(*ctx)->attachments().unlock(QStringLiteral("admin"), kPassword))
        return 2;
    const Result<Actor> admin = (*ctx)->users().login(QStringLiteral("admin"), kPassword);
    if (!admin)
        return 3;
    Procedure procedure;
    for (const Procedure& p : (*ctx)->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() >= 2) {
            procedure = p;
            break;
        }
    }
    QWidget window;
    auto* page = new IntakePage(**ctx, *admin, &window);
    window.resize(1280, 760);
    window.show();
    // The clerk typed the form (autosaved a second later), then scanned a paper.
    page->applyDraft(draftFor(procedure));
    page->findChild<QLineEdit*>(QStringLiteral("notes"))->setText(QStringLiteral("bản sao"));
    QTest::qWait(1500);
    page->scans()->addPending(PendingScan{0, QStringLiteral("Giấy tờ khác"), threePagePdf(), 3});
    // Killed before "Receive", before any further autosave.
    std::raise(SIGKILL);
    return 4;
}

void TestIntakeScans::scanKeptWithTheDraftSurvivesAKill()
{
    const QString db = dbPath(QStringLiteral("scanKeptWithTheDraftSurvivesAKill"));
    m_window.reset();
    m_ctx.reset();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildEnv), db);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Restart: the same files, the clerk signs in again; the sweep (as `store sweep` runs it)
    // leaves the draft's scan alone.
    openContext();
    QVERIFY(m_ctx->attachments().unlock(QStringLiteral("admin"), kPassword).ok());
    QCOMPARE(*m_ctx->attachments().sweep(), 0);
    const QString root = m_ctx->attachments().root();
    const QStringList files = filesUnder(root);
    QCOMPARE(files.size(), 1);
    // Never in clear on disk: neither the store's file nor the database holds the PDF.
    for (const QString& path : files + QStringList{db}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("%PDF-"), qPrintable(path));
    }
    makePage();
    QCOMPARE(m_page->currentDraft().dossier.applicant.fullName, QString::fromUtf8("Đặng Văn Đức"));
    QCOMPARE(m_page->currentDraft().dossier.procedureCode, m_procedure.code);
    QCOMPARE(m_page->currentDraft().dossier.notes, QStringLiteral("bản sao"));
    QCOMPARE(m_page->scans()->pending().size(), 1);
    QCOMPARE(m_page->scans()->pending().first().pageCount, 3);
    QVERIFY(!m_page->isBlank());
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("intake-scans"));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QVERIFY(m_page->scans()->viewSelected());
    QCOMPARE(m_page->scans()->viewer()->pageCount(), 3);
    m_page->scans()->viewerDialog()->reject();

    // Discarded with the draft (Ctrl+N, confirmed): the next sweep removes its file.
    QVERIFY(m_page->startNew());
    QVERIFY(m_page->scans()->pending().isEmpty());
    QVERIFY(m_ctx->attachments().keptScans(QStringLiteral("admin"))->isEmpty());
    QCOMPARE(*m_ctx->attachments().sweep(), 1);
    QVERIFY(filesUnder(root).isEmpty());
}

void TestIntakeScans::failedAttachKeptWithRetry()
{
    m_page->applyDraft(draft());
    IntakeScans* scans = m_page->scans();
    scans->addPending(
        PendingScan{m_procedure.components.at(0).id, m_procedure.components.at(0).name, threePagePdf(), 3});
    QCOMPARE(scans->pending().size(), 1);
    QVERIFY(scans->pending().first().keptId != 0);

    // The store is locked when the dossier commits: the dossier is received, its scan is not
    // attached but kept, bound to it; the form is free for the next applicant.
    m_ctx->attachments().lock();
    QVERIFY(m_page->receive());
    const QString code = m_page->lastCode();
    QVERIFY(m_ctx->attachments().list(code)->isEmpty());
    QVERIFY(scans->pending().isEmpty());
    QCOMPARE(scans->failed().size(), 1);
    QCOMPARE(scans->failed().first().dossierCode, code);
    QVERIFY(m_page->isBlank());
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("intake-scan-message"));
    auto* retry = m_page->findChild<QPushButton*>(QStringLiteral("intake-scan-retry"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(code) && message->text().contains(QStringLiteral("Retry")),
             qPrintable(message->text()));
    QVERIFY(!retry->isHidden());
    m_page->saveDraftNow();

    // A restart in between: the scan is still waiting for its dossier, with the Retry button.
    m_window.reset();
    m_ctx.reset();
    openContext();
    QVERIFY(m_ctx->attachments().unlock(QStringLiteral("admin"), kPassword).ok());
    QCOMPARE(*m_ctx->attachments().sweep(), 0);
    makePage();
    scans = m_page->scans();
    QVERIFY(scans->pending().isEmpty());
    QCOMPARE(scans->failed().size(), 1);
    retry = m_page->findChild<QPushButton*>(QStringLiteral("intake-scan-retry"));
    message = m_page->findChild<QLabel*>(QStringLiteral("intake-scan-message"));
    QVERIFY(!retry->isHidden());
    QVERIFY2(message->text().contains(code), qPrintable(message->text()));

    // The disk is full now: Retry fails, clearly, and keeps the scan.
    QVERIFY(m_ctx->settings().set(QStringLiteral("attachments.minFreeMB"), QStringLiteral("1000000000")).ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(scans->failed().size(), 1);
    QVERIFY2(message->text().contains(QStringLiteral("disk space")), qPrintable(message->text()));
    QVERIFY(!retry->isHidden());

    // Space freed: Retry attaches it to its paper; nothing is left waiting.
    QVERIFY(m_ctx->settings().set(QStringLiteral("attachments.minFreeMB"), QStringLiteral("1")).ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(scans->failed().isEmpty());
    QVERIFY(retry->isHidden());
    auto stored = m_ctx->attachments().list(code);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().paperName, m_procedure.components.at(0).name);
    QCOMPARE(stored->first().pageCount, 3);
    QVERIFY(m_ctx->attachments().keptScans(QStringLiteral("admin"))->isEmpty());
    QCOMPARE(*m_ctx->attachments().sweep(), 0);
    QVERIFY(m_ctx->attachments().read(stored->first().id).ok());
}

namespace {
// The visible widgets of `parent` (direct children) that overlap another one.
QStringList overlapping(const QWidget* parent)
{
    QList<const QWidget*> shown;
    for (const QObject* o : parent->children()) {
        const auto* w = qobject_cast<const QWidget*>(o);
        if (w && w->isVisible() && !w->isWindow() && !w->geometry().isEmpty())
            shown.append(w);
    }
    QStringList out;
    for (int i = 0; i < shown.size(); ++i) {
        for (int j = i + 1; j < shown.size(); ++j) {
            if (shown[i]->geometry().intersects(shown[j]->geometry()))
                out.append(shown[i]->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(shown[i]->metaObject()->className()) + QStringLiteral(" over ") +
                           shown[j]->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(shown[j]->metaObject()->className()));
        }
    }
    return out;
}
} // namespace

void TestIntakeScans::scansBelongToTheirDossier()
{
    // As in the main window at 1366×768.
    m_window->resize(1366, 700);
    const QString front = m_dir.filePath(QStringLiteral("front.png"));
    const QString extra = m_dir.filePath(QStringLiteral("extra.png"));
    QVERIFY(scanfixtures::textPage(100, 20, 1).save(front));
    QVERIFY(scanfixtures::textPage(100, 20, 2).save(extra));

    // Dossier 1: a page attached, another scanned and left in the scanner window.
    m_page->applyDraft(draft());
    IntakeScans* scans = m_page->scans();
    QVERIFY(scans->openScanner());
    ScanPanel* panel = scans->scanPanel();
    panel->setConfirm([](QWidget*, const QString&, const QString&) { return true; });
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning(), 10000); // the scanners are listed first
    QVERIFY(panel->importFiles({front}));
    QVERIFY(panel->attach());
    QCOMPARE(scans->pending().size(), 1);
    QVERIFY(panel->importFiles({extra}));
    QCOMPARE(panel->pages()->rowCount(), 1);
    scans->scanDialog()->reject();
    QCoreApplication::processEvents();

    // After attaching, nothing of the scans section overlaps, nor the section its neighbours.
    QStringList over = overlapping(scans);
    QVERIFY2(over.isEmpty(), qPrintable(over.join(QStringLiteral("; "))));
    over = overlapping(scans->parentWidget());
    QVERIFY2(over.isEmpty(), qPrintable(over.join(QStringLiteral("; "))));
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/intake-after-attach.png")));
    }

    QVERIFY(m_page->receive());
    const QString first = m_page->lastCode();
    QVERIFY(!first.isEmpty());
    QCOMPARE(m_ctx->attachments().list(first)->size(), 1);

    // The form is free for dossier 2: the page left in the scanner window went with dossier 1
    // (said so), and the list shows dossier 1's scan as recorded, under its code.
    QCOMPARE(panel->pages()->rowCount(), 0);
    QVERIFY(!panel->pages()->undoStack()->canUndo());
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("intake-scan-message"));
    QVERIFY2(!message->isHidden() && message->text().contains(QStringLiteral("1 scanned page")),
             qPrintable(message->text()));
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("intake-scans"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(first));

    // The clerk starts dossier 2 by typing the name: dossier 1's scans leave the list.
    auto* name = m_page->findChild<QLineEdit*>(QStringLiteral("applicant-name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Tran"));
    QCOMPARE(list->count(), 0);
    QVERIFY(scans->listedDossier().isEmpty());
    QVERIFY(message->isHidden());
    // The scanner window opens empty for dossier 2; Ctrl+Z brings nothing of dossier 1 back.
    QVERIFY(scans->openScanner());
    QCOMPARE(scans->scanPanel()->pages()->rowCount(), 0);
    QTest::keyClick(scans->scanPanel()->strip(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scans->scanPanel()->pages()->rowCount(), 0);
    if (!shots.isEmpty())
        QVERIFY(scans->scanDialog()->grab().save(shots + QStringLiteral("/scan-panel-new-dossier.png")));

    // Dossier 2 gets a page, then "New dossier" (Ctrl+N) drops it all: nothing carries over.
    QVERIFY(scans->scanPanel()->importFiles({front}));
    scans->scanDialog()->reject();
    m_output.discardAnswer = true;
    QVERIFY(m_page->startNew());
    QCOMPARE(scans->scanPanel()->pages()->rowCount(), 0);
    QCOMPARE(list->count(), 0);
    QVERIFY(scans->pending().isEmpty());

    // A dossier recorded and then "New dossier" at once: its scans leave the list too.
    m_page->applyDraft(draft());
    scans->addPending(
        PendingScan{m_procedure.components.at(0).id, m_procedure.components.at(0).name, threePagePdf(), 3});
    QVERIFY(m_page->receive());
    QCOMPARE(list->count(), 1);
    QVERIFY(m_page->startNew());
    QCOMPARE(list->count(), 0);
}

void TestIntakeScans::attachedScansFitInVietnamese()
{
    // The clerk's screen: the main window at 1366×768, in Vietnamese, two papers scanned.
    QVERIFY(installLanguage(QStringLiteral("vi")));
    m_window.reset();
    MainWindow window(*m_ctx, m_admin);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Intake);
    auto* page = qobject_cast<IntakePage*>(window.page(MainWindow::Intake));
    QVERIFY(page);
    page->setOutput(&m_output);
    page->applyDraft(draft());
    IntakeScans* scans = page->scans();
    QVERIFY(scans->openScanner());
    ScanPanel* panel = scans->scanPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning(), 10000);
    const QString front = m_dir.filePath(QStringLiteral("vi-front.png"));
    QVERIFY(scanfixtures::textPage(100, 20, 1).save(front));
    for (int i = 0; i < 2; ++i) {
        // The second cannot be kept with the draft (store locked): the long message shows too.
        if (i == 1)
            m_ctx->attachments().lock();
        panel->setCurrentTarget(m_procedure.components.at(i).id);
        QVERIFY(panel->importFiles({front}));
        QVERIFY(panel->attach());
    }
    scans->scanDialog()->reject();
    QCoreApplication::processEvents();
    QCOMPARE(scans->pending().size(), 2);
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("intake-scan-message"))->isHidden());
    const QList<const QWidget*> containers{scans, scans->parentWidget(), scans->parentWidget()->parentWidget()};
    for (const QWidget* w : containers) {
        const QStringList over = overlapping(w);
        QVERIFY2(over.isEmpty(), qPrintable(over.join(QStringLiteral("; "))));
    }
    // The scans section lies inside its box, whole.
    const QRect inBox = scans->geometry();
    QVERIFY2(scans->parentWidget()->rect().contains(inBox), "the scans section is not cut off");
    QVERIFY(scans->height() >= scans->minimumSizeHint().height());
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/intake-after-attach-vi.png")));
    }
    // A page left in the scanner window, then the form freed: the panel opens empty.
    QVERIFY(scans->openScanner());
    QVERIFY(panel->importFiles({front}));
    scans->scanDialog()->reject();
    scans->startNewDossier();
    QVERIFY(scans->openScanner());
    QCOMPARE(panel->pages()->rowCount(), 0);
    if (!shots.isEmpty())
        QVERIFY(scans->scanDialog()->grab().save(shots + QStringLiteral("/scan-panel-new-dossier-vi.png")));
    QVERIFY(installLanguage(QStringLiteral("en")));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    const QString child = qEnvironmentVariable(kChildEnv);
    if (!child.isEmpty())
        return TestIntakeScans::keepScanThenDie(child);
    TestIntakeScans test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_intakescans.moc"
