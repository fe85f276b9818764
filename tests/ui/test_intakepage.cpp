// The intake page driven as a clerk drives it: keyboard only, a handheld scanner typing the
// ID card QR into whatever field has focus, Ctrl+Enter to receive; then the rows, the outbox
// item and the printed receipt are checked. Headless (offscreen platform).
#include "FileChooser.h"
#include "Language.h"
#include "core/Clock.h"
#include "core/IntakeDecision.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/FeesEditor.h"
#include "intake/IntakeOutput.h"
#include "intake/ProcedureListModel.h"
#include "intake/ProcedurePicker.h"
#include "intake/ScannerBurstDetector.h"
#include "pages/IntakePage.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/IntakeAssistant.h"
#include "store/Database.h"
#include "support/UiTestKit.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// A 7-field ID card QR (docs/domain.md#the-citizen-id-card-qr) as a scanner types it.
const QString kName = QStringLiteral("Đặng Thị Thu Hương");
const QString kAddress = QStringLiteral("Tổ 3, phường Quyết Thắng, thành phố Kon Tum, Kon Tum");
const QString kQr = QStringLiteral("062090001234|233123456|") + kName + QStringLiteral("|17051990|Nữ|") + kAddress +
                    QStringLiteral("|05032021");
// The demo procedure "Thủ tục cấp bản sao từ sổ gốc": 1 working day, no fee, two papers.
const QString kCopyProcedure = QStringLiteral("2.000908");
// "Đăng ký hoạt động của tổ chức hành nghề luật sư": a 25.000 đồng fee at the counter.
const QString kFeeProcedure = QStringLiteral("1.002010");

// QTest::keyClicks asserts on non-ASCII text: send key events that carry the text instead,
// to the focused widget, through the application (so event filters see them).
void typeText(const QString& text)
{
    for (const QChar c : text) {
        QWidget* w = QApplication::focusWidget();
        QVERIFY(w);
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, static_cast<Qt::Key>(k), modifiers);
}

// The detector's clock in these tests: each key 1 ms after the previous one, unless a pause
// is inserted. A person's typing is simulated by pausing before a scan.
qint64 g_ms = 0;

// A scanner after a pause: every key 1 ms after the last, then Enter.
void scan(const QString& text)
{
    g_ms += 1000;
    typeText(text);
    key(Qt::Key_Return);
}

QString pdfText(const QByteArray& pdf)
{
    QByteArray bytes = pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QString text;
    for (int page = 0; page < doc.pageCount(); ++page)
        text += doc.getAllText(page).text() + QLatin1Char('\n');
    return text;
}
} // namespace

class TestIntakePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void takesDossierByKeyboardWithScannerBurst();
    void junkBurstChangesNothing();
    void slowTypingIsNotAScan();
    void pasteAndImageQr();
    void searchFindsWithoutDiacriticsAndFavouritesFirst();
    void missingPaperBlocksReceiveAndOffersSupplement();
    void refusalNeedsReason();
    void feeChangeNeedsReason();
    void invalidFieldsShownBesideThem();
    void draftSurvivesRecreatingThePage();
    void newAsksBeforeDiscarding();
    void appointmentFollowsProcedureAndChannel();
    void modelsPassTheTester();
    void idChangedAfterTheQrIsNotFromIt();

private:
    void makePage();
    void chooseProcedure(const QString& search);
    // The required papers handed in (the "Tick required" button; the focus stays put).
    void tickRequired();
    int count(const QString& sql, const QString& arg = {});

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk{7, QStringLiteral("clerk1"), QStringLiteral("Trần Văn Bình"), Role::Clerk};
    std::unique_ptr<QWidget> m_window;
    IntakePage* m_page = nullptr;
    RecordingIntakeOutput m_output;
    FixedFileChooser m_chooser{QString()};
};

void TestIntakePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // English: the labels' Alt+letter mnemonics the test presses are those of the source text.
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void TestIntakePage::init()
{
    // Tuesday 10 March 2026, 09:00 in Vietnam: a plain working morning.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("desk-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    m_output = RecordingIntakeOutput();
    makePage();
}

