// The Online inbox page in the main window at 1366×768 in Vietnamese, driven as a clerk would:
// the waiting dossiers with late ones first and in red, a dossier's applicant, papers and files
// (a file only at the center says so and offers Download), accept with Ctrl+Enter and the
// receipt printed on request with Ctrl+P, a supplement and a refusal through their dialogs,
// and the list following the database without a refresh key. The Dashboard's online tiles.
#include "Language.h"
#include "MainWindow.h"
#include "PortalFixture.h"
#include "ServerFiles.h"
#include "core/Clock.h"
#include "dossiers/CenterFileBar.h"
#include "intake/IntakeOutput.h"
#include "online/OnlineInboxPage.h"
#include "pages/DashboardPage.h"
#include "scan/AttachmentViewer.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Settings.h"
#include "support/OnlineSubmission.h"
#include "support/UiTestKit.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

QString pageText(const char* source)
{
    return QCoreApplication::translate("motcua::OnlineInboxPage", source);
}

// The modal dialog named `name` once it is open; null after `ms` without one.
QDialog* waitForDialog(const char* name, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            d && d->objectName() == QLatin1String(name))
            return d;
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace

class TestOnlineInboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lateFirstInRedWithDetails();
    void lateMarkFollowsTheClock();
    void acceptThenPrintReceipt();
    void supplementThroughItsDialog();
    void refusalNeedsItsReason();
    void fileAtTheCenterOffersDownload();
    void centerFileDownloadsOnAWorker();
    void followsTheDatabase();
    void dashboardTiles();

private:
    QString submit(const QString& ref, const QDateTime& submittedAt, const QString& name);
    Dossier byRef(const QString& ref);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk{7, QStringLiteral("clerk1"), QStringLiteral("Trần Văn Bình"), Role::Clerk};
    std::unique_ptr<MainWindow> m_window;
    OnlineInboxPage* m_page = nullptr;
    RecordingIntakeOutput m_output;
    QString m_procedure;
};

void TestOnlineInboxPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

QString TestOnlineInboxPage::submit(const QString& ref, const QDateTime& submittedAt, const QString& name)
{
    auto procedure = m_ctx->catalogue().procedure(m_procedure);
    if (!procedure)
        return {};
    Dossier d = test::onlineSubmission(*procedure, ref, submittedAt);
    d.applicant.fullName = name;
    d.applicant.idNumber = QStringLiteral("062190004321");
    d.applicant.address = QString::fromUtf8("Tổ 5, phường Thắng Lợi, Kon Tum");
    d.applicant.phone = QStringLiteral("0905123456");
    auto id = DossierRepository(m_ctx->db()).insert(d);
    return id ? ref : QString();
}

Dossier TestOnlineInboxPage::byRef(const QString& ref)
{
    Statement& st = m_ctx->db().prepare(QStringLiteral("SELECT code FROM dossiers WHERE online_ref = ?1"));
    st.bind(1, ref);
    const QString code = st.next() ? st.text(0) : QString();
    st.reset();
    auto d = m_ctx->dossiers().byCode(code);
    return d ? *d : Dossier();
}

void TestOnlineInboxPage::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(10, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("online-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    if (qstrcmp(QTest::currentTestFunction(), "centerFileDownloadsOnAWorker") == 0) {
        // Files fetched from the center are stored encrypted: the data key must be open.
        auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                                     QStringLiteral("admin-password-2026"));
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        QVERIFY(m_ctx->attachments().isUnlocked());
    }
    // "Thủ tục cấp bản sao từ sổ gốc": two required papers.
    m_procedure = QStringLiteral("2.000908");
    QVERIFY(m_ctx->catalogue().procedure(m_procedure).ok());
    const auto vn = [](int d, int h) { return QDateTime(QDate(2026, 3, d), QTime(h, 0), vietnamZone()); };
    QVERIFY(
        !submit(QStringLiteral("TT-260310-000021"), vn(10, 8), QString::fromUtf8("Nguyễn Thị Ánh Tuyết")).isEmpty());
    QVERIFY(!submit(QStringLiteral("TT-260306-000011"), vn(6, 16), QString::fromUtf8("Y Blông Niê")).isEmpty());
    QVERIFY(!submit(QStringLiteral("TT-260309-000015"), vn(9, 15), QString::fromUtf8("Đặng Văn Đức")).isEmpty());
    m_output = RecordingIntakeOutput();
    m_window = std::make_unique<MainWindow>(*m_ctx, m_clerk);
    m_window->resize(1366, 768);
    m_window->showPage(MainWindow::Online);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = qobject_cast<OnlineInboxPage*>(m_window->page(MainWindow::Online));
    QVERIFY(m_page);
    m_page->setOutput(&m_output);
}

void TestOnlineInboxPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_ctx.reset();
}

