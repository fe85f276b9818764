// The papers of the intake page as a new clerk meets them, in the main window at 1366×768 in
// Vietnamese: papers start unticked (a receipt never lists a paper nobody handed in), the
// papers of a case sit under the case's heading, Tick required / Untick all and Space on a
// keyboard selection tick several at once, and unticking a required paper leaves the page
// usable (the reason on a line of its own, the table tall enough, fees and scans unsquashed).
#include "Language.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/FeesEditor.h"
#include "intake/IntakeOutput.h"
#include "intake/IntakeScans.h"
#include "intake/ProcedurePicker.h"
#include "pages/IntakePage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "support/UiTestKit.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// "Đăng ký thành lập doanh nghiệp tư nhân": 21 papers in the demo catalogue, two of the
// general case (required), the others under seven cases (social enterprise, by proxy, ...).
const QString kBusiness = QStringLiteral("2.001610");
// "Thủ tục cấp bản sao từ sổ gốc": two required papers, no case.
const QString kCopy = QStringLiteral("2.000908");
const QString kQr = QStringLiteral("062090001234|233123456|Đặng Thị Thu Hương|17051990|Nữ|Tổ 3, phường Quyết "
                                   "Thắng, thành phố Kon Tum, Kon Tum|05032021");

QRect inPage(const QWidget* w, const QWidget* page)
{
    return QRect(w->mapTo(page, QPoint(0, 0)), w->size());
}

int providedCount(const QList<DossierComponent>& papers)
{
    int n = 0;
    for (const DossierComponent& c : papers)
        n += c.provided ? 1 : 0;
    return n;
}
} // namespace

class TestIntakePapers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void papersStartUntickedCasesGrouped();
    void tickRequiredAndUntickAll();
    void spaceTicksTheKeyboardSelection();
    void receiptListsOnlyPapersTicked();
    void layoutHoldsWhenRequiredPaperUnticked_data();
    void layoutHoldsWhenRequiredPaperUnticked();
    void noMatchShownOnThePage();
    void modelPassesTheTester();

private:
    void choose(const QString& code);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk{7, QStringLiteral("clerk1"), QStringLiteral("Trần Văn Bình"), Role::Clerk};
    std::unique_ptr<MainWindow> m_window;
    IntakePage* m_page = nullptr;
    RecordingIntakeOutput m_output;
    ComponentChecklistModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

void TestIntakePapers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Vietnamese is the clerk's language and the longer one: the layout is checked in it.
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestIntakePapers::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("papers-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    m_output = RecordingIntakeOutput();
    m_window = std::make_unique<MainWindow>(*m_ctx, m_clerk);
    m_window->resize(1366, 768);
    m_window->showPage(MainWindow::Intake);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Active under the offscreen platform; under a bare X server (screenshots) it may not be.
    QApplication::setActiveWindow(m_window.get());
    m_page = qobject_cast<IntakePage*>(m_window->page(MainWindow::Intake));
    QVERIFY(m_page);
    m_page->setOutput(&m_output);
    m_table = child<QTableView>(m_page, "component-checklist");
    QVERIFY(m_table);
    m_model = qobject_cast<ComponentChecklistModel*>(m_table->model());
    QVERIFY(m_model);
}

void TestIntakePapers::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_ctx.reset();
}

void TestIntakePapers::choose(const QString& code)
{
    auto* picker = m_page->findChild<ProcedurePicker*>();
    picker->focusSearch();
    QTest::keyClicks(picker->searchBox(), code);
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QCOMPARE(m_page->currentDraft().dossier.procedureCode, code);
    if (m_window->isActiveWindow())
        QTRY_COMPARE(QApplication::focusWidget(), m_table);
}