void TestIntakePage::makePage()
{
    m_window.reset();
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 720);
    auto* layout = new QVBoxLayout(m_window.get());
    m_page = new IntakePage(*m_ctx, m_clerk, m_window.get());
    m_page->setOutput(&m_output);
    m_page->setFileChooser(&m_chooser);
    m_page->scanner()->setTimeSource([] { return ++g_ms; });
    layout->addWidget(m_page);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_page->isAncestorOf(QApplication::focusWidget()));
}

void TestIntakePage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_ctx.reset();
}

int TestIntakePage::count(const QString& sql, const QString& arg)
{
    Statement& q = m_ctx->db().prepare(sql);
    if (!arg.isNull())
        q.bind(1, arg);
    const int n = q.next() ? q.integer(0) : -1;
    q.reset();
    return n;
}

void TestIntakePage::chooseProcedure(const QString& search)
{
    key(Qt::Key_F3);
    QCOMPARE(QApplication::focusWidget(), m_page->findChild<ProcedurePicker*>()->searchBox());
    typeText(search);
    key(Qt::Key_Return);
}

void TestIntakePage::tickRequired()
{
    auto* button = child<QPushButton>(m_page, "tick-required");
    QVERIFY(button);
    button->click();
}

void TestIntakePage::takesDossierByKeyboardWithScannerBurst()
{
    // The cursor starts in the first field; Alt+P (the label's mnemonic) goes to the phone.
    QVERIFY(m_page->isAncestorOf(QApplication::focusWidget()));
    key(Qt::Key_P, Qt::AltModifier);
    auto* phone = child<QLineEdit>(m_page, "applicant-phone");
    QCOMPARE(QApplication::focusWidget(), phone);
    typeText(QStringLiteral("0912345678"));
    QCOMPARE(phone->text(), QStringLiteral("0912345678"));

    // The scanner types into the phone field: the phone keeps its number, the card fills the rest.
    scan(kQr);
    QCOMPARE(phone->text(), QStringLiteral("0912345678"));
    QCOMPARE(QApplication::focusWidget(), phone);
    QCOMPARE(child<QLineEdit>(m_page, "applicant-name")->text(), kName);
    QCOMPARE(child<QLineEdit>(m_page, "applicant-id")->text(), QStringLiteral("062090001234"));
    QCOMPARE(child<QLineEdit>(m_page, "applicant-birth-date")->text(), QStringLiteral("17/05/1990"));
    QCOMPARE(child<QComboBox>(m_page, "applicant-gender")->currentData().toString(), QStringLiteral("Nữ"));
    QCOMPARE(child<QLineEdit>(m_page, "applicant-address")->text(), kAddress);
    auto* message = child<QLabel>(m_page, "intake-message");
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));

    // Receive is not possible before a procedure is chosen.
    auto* receive = child<QPushButton>(m_page, "receive");
    QVERIFY(!receive->isEnabled());
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    QCOMPARE(m_page->currentDraft().dossier.procedureCode, kCopyProcedure);
    // The papers start unticked: Ctrl+A and Space in the checklist tick all those handed in.
    QVERIFY(!receive->isEnabled());
    QCOMPARE(QApplication::focusWidget(), child<QTableView>(m_page, "component-checklist"));
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Space);
    QVERIFY(receive->isEnabled());
    // After the choice the cursor is in the papers checklist.
    QCOMPARE(QApplication::focusWidget(), child<QTableView>(m_page, "component-checklist"));
    key(Qt::Key_Tab); // sets
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(m_page, "sets"));

    key(Qt::Key_Return, Qt::ControlModifier);
    const QString code = m_page->lastCode();
    QVERIFY(!code.isEmpty());
    QVERIFY(child<QLabel>(m_page, "intake-result")->text().contains(code));

    // The rows: dossier with applicant, papers and appointment; history; audit; outbox.
    auto stored = m_ctx->dossiers().byCode(code);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->applicant.fullName, kName);
    QCOMPARE(stored->applicant.idNumber, QStringLiteral("062090001234"));
    QVERIFY(stored->applicant.idFromQr); // read from the card's QR (synced as MC_DocQRCanCuoc)
    QCOMPARE(stored->applicant.phone, QStringLiteral("0912345678"));
    QCOMPARE(stored->applicant.birthDate, QDate(1990, 5, 17));
    QCOMPARE(stored->applicant.address, kAddress);
    QCOMPARE(stored->procedureCode, kCopyProcedure);
    QCOMPARE(stored->receivedBy, m_clerk.username);
    QCOMPARE(stored->components.size(), 2);
    // 1 working day from Tuesday 09:00 is Wednesday 09:00.
    QCOMPARE(toVietnam(stored->appointmentAt), QDateTime(QDate(2026, 3, 11), QTime(9, 0), vietnamZone()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'dossier' AND entity_key = ?1"), code), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'dossier.receive' AND "
                                  "entity_key = ?1"),
                   code),
             1);

    // The receipt (form 01): printed through the seam and kept with the dossier.
    QCOMPARE(m_output.printed.size(), 1);
    const QString text = pdfText(m_output.printed.first().pdf);
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY(text.contains(kName));
    QVERIFY(text.contains(QStringLiteral("cấp bản sao từ sổ gốc")));
    QVERIFY(text.contains(QStringLiteral("09:00 11/03/2026")));
    auto kept = m_ctx->dossiers().document(code, QStringLiteral("01"));
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(kept->pdf, m_output.printed.first().pdf);

    // The form is free for the next applicant and the draft is gone.
    QVERIFY(m_page->isBlank());
    QVERIFY(child<QLineEdit>(m_page, "applicant-name")->text().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM intake_drafts")), 0);
    // The procedure just used now comes first.
    auto* picker = m_page->findChild<ProcedurePicker*>();
    QCOMPARE(picker->model()->data(picker->model()->index(0), ProcedureListModel::CodeRole).toString(), kCopyProcedure);
}

