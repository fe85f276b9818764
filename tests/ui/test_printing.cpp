// Printing a clerk can live with: Ctrl+P on the intake page receives and sends the receipt
// straight to the default printer (Ctrl+Enter keeps the preview); without a printer the clerk
// is told and offered the preview or a PDF; "print to file" offers a name with the whole
// dossier code; the dossier view reprints the kept receipt (Ctrl+G); and a supplement request
// picks its papers from the dossier's list, each with a reason, and prints form 02.
// The printer is the RecordingIntakeOutput seam: tests run with no printer.
#include "Language.h"
#include "core/Clock.h"
#include "dossiers/DossierActionPanel.h"
#include "dossiers/DossierViewDialog.h"
#include "intake/IntakeOutput.h"
#include "pages/IntakePage.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/IntakeAssistant.h"
#include "service/ProcessingService.h"

#include <QAction>
#include <QBuffer>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

const QString kQr = QStringLiteral("062090001234|233123456|Đặng Thị Thu Hương|17051990|Nữ|Tổ 3, phường Quyết Thắng, "
                                   "thành phố Kon Tum, Kon Tum|05032021");
// The demo procedure "Thủ tục cấp bản sao từ sổ gốc": two papers.
const QString kCopyProcedure = QStringLiteral("2.000908");

QString pdfText(const QByteArray& pdf)
{
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i)
        text += QLatin1Char(' ') + doc.getAllText(i).text();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

// What Qt's print dialog offers as the file of "print to file": the document's name minus
// what looks like an extension, plus ".pdf" (qprintdialog_unix.cpp).
QString offeredFile(const QString& docName)
{
    static const QRegularExpression extension(QStringLiteral("(.*)\\.\\S+"));
    const QRegularExpressionMatch m = extension.match(docName);
    return (m.hasMatch() ? m.captured(1) : docName) + QStringLiteral(".pdf");
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileNameCarriesTheCode();
    void ctrlPPrintsTheReceiptStraight();
    void ctrlEnterKeepsThePreview();
    void withoutPrinterOffersPreviewOrPdf();
    void reprintSendsTheKeptReceipt();
    void supplementPicksPapersAndPrintsForm02();
    void supplementNeedsAReasonForEachPaper();

private:
    IntakePage* makePage();
    void fillIntake(IntakePage* page);
    QString receivedDossier();

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;
    std::unique_ptr<QWidget> m_window;
    RecordingIntakeOutput m_output;
};

void TestPrinting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void TestPrinting::init()
{
    // Tuesday 10 March 2026, 09:00 in Vietnam.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("print-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                                 QStringLiteral("admin-password-2026"));
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = *admin;
    m_output = RecordingIntakeOutput();
}

void TestPrinting::cleanup()
{
    m_window.reset();
    m_ctx.reset();
}

IntakePage* TestPrinting::makePage()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 720);
    auto* layout = new QVBoxLayout(m_window.get());
    auto* page = new IntakePage(*m_ctx, m_admin, m_window.get());
    page->setOutput(&m_output);
    layout->addWidget(page);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    return page;
}

// An applicant from the ID card QR, the procedure and both papers handed in.
void TestPrinting::fillIntake(IntakePage* page)
{
    QVERIFY(page->applyQrText(kQr));
    IntakeDraft draft = page->currentDraft();
    draft.dossier.procedureCode = kCopyProcedure;
    page->applyDraft(draft);
    draft = page->currentDraft();
    QVERIFY(!draft.dossier.components.isEmpty());
    for (DossierComponent& c : draft.dossier.components) {
        c.provided = true;
        c.originals = qMax(1, c.originals);
    }
    page->applyDraft(draft);
    QVERIFY2(page->receiveBlockedReason().isEmpty(), qPrintable(page->receiveBlockedReason()));
    QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()));
}

// Received at the counter with its papers and taken up for processing: the department may
// find one missing or faulty and ask for a supplement.
QString TestPrinting::receivedDossier()
{
    Dossier d;
    d.procedureCode = kCopyProcedure;
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    auto procedure = m_ctx->catalogue().procedure(kCopyProcedure);
    if (!procedure)
        return {};
    for (const Component& c : procedure->components) {
        DossierComponent dc;
        dc.componentId = c.id;
        dc.name = c.name;
        dc.originals = 1;
        dc.provided = true; // all handed in: receiving needs them
        d.components.append(dc);
    }
    auto received = m_ctx->dossiers().receive(m_admin, d);
    if (!received) {
        qWarning() << "receive:" << received.error().message;
        return {};
    }
    const QString code = received->code;
    const QList<Department> departments = m_ctx->catalogue().departments();
    if (departments.isEmpty())
        return {};
    if (auto sent = m_ctx->processing().transfer(m_admin, code, departments.first().code, QString()); !sent) {
        qWarning() << "transfer:" << sent.error().message;
        return {};
    }
    if (auto taken = m_ctx->processing().receive(m_admin, code); !taken) {
        qWarning() << "take up:" << taken.error().message;
        return {};
    }
    return code;
}