void TestOnlineInboxPage::lateFirstInRedWithDetails()
{
    QTableWidget* table = m_page->table();
    QCOMPARE(table->rowCount(), 3);
    // At 10/03 10:00: submitted 06/03 16:00 is due 09/03 16:00, late; 09/03 15:00 is due
    // 10/03 15:00 and 10/03 08:00 is due 11/03 08:00, both in time.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("TT-260306-000011"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("TT-260309-000015"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("TT-260310-000021"));
    QCOMPARE(table->item(0, 4)->foreground().color(), QColor(0xb0, 0x1c, 0x1c));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("16:00 09/03/2026")));
    QVERIFY(table->item(1, 4)->foreground().style() == Qt::NoBrush);
    QVERIFY(table->item(1, 4)->text().contains(QStringLiteral("15:00 10/03/2026")));
    QVERIFY(table->item(2, 4)->foreground().style() == Qt::NoBrush);
    // The first row is open: the applicant and the two papers.
    QCOMPARE(m_page->currentReference(), QStringLiteral("TT-260306-000011"));
    auto* applicant = child<QLabel>(m_page, "online-applicant");
    QVERIFY(applicant->text().contains(QString::fromUtf8("Y Blông Niê")));
    QVERIFY(m_page->papers()->count() >= 2);
    // Nothing is clipped at 1366×768: the buttons lie inside the page.
    for (const char* name : {"online-accept", "online-supplement", "online-refuse", "online-print"}) {
        auto* b = child<QPushButton>(m_page, name);
        const QRect r(b->mapTo(m_page, QPoint(0, 0)), b->size());
        QVERIFY2(m_page->rect().contains(r), name);
        QVERIFY2(b->sizeHint().width() <= b->width(), name);
    }
    shoot(m_window.get(), "online-inbox");
}

// A deadline passing while the page is open turns its row red without F5 or a change.
void TestOnlineInboxPage::lateMarkFollowsTheClock()
{
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(14, 59, 58), vietnamZone()));
    m_page->refresh();
    auto* timer = m_page->findChild<QTimer*>(QStringLiteral("online-late-timer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY2(timer->remainingTime() <= 3000, qPrintable(QString::number(timer->remainingTime())));
    QVERIFY(m_page->table()->item(1, 4)->foreground().style() == Qt::NoBrush);
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(15, 0, 5), vietnamZone()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->table()->item(1, 4)->foreground().color() == QColor(0xb0, 0x1c, 0x1c), 6000);
    QCOMPARE(m_page->table()->item(1, 0)->text(), QStringLiteral("TT-260309-000015"));
    QVERIFY(m_page->table()->item(2, 4)->foreground().style() == Qt::NoBrush);
}

void TestOnlineInboxPage::acceptThenPrintReceipt()
{
    QVERIFY(m_page->select(QStringLiteral("TT-260310-000021")));
    QVERIFY(!child<QPushButton>(m_page, "online-print")->isEnabled());
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Return, Qt::ControlModifier);
    const Dossier d = byRef(QStringLiteral("TT-260310-000021"));
    QCOMPARE(d.state, DossierState::Received);
    QVERIFY(d.code.startsWith(QStringLiteral("000.00.00.H34-260310-")));
    QCOMPARE(m_page->lastAcceptedCode(), d.code);
    // Kept, not printed until asked.
    QVERIFY(m_ctx->dossiers().document(d.code, QStringLiteral("01")).ok());
    QCOMPARE(m_output.printed.size(), 0);
    QCOMPARE(m_page->table()->rowCount(), 2);
    QVERIFY(m_page->message()->text().contains(d.code));
    shoot(m_window.get(), "online-accepted");
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_output.printed.size(), 1);
    QVERIFY(m_output.printed.first().title.contains(d.code));
    QVERIFY(m_output.printed.first().pdf.startsWith("%PDF-"));
}

void TestOnlineInboxPage::supplementThroughItsDialog()
{
    QVERIFY(m_page->select(QStringLiteral("TT-260309-000015")));
    // The clerk leaves the second paper unticked: the dialog proposes it.
    m_page->papers()->item(1)->setCheckState(Qt::Unchecked);
    const QString paper = m_page->papers()->item(1)->text();
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        QDialog* dialog = waitForDialog("online-supplement-dialog");
        if (!dialog)
            return;
        auto* papers = child<QListWidget>(dialog, "decision-papers");
        if (papers->item(1)->checkState() != Qt::Checked || papers->item(0)->checkState() != Qt::Unchecked) {
            dialog->reject();
            return;
        }
        shoot(dialog, "online-supplement-dialog");
        child<QPlainTextEdit>(dialog, "decision-reason")->setPlainText(QString::fromUtf8("Bản chụp bị mờ"));
        filled = true;
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_B, Qt::ControlModifier);
    QVERIFY(filled);
    const Dossier d = byRef(QStringLiteral("TT-260309-000015"));
    QCOMPARE(d.state, DossierState::SupplementRequested);
    QCOMPARE(d.code, QStringLiteral("TT-260309-000015"));
    auto decision = m_ctx->dossiers().intakeDecision(d.code);
    QVERIFY(decision.ok());
    QCOMPARE(decision->items.size(), 1);
    QCOMPARE(decision->items.first().componentName, paper);
    QCOMPARE(m_output.printed.size(), 1); // form 02 handed over
    QVERIFY(m_output.printed.first().title.contains(QStringLiteral("02")));
}