void TestIntakePage::junkBurstChangesNothing()
{
    key(Qt::Key_N, Qt::AltModifier);
    auto* name = child<QLineEdit>(m_page, "applicant-name");
    QCOMPARE(QApplication::focusWidget(), name);
    typeText(QStringLiteral("Lê"));
    // Fast, long, with pipes, but not an ID card.
    scan(QStringLiteral("https://example.vn/tra-cuu?ma=|12345|abcdefghijklmnopqrstuvwxyz|0000"));
    QCOMPARE(name->text(), QStringLiteral("Lê"));
    QVERIFY(child<QLineEdit>(m_page, "applicant-id")->text().isEmpty());
    auto* message = child<QLabel>(m_page, "intake-message");
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
    // A bad date in an otherwise well-formed QR is refused too, changing nothing.
    QString badDate = kQr;
    badDate.replace(QStringLiteral("17051990"), QStringLiteral("31021990"));
    scan(badDate);
    QCOMPARE(name->text(), QStringLiteral("Lê"));
    QVERIFY(child<QLineEdit>(m_page, "applicant-address")->text().isEmpty());
}

void TestIntakePage::slowTypingIsNotAScan()
{
    // A person typing (80 ms between keys) is never taken for a scanner, whatever the text.
    qint64 now = 0;
    m_page->scanner()->setTimeSource([&now] { return now += 80; });
    key(Qt::Key_D, Qt::AltModifier);
    auto* address = child<QLineEdit>(m_page, "applicant-address");
    QCOMPARE(QApplication::focusWidget(), address);
    scan(kQr);
    QCOMPARE(address->text(), kQr);
    QVERIFY(child<QLineEdit>(m_page, "applicant-name")->text().isEmpty());
}

void TestIntakePage::pasteAndImageQr()
{
    QApplication::clipboard()->setText(kQr);
    key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(child<QLineEdit>(m_page, "applicant-name")->text(), kName);

    QApplication::clipboard()->setText(QStringLiteral("not a card"));
    key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(child<QLineEdit>(m_page, "applicant-name")->text(), kName);
    QCOMPARE(child<QLabel>(m_page, "intake-message")->property("messageKind").toString(), QStringLiteral("error"));

    // An image that is not there: a clear message, nothing changed.
    m_chooser.setPath(m_dir.filePath(QStringLiteral("missing.png")));
    m_page->decodeQrFromImage();
    QCOMPARE(m_chooser.calls(), 1);
    QCOMPARE(child<QLabel>(m_page, "intake-message")->property("messageKind").toString(), QStringLiteral("error"));
    QCOMPARE(child<QLineEdit>(m_page, "applicant-name")->text(), kName);
}