void TestPrinting::fileNameCarriesTheCode()
{
    const QString code = QStringLiteral("000.00.00.H40-260310-0001");
    const PrintJob job = PrintJob::form(QByteArray("%PDF"), QStringLiteral("01"), code);
    QVERIFY(job.fileName.startsWith(code));
    QVERIFY(job.fileName.endsWith(QLatin1String(".pdf")));
    // The print dialog's "print to file" keeps the whole code (the title alone lost it: the
    // dots of the code looked like an extension, every receipt was "Form 01 — 000.00.00.pdf").
    QVERIFY(!offeredFile(job.title).contains(code));
    QCOMPARE(offeredFile(job.fileName), job.fileName);
}

void TestPrinting::ctrlPPrintsTheReceiptStraight()
{
    IntakePage* page = makePage();
    QVERIFY(page);
    fillIntake(page);
    // Listed under F1.
    bool listed = false;
    for (const QAction* a : page->shortcutActions())
        listed = listed || a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(listed);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    const QString code = page->lastCode();
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_output.printed.size(), 0); // no preview
    QCOMPARE(m_output.sentToPrinter.size(), 1);
    const RecordingIntakeOutput::Print& sent = m_output.sentToPrinter.first();
    // The receipt of this dossier, the one kept with it.
    auto kept = m_ctx->dossiers().document(code, QStringLiteral("01"));
    QVERIFY2(kept, qPrintable(kept.error().message));
    QCOMPARE(sent.pdf, kept->pdf);
    const QString text = pdfText(sent.pdf);
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Đặng Thị Thu Hương")), qPrintable(text));
    QVERIFY(sent.fileName.startsWith(code));
}

void TestPrinting::ctrlEnterKeepsThePreview()
{
    IntakePage* page = makePage();
    QVERIFY(page);
    fillIntake(page);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!page->lastCode().isEmpty());
    QCOMPARE(m_output.printed.size(), 1);
    QCOMPARE(m_output.sentToPrinter.size(), 0);
}

void TestPrinting::withoutPrinterOffersPreviewOrPdf()
{
    m_output.hasPrinter = false;
    const PrintJob job = PrintJob::form(QByteArray("%PDF-1.4"), QStringLiteral("01"), QStringLiteral("X.1-2"));
    QString error;
    m_output.fallback = IntakeOutput::Fallback::SavePdf;
    QVERIFY(m_output.printNow(nullptr, job, &error));
    QCOMPARE(m_output.askedWithoutPrinter, 1);
    QCOMPARE(m_output.saved.size(), 1);
    QCOMPARE(m_output.saved.first().fileName, job.fileName);
    m_output.fallback = IntakeOutput::Fallback::Preview;
    QVERIFY(m_output.printNow(nullptr, job, &error));
    QCOMPARE(m_output.printed.size(), 1);
    m_output.fallback = IntakeOutput::Fallback::Cancel;
    QVERIFY(!m_output.printNow(nullptr, job, &error));
    QCOMPARE(m_output.askedWithoutPrinter, 3);
    QCOMPARE(m_output.sentToPrinter.size(), 0);
}

void TestPrinting::reprintSendsTheKeptReceipt()
{
    const QString code = receivedDossier();
    QVERIFY(!code.isEmpty());
    DossierViewDialog dialog(*m_ctx, m_admin, code, &m_output);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* reprint = dialog.findChild<QPushButton*>(QStringLiteral("reprint-01"));
    QVERIFY(reprint && reprint->isEnabled());
    // No receipt on file yet (received through the service): one is made and kept.
    // A button's shortcut clicks it after a short animation.
    QTest::keySequence(&dialog, DossierViewDialog::reprintShortcut());
    QTRY_COMPARE(m_output.sentToPrinter.size(), 1);
    auto kept = m_ctx->dossiers().document(code, QStringLiteral("01"));
    QVERIFY2(kept, qPrintable(kept.error().message));
    QCOMPARE(m_output.sentToPrinter.first().pdf, kept->pdf);
    QVERIFY(m_output.sentToPrinter.first().fileName.startsWith(code));
    // Again: the same kept receipt, not a new one.
    QTest::keySequence(&dialog, DossierViewDialog::reprintShortcut());
    QTRY_COMPARE(m_output.sentToPrinter.size(), 2);
    QCOMPARE(m_output.sentToPrinter.at(1).pdf, kept->pdf);
    QCOMPARE(m_output.printed.size(), 0);
}