void TestIntakePapers::papersStartUntickedCasesGrouped()
{
    QVERIFY(m_page->applyQrText(kQr));
    choose(kBusiness);
    auto procedure = m_ctx->catalogue().procedure(kBusiness);
    QVERIFY(procedure.ok());
    const auto& components = procedure->components;
    QVERIFY(components.size() >= 15);

    // Nothing is ticked until the clerk ticks it, so Receive waits for the required papers.
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 0);
    int required = 0;
    for (const Component& c : components)
        required += c.required ? 1 : 0;
    QVERIFY(required >= 1 && required < components.size());
    QCOMPARE(m_model->missing().size(), required);
    QVERIFY(!child<QPushButton>(m_page, "receive")->isEnabled());

    // Required papers first, then each case under its heading (spanning the row, no counts).
    for (int r = 0; r < required; ++r) {
        QVERIFY(m_model->isRequired(r));
        QVERIFY(!m_model->isCaseHeading(r));
    }
    QVERIFY(m_model->isCaseHeading(required));
    QVERIFY(m_model->caseCount() >= 5);
    QCOMPARE(m_model->rowCount(), static_cast<int>(components.size()) + m_model->caseCount());
    int headings = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->isCaseHeading(r))
            continue;
        ++headings;
        QCOMPARE(m_table->columnSpan(r, 0), int(ComponentChecklistModel::ColumnCount));
        QVERIFY(!(m_model->flags(m_model->index(r, ComponentChecklistModel::OriginalsColumn)) & Qt::ItemIsEditable));
        QCOMPARE(m_model->componentIdAt(r), qint64(0));
    }
    QCOMPARE(headings, m_model->caseCount());
    // Under its heading a paper is named without the case repeated; the dossier keeps it.
    const int firstCasePaper = required + 1;
    const QString shown = m_model->index(firstCasePaper, 0).data().toString();
    const qint64 id = m_model->componentIdAt(firstCasePaper);
    QString stored;
    for (const DossierComponent& dc : m_page->currentDraft().dossier.components) {
        if (dc.componentId == id)
            stored = dc.name;
    }
    QVERIFY2(stored.startsWith(shown) && stored.size() > shown.size(), qPrintable(shown + u" | " + stored));

    // Long names wrap in the table rather than hiding in a tooltip.
    QVERIFY(m_table->wordWrap());
    QCOMPARE(m_table->textElideMode(), Qt::ElideNone);
}