void TestIntakePage::searchFindsWithoutDiacriticsAndFavouritesFirst()
{
    auto* picker = m_page->findChild<ProcedurePicker*>();
    ProcedureListModel* model = picker->model();
    model->setFilter(QStringLiteral("dang ky thanh lap cong ty co phan"));
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < 5);
    QVERIFY(model->rowOf(QStringLiteral("2.002043")) >= 0); // "Đăng ký thành lập công ty cổ phần"
    model->setFilter(QStringLiteral("2.0009"));
    QCOMPARE(model->data(model->index(0), ProcedureListModel::CodeRole).toString(), kCopyProcedure);
    // By department name, without diacritics.
    model->setFilter(QStringLiteral("so tu phap"));
    QVERIFY(model->rowCount() >= 3);
    model->setFilter(QString());
    const int all = model->rowCount();
    QVERIFY(all >= 40);
    picker->setFavourites({kFeeProcedure});
    QCOMPARE(model->data(model->index(0), ProcedureListModel::CodeRole).toString(), kFeeProcedure);
    QVERIFY(model->data(model->index(0), ProcedureListModel::FavouriteRole).toBool());
    QCOMPARE(model->rowCount(), all);

    // Arrows move through the matches while the cursor stays in the box.
    key(Qt::Key_F3);
    typeText(QStringLiteral("dang ky"));
    QVERIFY(model->rowCount() >= 3);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), picker->searchBox());
    const QString third = model->data(model->index(2), ProcedureListModel::CodeRole).toString();
    key(Qt::Key_Return);
    QCOMPARE(m_page->currentDraft().dossier.procedureCode, third);
}

void TestIntakePage::missingPaperBlocksReceiveAndOffersSupplement()
{
    QVERIFY(m_page->applyQrText(kQr));
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    auto* receive = child<QPushButton>(m_page, "receive");
    tickRequired();
    QVERIFY(receive->isEnabled());
    // Space unticks the first paper: required, so Receive is blocked with the reason shown.
    QCOMPARE(QApplication::focusWidget(), child<QTableView>(m_page, "component-checklist"));
    key(Qt::Key_Space);
    QVERIFY(!receive->isEnabled());
    auto* blocked = child<QLabel>(m_page, "receive-blocked");
    QVERIFY(blocked->isVisible());
    const QString firstPaper = m_page->currentDraft().dossier.components.first().name;
    QVERIFY(blocked->text().contains(firstPaper));
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->lastCode().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dossiers")), 0);

    // Alt+U: request a supplement; the missing paper comes with a reason ready.
    key(Qt::Key_U, Qt::AltModifier);
    auto* panel = m_page->findChild<QWidget*>(QStringLiteral("intake-decision"));
    QTRY_VERIFY(panel->isVisible());
    auto* reason = child<QLineEdit>(panel, "supplement-reason-0");
    QCOMPARE(QApplication::focusWidget(), reason);
    QVERIFY(!reason->text().isEmpty());
    key(Qt::Key_Return);
    const QString code = m_page->lastCode();
    QVERIFY(!code.isEmpty());
    auto stored = m_ctx->dossiers().byCode(code);
    QVERIFY(stored.ok());
    QCOMPARE(stored->state, DossierState::SupplementRequested);
    auto decision = m_ctx->dossiers().intakeDecision(code);
    QVERIFY2(decision.ok(), qPrintable(decision.error().message));
    QCOMPARE(decision->items.size(), 1);
    QCOMPARE(decision->items.first().componentName, firstPaper);
    QCOMPARE(m_output.printed.size(), 1);
    QVERIFY(m_ctx->dossiers().document(code, QStringLiteral("02")).ok());
    QVERIFY(!panel->isVisible());
}

void TestIntakePage::refusalNeedsReason()
{
    QVERIFY(m_page->applyQrText(kQr));
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    // A button's mnemonic clicks it with a short animation: wait for it.
    key(Qt::Key_R, Qt::AltModifier);
    auto* reason = child<QLineEdit>(m_page, "refusal-reason");
    QTRY_COMPARE(QApplication::focusWidget(), reason);
    key(Qt::Key_Return);
    QVERIFY(child<QLabel>(m_page, "decision-error")->isVisible());
    QVERIFY(m_page->lastCode().isEmpty());
    typeText(QStringLiteral("Không thuộc thẩm quyền của trung tâm"));
    key(Qt::Key_Return);
    const QString code = m_page->lastCode();
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_ctx->dossiers().byCode(code)->state, DossierState::Refused);
    QCOMPARE(m_ctx->dossiers().intakeDecision(code)->reason, QStringLiteral("Không thuộc thẩm quyền của trung tâm"));
    QCOMPARE(m_output.printed.size(), 1);
    QVERIFY(pdfText(m_output.printed.first().pdf).contains(QStringLiteral("Không thuộc thẩm quyền")));
}