void TestOnlineInboxPage::refusalNeedsItsReason()
{
    QVERIFY(m_page->select(QStringLiteral("TT-260306-000011")));
    bool sawError = false;
    QTimer::singleShot(0, this, [&] {
        QDialog* dialog = waitForDialog("online-refuse-dialog");
        if (!dialog)
            return;
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click(); // no reason: refused, the dialog stays
        auto* error = child<QLabel>(dialog, "decision-error");
        sawError = dialog->isVisible() && error->isVisible() && !error->text().isEmpty();
        shoot(dialog, "online-refuse-dialog");
        child<QPlainTextEdit>(dialog, "decision-reason")
            ->setPlainText(QString::fromUtf8("Thủ tục không thuộc thẩm quyền giải quyết của tỉnh"));
        ok->click();
    });
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(sawError);
    const Dossier d = byRef(QStringLiteral("TT-260306-000011"));
    QCOMPARE(d.state, DossierState::Refused);
    QCOMPARE(m_ctx->dossiers().intakeDecision(d.code)->reason,
             QString::fromUtf8("Thủ tục không thuộc thẩm quyền giải quyết của tỉnh"));
    QCOMPARE(m_output.printed.size(), 1);
}

void TestOnlineInboxPage::fileAtTheCenterOffersDownload()
{
    const Dossier d = byRef(QStringLiteral("TT-260310-000021"));
    QVERIFY(m_ctx->db().execute(
        QStringLiteral("INSERT INTO attachments (dossier_id, file_name, mime_type, size, sha256, page_count, "
                       "added_at, added_by) VALUES (%1, 'to-khai.pdf', 'application/pdf', 1000, '%2', 1, 0, 'center')")
            .arg(d.id)
            .arg(QString(64, QLatin1Char('a')))));
    QVERIFY(m_page->select(QStringLiteral("TT-260309-000015")));
    QVERIFY(m_page->select(QStringLiteral("TT-260310-000021")));
    QCOMPARE(m_page->files()->count(), 1);
    auto* state = child<QLabel>(m_page, "online-file-state");
    QCOMPARE(state->text(), pageText("The file is at the center"));
    auto* download = child<QPushButton>(m_page, "online-download");
    QVERIFY(download->isVisible());
    QVERIFY(!child<QPushButton>(m_page, "online-open-file")->isEnabled());
    // Without a fetcher the page says it cannot; with one, Download calls it with the file.
    download->click();
    QVERIFY(m_page->message()->isVisible());
    qint64 asked = 0;
    m_page->setCenterFileFetcher([&asked](qint64 id) -> Status {
        asked = id;
        return {};
    });
    download->click();
    QVERIFY(asked > 0);
    shoot(m_window.get(), "online-file-at-center");
}