void TestIntakePapers::tickRequiredAndUntickAll()
{
    choose(kBusiness);
    auto* tick = child<QPushButton>(m_page, "tick-required");
    auto* untick = child<QPushButton>(m_page, "untick-all");
    QVERIFY(tick && untick && tick->isVisible() && untick->isVisible());
    QTest::mouseClick(tick, Qt::LeftButton);
    QVERIFY(m_model->missing().isEmpty());
    // Only the required papers: the cases' papers stay as they were.
    const int required = providedCount(m_page->currentDraft().dossier.components);
    QVERIFY(required >= 1);
    for (const DossierComponent& dc : m_page->currentDraft().dossier.components) {
        bool isRequired = false;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->componentIdAt(r) == dc.componentId)
                isRequired = m_model->isRequired(r);
        }
        QCOMPARE(dc.provided, isRequired);
    }
    m_page->applyQrText(kQr);
    QVERIFY(child<QPushButton>(m_page, "receive")->isEnabled());

    QTest::mouseClick(untick, Qt::LeftButton);
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 0);
    QVERIFY(!child<QPushButton>(m_page, "receive")->isEnabled());

    // A case's heading ticks its papers, and shows a partial tick when some are unticked.
    int heading = -1;
    for (int r = 0; r < m_model->rowCount() && heading < 0; ++r) {
        if (m_model->isCaseHeading(r) && r + 2 < m_model->rowCount() && !m_model->isCaseHeading(r + 2))
            heading = r;
    }
    QVERIFY(heading >= 0);
    const QModelIndex h = m_model->index(heading, 0);
    QVERIFY(m_model->setData(h, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(h.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(heading + 1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_model->setData(m_model->index(heading + 1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(h.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
}

void TestIntakePapers::spaceTicksTheKeyboardSelection()
{
    choose(kBusiness);
    QCOMPARE(m_table->currentIndex().row(), 0);
    // Shift+Down selects the first two papers; Space ticks both.
    QTest::keyClick(m_table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(m_model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(m_model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 2);
    // Space again on a selection all ticked unticks it.
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 0);

    // Ctrl+A then Space: every paper; again: none.
    QTest::keyClick(m_table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components),
             static_cast<int>(m_page->currentDraft().dossier.components.size()));
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 0);

    // A single current row (no extended selection) still toggles alone.
    m_table->clearSelection();
    m_table->setCurrentIndex(m_model->index(1, ComponentChecklistModel::PhotocopiesColumn));
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(providedCount(m_page->currentDraft().dossier.components), 1);
    QCOMPARE(m_model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestIntakePapers::receiptListsOnlyPapersTicked()
{
    QVERIFY(m_page->applyQrText(kQr));
    choose(kBusiness);
    QTest::mouseClick(child<QPushButton>(m_page, "tick-required"), Qt::LeftButton);
    QVERIFY(m_page->receive());
    auto stored = m_ctx->dossiers().byCode(m_page->lastCode());
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(providedCount(stored->components), 2);
    // The receipt (form 01) names the two papers handed in, not the cases' papers.
    QCOMPARE(m_output.printed.size(), 1);
    QByteArray bytes = m_output.printed.first().pdf;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QString text;
    for (int page = 0; page < doc.pageCount(); ++page)
        text += doc.getAllText(page).text() + u'\n';
    text.replace(u'\n', u' ');
    QVERIFY2(text.contains(QStringLiteral("Giấy đề nghị đăng ký doanh nghiệp")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Cam kết thực hiện mục tiêu xã hội")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Văn bản ủy quyền")), qPrintable(text));
}

void TestIntakePapers::layoutHoldsWhenRequiredPaperUnticked_data()
{
    QTest::addColumn<QString>("procedure");
    QTest::newRow("two papers") << kCopy;
    QTest::newRow("21 papers in cases") << kBusiness;
}

void TestIntakePapers::layoutHoldsWhenRequiredPaperUnticked()
{
    QFETCH(QString, procedure);
    QVERIFY(m_page->applyQrText(kQr));
    choose(procedure);
    QTest::mouseClick(child<QPushButton>(m_page, "tick-required"), Qt::LeftButton);
    QVERIFY(child<QPushButton>(m_page, "receive")->isEnabled());
    // MOTCUA_SHOTS=DIR keeps screenshots of the page before and after (run under xvfb to look).
    const QString shots = qEnvironmentVariable("MOTCUA_SHOTS");
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QApplication::processEvents(); // the table's rows take their heights
    if (!shots.isEmpty())
        m_window->grab().save(QStringLiteral("%1/intake-before-%2.png").arg(shots, tag));
    // Space on the first paper (required) unticks it: Receive is blocked with the reason.
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(0, 0));
    QVERIFY(m_model->isRequired(0));
    QTest::keyClick(m_table, Qt::Key_Space);
    auto* receive = child<QPushButton>(m_page, "receive");
    auto* supplement = child<QPushButton>(m_page, "request-supplement");
    auto* newDossier = child<QPushButton>(m_page, "new-dossier");
    auto* blocked = child<QLabel>(m_page, "receive-blocked");
    QVERIFY(!receive->isEnabled());
    QTRY_VERIFY(blocked->isVisible());
    QApplication::processEvents();

    // The reason has a line of its own, as wide as the row of buttons under it.
    const QRect reason = inPage(blocked, m_page);
    const QRect buttons = inPage(newDossier, m_page).united(inPage(receive, m_page));
    QVERIFY2(reason.bottom() < buttons.top(), qPrintable(QStringLiteral("reason %1,%2 %3x%4, buttons top %5")
                                                             .arg(reason.x())
                                                             .arg(reason.y())
                                                             .arg(reason.width())
                                                             .arg(reason.height())
                                                             .arg(buttons.top())));
    QVERIFY2(reason.width() >= buttons.width() - 2, qPrintable(QString::number(reason.width())));
    // Not one word a line: no more lines than the text needs at that width, all of it shown.
    const QFontMetrics fm = blocked->fontMetrics();
    const int lines = fm.horizontalAdvance(blocked->text()) / qMax(1, blocked->contentsRect().width() - 12) + 2;
    QVERIFY2(blocked->height() <= lines * fm.lineSpacing() + 16,
             qPrintable(QStringLiteral("%1 px for %2 lines").arg(blocked->height()).arg(lines)));
    QVERIFY(blocked->height() >= blocked->heightForWidth(blocked->width()));
    for (QPushButton* b : {newDossier, supplement, receive})
        QVERIFY(b->width() >= b->minimumSizeHint().width() && b->height() >= b->minimumSizeHint().height());

    // The paper table shows several rows, not one.
    const int rowHeight = m_table->verticalHeader()->minimumSectionSize();
    QVERIFY2(m_table->viewport()->height() >= 5 * rowHeight,
             qPrintable(QStringLiteral("viewport %1 px, row %2 px").arg(m_table->viewport()->height()).arg(rowHeight)));

    // Fees, notes and the scan buttons keep their size.
    auto* fees = m_page->findChild<FeesEditor*>(QStringLiteral("fees"));
    QVERIFY(fees);
    QVERIFY2(fees->height() >= fees->minimumSizeHint().height(),
             qPrintable(QStringLiteral("%1 < %2").arg(fees->height()).arg(fees->minimumSizeHint().height())));
    auto* notes = child<QLineEdit>(m_page, "notes");
    QVERIFY(notes->height() >= notes->minimumSizeHint().height());
    int scanButtons = 0;
    for (QPushButton* b : m_page->scans()->findChildren<QPushButton*>()) {
        if (!b->isVisible())
            continue;
        ++scanButtons;
        QVERIFY2(b->height() >= b->minimumSizeHint().height() && b->width() >= b->minimumSizeHint().width(),
                 qPrintable(b->objectName()));
    }
    QVERIFY(scanButtons >= 1);

    // Everything is on the page: nothing pushed out of the window at 1366×768.
    QVERIFY(m_page->rect().contains(inPage(receive, m_page)));
    QVERIFY(m_page->rect().contains(reason));

    if (!shots.isEmpty())
        m_window->grab().save(QStringLiteral("%1/intake-unticked-%2.png").arg(shots, tag));
}

void TestIntakePapers::noMatchShownOnThePage()
{
    // A commune's procedure: the page says it found nothing and offers the code search, in view.
    auto* picker = m_page->findChild<ProcedurePicker*>();
    picker->focusSearch();
    for (const QChar c : QStringLiteral("khai sinh"))
        QTest::keyClick(picker->searchBox(), c.toLatin1());
    auto* noMatch = child<QLabel>(m_page, "procedure-no-match");
    auto* codeSearch = child<QPushButton>(m_page, "procedure-code-search");
    QVERIFY(noMatch->isVisible() && codeSearch->isVisible());
    QApplication::processEvents();
    const QRect label = inPage(noMatch, m_page);
    QVERIFY2(m_page->rect().contains(label), qPrintable(QStringLiteral("%1,%2").arg(label.x()).arg(label.bottom())));
    QVERIFY(noMatch->height() >= noMatch->heightForWidth(noMatch->width()));
    QVERIFY(m_page->rect().contains(inPage(codeSearch, m_page)));
    const QString shots = qEnvironmentVariable("MOTCUA_SHOTS");
    if (!shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/intake-no-match.png"));
}

void TestIntakePapers::modelPassesTheTester()
{
    ComponentChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto p = m_ctx->catalogue().procedure(kBusiness);
    QVERIFY(p.ok());
    model.setProcedureComponents(p->components);
    QVERIFY(model.caseCount() > 0);
    QVERIFY(!model.missing().isEmpty());
    model.setRequiredProvided();
    QVERIFY(model.missing().isEmpty());
    model.toggleRows({0, 1, 2, 3});
    model.setAllProvided(true);
    QCOMPARE(providedCount(model.dossierComponents()), static_cast<int>(p->components.size()));
    model.applyDossierComponents({});
    model.setProcedureComponents({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestIntakePapers)
#include "test_intakepapers.moc"