void TestIntakePage::feeChangeNeedsReason()
{
    QVERIFY(m_page->applyQrText(kQr));
    chooseProcedure(kFeeProcedure);
    tickRequired();
    auto* fees = m_page->findChild<FeesEditor*>();
    QLineEdit* amount = fees->amountField(0);
    QVERIFY(amount);
    QCOMPARE(amount->text(), Money(25000).format());
    // Tab from the notes backwards (Shift+Tab) reaches the fee's reason, then its amount.
    key(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_page, "notes"));
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), amount);
    amount->selectAll();
    typeText(QStringLiteral("30.000"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->lastCode().isEmpty());
    QVERIFY(fees->errorLabel(0)->isVisible());
    QVERIFY(fees->errorLabel(0)->text().contains(Money(25000).format()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dossiers")), 0);

    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), fees->reasonField(0));
    typeText(QStringLiteral("Miễn giảm theo quyết định 15"));
    key(Qt::Key_Return, Qt::ControlModifier);
    const QString code = m_page->lastCode();
    QVERIFY(!code.isEmpty());
    auto stored = m_ctx->dossiers().byCode(code);
    QCOMPARE(stored->fees.size(), 1);
    QCOMPARE(stored->fees.first().amount, Money(30000));
    QCOMPARE(stored->fees.first().overrideReason, QStringLiteral("Miễn giảm theo quyết định 15"));
}

void TestIntakePage::invalidFieldsShownBesideThem()
{
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    tickRequired();
    key(Qt::Key_I, Qt::AltModifier);
    typeText(QStringLiteral("06209000123")); // 11 digits
    key(Qt::Key_B, Qt::AltModifier);
    typeText(QStringLiteral("31/02/1990"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->lastCode().isEmpty());
    QVERIFY(child<QLabel>(m_page, "applicant-name-error")->isVisible());
    QVERIFY(child<QLabel>(m_page, "applicant-id-error")->isVisible());
    QVERIFY(child<QLabel>(m_page, "applicant-birth-date-error")->isVisible());
    QVERIFY(!child<QLabel>(m_page, "applicant-phone-error")->isVisible());
    // The first field in error takes the cursor.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_page, "applicant-name"));
    // Editing a field clears its error.
    typeText(QStringLiteral("A"));
    QVERIFY(!child<QLabel>(m_page, "applicant-name-error")->isVisible());
}

void TestIntakePage::idChangedAfterTheQrIsNotFromIt()
{
    QVERIFY(!m_page->currentDraft().dossier.applicant.idFromQr); // typed by hand: not from the QR
    QVERIFY(m_page->applyQrText(kQr));
    QVERIFY(m_page->currentDraft().dossier.applicant.idFromQr);
    // The clerk corrects the number: it no longer comes from the card.
    child<QLineEdit>(m_page, "applicant-id")->setText(QStringLiteral("062090001235"));
    QVERIFY(!m_page->currentDraft().dossier.applicant.idFromQr);
}

void TestIntakePage::draftSurvivesRecreatingThePage()
{
    QVERIFY(m_page->applyQrText(kQr));
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    tickRequired();
    key(Qt::Key_Space); // first paper not provided
    child<QLineEdit>(m_page, "notes")->setText(QStringLiteral("Hẹn gọi điện"));
    // Autosaved about a second after the last change.
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT COUNT(*) FROM intake_drafts WHERE username = ?1"), m_clerk.username), 1, 3000);
    const IntakeDraft before = m_page->currentDraft();

    makePage(); // a restart: a new page over the same database
    const IntakeDraft after = m_page->currentDraft();
    QCOMPARE(after.dossier.applicant.fullName, kName);
    QCOMPARE(after.dossier.applicant.idNumber, before.dossier.applicant.idNumber);
    QVERIFY(after.dossier.applicant.idFromQr);
    QCOMPARE(after.dossier.procedureCode, kCopyProcedure);
    QCOMPARE(after.dossier.notes, QStringLiteral("Hẹn gọi điện"));
    QCOMPARE(after.dossier.components.first().provided, false);
    QVERIFY(!child<QPushButton>(m_page, "receive")->isEnabled());
    auto* message = child<QLabel>(m_page, "intake-message");
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
}

void TestIntakePage::newAsksBeforeDiscarding()
{
    // A blank form starts over without a question.
    QVERIFY(m_page->startNew());
    QCOMPARE(m_output.questions.size(), 0);
    QVERIFY(m_page->applyQrText(kQr));
    m_output.discardAnswer = false;
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_output.questions.size(), 1);
    QCOMPARE(child<QLineEdit>(m_page, "applicant-name")->text(), kName);
    m_output.discardAnswer = true;
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_output.questions.size(), 2);
    QVERIFY(m_page->isBlank());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM intake_drafts")), 0);
}