void TestPrinting::supplementPicksPapersAndPrintsForm02()
{
    const QString code = receivedDossier();
    QVERIFY(!code.isEmpty());
    auto dossier = m_ctx->dossiers().byCode(code);
    QVERIFY(dossier);
    QCOMPARE(dossier->components.size(), 2);
    const QString signedPaper = dossier->components.at(0).name;
    const QString copyPaper = dossier->components.at(1).name;

    DossierViewDialog dialog(*m_ctx, m_admin, code, &m_output);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keySequence(&dialog, DossierViewDialog::shortcutFor(ProcessingAction::RequestSupplement));
    auto* panel = dialog.findChild<DossierActionPanel*>(QStringLiteral("action-panel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    auto* items = panel->findChild<QTableWidget*>(QStringLiteral("action-items"));
    QVERIFY(items && items->isVisible());
    // The dossier's papers, none ticked yet (all were handed in).
    QCOMPARE(items->rowCount(), 2);
    QCOMPARE(items->item(0, 0)->text(), signedPaper);
    QCOMPARE(items->item(1, 0)->text(), copyPaper);
    QCOMPARE(items->item(0, 0)->checkState(), Qt::Unchecked);
    QCOMPARE(items->item(1, 0)->checkState(), Qt::Unchecked);
    // The names come from the dossier: not edited by mistake.
    QVERIFY(!(items->item(0, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(panel->askedItems().isEmpty());

    // Space ticks the first paper, then its reason; a reason typed for the second ticks it.
    QCOMPARE(QApplication::focusWidget(), items);
    items->setCurrentCell(0, 0);
    QTest::keyClick(items, Qt::Key_Space);
    QCOMPARE(items->item(0, 0)->checkState(), Qt::Checked);
    items->item(0, 1)->setText(QStringLiteral("Thiếu chữ ký, đóng dấu"));
    items->item(1, 1)->setText(QStringLiteral("Bản sao chưa chứng thực"));
    QCOMPARE(items->item(1, 0)->checkState(), Qt::Checked);
    QCOMPARE(panel->askedItems().size(), 2);

    QTest::keyClick(items, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!panel->isVisible());
    auto after = m_ctx->dossiers().byCode(code);
    QCOMPARE(after->state, DossierState::SupplementRequested);
    auto requests = m_ctx->processing().supplements(code);
    QVERIFY(requests && requests->size() == 1);
    QCOMPARE(requests->first().items.size(), 2);

    // Form 02, kept with the dossier, to the preview, with both papers and their reasons.
    QCOMPARE(m_output.printed.size(), 1);
    const RecordingIntakeOutput::Print& print = m_output.printed.first();
    auto kept = m_ctx->dossiers().document(code, QStringLiteral("02"));
    QVERIFY2(kept, qPrintable(kept.error().message));
    QCOMPARE(print.pdf, kept->pdf);
    QVERIFY(print.fileName.startsWith(code));
    const QString text = pdfText(print.pdf);
    for (const QString& s : {code, signedPaper, copyPaper, QStringLiteral("Thiếu chữ ký, đóng dấu"),
                             QStringLiteral("Bản sao chưa chứng thực"), QStringLiteral("Đặng Văn Đức")})
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in: ") + text));
    // Listed with the printed forms.
    auto* documents = dialog.findChild<QListWidget*>(QStringLiteral("documents"));
    bool listed = false;
    for (int i = 0; i < documents->count(); ++i)
        listed = listed || documents->item(i)->data(Qt::UserRole).toString() == QLatin1String("02");
    QVERIFY(listed);
}

void TestPrinting::supplementNeedsAReasonForEachPaper()
{
    const QString code = receivedDossier();
    QVERIFY(!code.isEmpty());
    DossierViewDialog dialog(*m_ctx, m_admin, code, &m_output);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.startAction(ProcessingAction::RequestSupplement);
    auto* panel = dialog.findChild<DossierActionPanel*>(QStringLiteral("action-panel"));
    auto* items = panel->findChild<QTableWidget*>(QStringLiteral("action-items"));
    // Ticked without a reason: refused inline, the cursor on that reason, nothing recorded.
    panel->setItemAsked(0, true);
    QVERIFY(!panel->confirm());
    auto* error = panel->findChild<QLabel*>(QStringLiteral("action-error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(items->item(0, 0)->text()), qPrintable(error->text()));
    QCOMPARE(items->currentRow(), 0);
    QCOMPARE(items->currentColumn(), 1);
    // Nothing ticked at all: refused too.
    panel->setItemAsked(0, false);
    panel->setItemAsked(1, false);
    QVERIFY(!panel->confirm());
    QCOMPARE(m_ctx->dossiers().byCode(code)->state, DossierState::Processing);
    QCOMPARE(m_output.printed.size(), 0);
    // A reason typed for an unticked paper ticks it.
    items->item(0, 1)->setText(QStringLiteral("Hết hạn"));
    QCOMPARE(items->item(0, 0)->checkState(), Qt::Checked);
}

QTEST_MAIN(TestPrinting)
#include "test_printing.moc"