// A submission's file the center keeps (here the reference portal, which serves MC_LayTep too),
// slowed down by the portal: the download runs on a worker with its progress, the page stays
// usable (no wait cursor, another dossier can be opened meanwhile) and the file is stored for
// the dossier it was asked for; Enter on it then opens the viewer. A file the server does not
// hold gives a clear error and stores nothing.
void TestOnlineInboxPage::centerFileDownloadsOnAWorker()
{
    motcua::test::PortalFixture portal({QStringLiteral("--fault-delay"), QStringLiteral("1500")},
                                       motcua::test::PortalFixture::Server::Portal);
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(200, 200, QStringLiteral("Tờ khai"));
    }
    const QString ref = QStringLiteral("TT-260310-000021");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    const QString ghost = QString(64, QLatin1Char('e'));
    const QString kept = motcua::test::keepFileAtServer(portal, *m_ctx, ref, pdf, QStringLiteral("to-khai.pdf"), ghost);
    QVERIFY2(kept.isEmpty(), qPrintable(kept));
    QVERIFY(m_page->select(QStringLiteral("TT-260309-000015")));
    QVERIFY(m_page->select(ref));
    QCOMPARE(m_page->files()->count(), 2);
    auto* bar = m_page->centerFileBar();
    auto* button = bar->findChild<QPushButton*>(QStringLiteral("center-file-download"));
    auto* progress = bar->findChild<QProgressBar*>(QStringLiteral("center-file-progress"));
    QVERIFY(button && progress);

    // The file the server does not hold: a clear error, nothing stored.
    for (int i = 0; i < m_page->files()->count(); ++i) {
        if (m_page->files()->item(i)->text().contains(QStringLiteral("khong-co.pdf")))
            m_page->files()->setCurrentRow(i);
    }
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(!child<QPushButton>(m_page, "online-download")->isVisible());
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message()->isVisible() && !bar->isBusy(), 15000);
    QVERIFY2(m_page->message()->text().contains(
                 pageText("The file could not be downloaded from the center: %1").section(QStringLiteral("%1"), 0, 0)),
             qPrintable(m_page->message()->text()));
    QCOMPARE(m_ctx->attachments().list(ref)->size(), 0);

    // The real one, slowed by the portal: the page answers while it comes.
    QVERIFY(portal.setFault(QStringLiteral("delay"), QStringLiteral("1"), QStringLiteral("MC_LayTep")));
    m_page->files()->setCurrentRow(m_page->files()->item(0)->text().contains(QStringLiteral("to-khai.pdf")) ? 0 : 1);
    button->click();
    QVERIFY(bar->isBusy());
    QVERIFY(QApplication::overrideCursor() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 2000);
    shoot(m_window.get(), "online-file-downloading");
    // Another dossier is opened meanwhile; the file still goes to the one it was asked for.
    QVERIFY(m_page->select(QStringLiteral("TT-260306-000011")));
    QCOMPARE(m_page->currentReference(), QStringLiteral("TT-260306-000011"));
    QVERIFY(bar->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isBusy(), 20000);
    QVERIFY(!progress->isVisible());
    auto stored = m_ctx->attachments().list(ref);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().sha256, sha);
    QVERIFY(*m_ctx->attachments().read(stored->first().id) == pdf);

    // Back on it: the file is here and opens in the viewer.
    QVERIFY(m_page->select(ref));
    int here = -1;
    for (int i = 0; i < m_page->files()->count(); ++i) {
        if (m_page->files()->item(i)->data(Qt::UserRole + 1).toBool())
            here = i;
    }
    QVERIFY(here >= 0);
    QCOMPARE(m_page->files()->count(), 2); // the missing one still waits at the center
    m_page->files()->setCurrentRow(here);
    QVERIFY(child<QPushButton>(m_page, "online-open-file")->isEnabled());
    m_page->openCurrentFile();
    QDialog* viewer = nullptr;
    QTRY_VERIFY((viewer = m_page->findChild<QDialog*>(QStringLiteral("attachment-viewer-dialog"))) != nullptr);
    QVERIFY(viewer->findChild<AttachmentViewer*>(QStringLiteral("attachment-viewer")));
    shoot(viewer, "online-file-viewer");
    viewer->close();
}

void TestOnlineInboxPage::followsTheDatabase()
{
    QCOMPARE(m_page->table()->rowCount(), 3);
    // Another counter accepts one; the feed brings a new one: no refresh key pressed.
    QVERIFY(m_ctx->onlineInbox().accept(m_clerk, QStringLiteral("TT-260309-000015")).ok());
    QVERIFY(!submit(QStringLiteral("TT-260310-000030"), m_clock->now(), QStringLiteral("Lê Hoàng")).isEmpty());
    m_ctx->changes().check();
    QTRY_COMPARE(m_page->table()->rowCount(), 3);
    QStringList refs;
    for (int r = 0; r < m_page->table()->rowCount(); ++r)
        refs.append(m_page->table()->item(r, 0)->text());
    QVERIFY(refs.contains(QStringLiteral("TT-260310-000030")));
    QVERIFY(!refs.contains(QStringLiteral("TT-260309-000015")));
}

void TestOnlineInboxPage::dashboardTiles()
{
    // The Dashboard is a supervisor's page.
    Actor supervisor{8, QStringLiteral("lead"), QStringLiteral("Lê Thị Hoa"), Role::Supervisor};
    DashboardPage page(*m_ctx, supervisor);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(tileValue(&page, "online-waiting"), qint64(3));
    QCOMPARE(tileValue(&page, "online-late"), qint64(1));
    QVERIFY(m_ctx->onlineInbox().refuse(m_clerk, QStringLiteral("TT-260306-000011"), QStringLiteral("x")).ok());
    m_ctx->changes().check();
    QTRY_COMPARE(tileValue(&page, "online-waiting"), qint64(2));
    QCOMPARE(tileValue(&page, "online-late"), qint64(0));
    // A click on the tile asks for the inbox.
    QSignalSpy open(&page, &DashboardPage::openOnlineInboxRequested);
    child<QPushButton>(&page, "tile-online-late")->click();
    QCOMPARE(open.count(), 1);
    shoot(&page, "online-dashboard");
}

QTEST_MAIN(TestOnlineInboxPage)
#include "test_onlineinboxpage.moc"