void TestIntakePage::appointmentFollowsProcedureAndChannel()
{
    auto* appointment = child<QLabel>(m_page, "appointment");
    QVERIFY(!appointment->text().contains(QStringLiteral("11/03/2026")));
    chooseProcedure(QStringLiteral("cap ban sao tu so goc"));
    QVERIFY2(appointment->text().contains(QStringLiteral("09:00 11/03/2026")), qPrintable(appointment->text()));
    QVERIFY(!child<QLabel>(m_page, "appointment-rule")->text().isEmpty());
    // Later in the day the appointment moves with the clock.
    m_clock->set(QDateTime(QDate(2026, 3, 10), QTime(16, 0), vietnamZone()));
    auto* channel = child<QComboBox>(m_page, "channel");
    channel->setCurrentIndex(1); // postal
    auto procedure = m_ctx->catalogue().procedure(kCopyProcedure);
    const ProcedureChannel* postal = procedure->channel(Channel::Postal);
    QVERIFY(postal);
    const Appointment expected =
        m_ctx->calendar().due(m_clock->now(), postal->timeValue, postal->timeUnit, procedure->receiveCutoff);
    QVERIFY(toVietnam(expected.at) > QDateTime(QDate(2026, 3, 11), QTime(9, 0), vietnamZone()));
    QVERIFY2(appointment->text().contains(toVietnam(expected.at).toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
             qPrintable(appointment->text()));
    QCOMPARE(child<QLabel>(m_page, "appointment-rule")->text(), expected.rule);
}

void TestIntakePage::modelsPassTheTester()
{
    ProcedureListModel procedures;
    QAbstractItemModelTester t1(&procedures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    procedures.setProcedures(m_ctx->catalogue().procedures(), m_ctx->catalogue().departments());
    procedures.setFilter(QStringLiteral("dang ky"));
    procedures.setFavourites({kCopyProcedure, kFeeProcedure});
    procedures.setFilter(QString());
    procedures.setFilter(QStringLiteral("no such procedure at all"));
    QCOMPARE(procedures.rowCount(), 0);

    ComponentChecklistModel checklist;
    QAbstractItemModelTester t2(&checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto p = m_ctx->catalogue().procedure(kCopyProcedure);
    QVERIFY(p.ok());
    checklist.setProcedureComponents(p->components);
    QCOMPARE(checklist.rowCount(), p->components.size());
    // Unticked until handed in; both papers of this procedure are required.
    QCOMPARE(checklist.missing().size(), 2);
    checklist.setRequiredProvided();
    QVERIFY(checklist.missing().isEmpty());
    QVERIFY(
        checklist.setData(checklist.index(0, ComponentChecklistModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(checklist.missing().size(), 1);
    QVERIFY(checklist.setData(checklist.index(0, ComponentChecklistModel::PhotocopiesColumn), 3));
    QVERIFY(!checklist.setData(checklist.index(0, ComponentChecklistModel::PhotocopiesColumn), -1));
    QCOMPARE(checklist.dossierComponents().first().photocopies, 3);
    checklist.setAllProvided(true);
    QVERIFY(checklist.missing().isEmpty());
    checklist.setProcedureComponents({});
    QCOMPARE(checklist.rowCount(), 0);
}

QTEST_MAIN(TestIntakePage)
#include "test_intakepage.moc"
