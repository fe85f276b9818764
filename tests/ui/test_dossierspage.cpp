// The Dossiers and Returns pages driven through their real widgets, headless: a dossier
// received at the counter is found by its applicant's name typed without diacritics, opened
// with Enter, transferred to a department and taken up there; its result is completed and
// handed back on the Returns page, with the collector's ID number checked inline; filters
// and presets from other pages; the ledger export through the file chooser seam.
#include "FileChooser.h"
#include "Language.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "dossiers/DossierFilterBar.h"
#include "dossiers/DossierListModel.h"
#include "dossiers/DossierViewDialog.h"
#include "dossiers/ReturnDialog.h"
#include "intake/IntakeOutput.h"
#include "pages/DossiersPage.h"
#include "pages/ReturnsPage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierGenerator.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "support/UiTestKit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace motcua;

namespace {
// Wednesday 25 Nov 2026, 10:00 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), vietnamZone());

// Runs `body` on the next modal dialog once it is shown (exec() blocks the test's flow).
void onModal(std::function<void(QDialog*)> body)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, body] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            // Shortcuts reach the active window only; a failed check must not leave the
            // dialog open (exec() would never return).
            QApplication::setActiveWindow(dialog);
            if (!QTest::qWaitForWindowActive(dialog))
                qWarning("the dialog did not become active");
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            body(dialog);
        }
    });
    timer->start();
}

// The value beside `label` in the dossier's details ("Where it is:").
QString detail(QWidget* view, const QString& label)
{
    for (QFormLayout* form : view->findChildren<QFormLayout*>()) {
        for (int r = 0; r < form->rowCount(); ++r) {
            auto* name = form->itemAt(r, QFormLayout::LabelRole);
            auto* value = form->itemAt(r, QFormLayout::FieldRole);
            auto* nameLabel = name ? qobject_cast<QLabel*>(name->widget()) : nullptr;
            auto* valueLabel = value ? qobject_cast<QLabel*>(value->widget()) : nullptr;
            if (nameLabel && valueLabel && nameLabel->text() == label)
                return valueLabel->text();
        }
    }
    return {};
}

int rowOf(const DossierListModel* model, const QString& code)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->codeAt(r) == code)
            return r;
    }
    return -1;
}
} // namespace

class TestDossiersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findByNameOpenWithEnterAndTransfer();
    void departmentTakesUpAndCompletes();
    void returnOnTheReturnsPage();
    void filtersNarrowTheList();
    void presetFromAnotherPage();
    void ledgerExportGoesThroughTheFileChooser();
    void stateColumnShowsTheWholeState();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{kNow};
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<MainWindow> m_window;
    RecordingIntakeOutput m_output;
    Actor m_clerk;
    QString m_code;
    QString m_departmentCode;
};

void TestDossiersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("pages.db"));
    o.clock = &m_clock;
    auto app = AppContext::open(o);
    QVERIFY2(app.ok(), qPrintable(app.error().message));
    m_app = std::move(*app);

    // A few hundred dossiers of history around the one this test follows.
    DossierGenerator generator(m_app->db(), m_app->settings(), m_app->catalogue(), m_app->calendar(), m_clock);
    GeneratorOptions g;
    g.dossiers = 400;
    g.years = 1;
    g.seed = 3;
    auto summary = generator.run(g);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));

    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.fullName = QStringLiteral("Nguyễn Thị Lan");
    m_clerk.role = Role::Clerk;

    Dossier d;
    for (const Procedure& p : m_app->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() >= 2) {
            d.procedureCode = p.code;
            break;
        }
    }
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    auto received = m_app->dossiers().receive(m_clerk, d);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    m_code = received->code;
    m_departmentCode = received->departmentCode;

    m_window = std::make_unique<MainWindow>(*m_app, m_clerk);
    m_window->dossiersPage()->setOutput(&m_output);
    m_window->returnsPage()->setOutput(&m_output);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDossiersPage::cleanupTestCase()
{
    m_window.reset();
    m_app.reset();
}

void TestDossiersPage::findByNameOpenWithEnterAndTransfer()
{
    // Opening a dossier's details is audited (who, which code), once; lists and searches are not.
    auto reads = [this] {
        Statement& st = m_app->db().prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.read' AND entity_key = ?1 AND "
                           "username = ?2 AND details = '{}'"));
        st.bind(1, m_code).bind(2, m_clerk.username);
        const int n = st.next() ? st.integer(0) : -1;
        st.reset();
        return n;
    };
    const int readsBefore = reads();
    m_window->showPage(MainWindow::Dossiers);
    DossiersPage* page = m_window->dossiersPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->model()->rowCount() > 0);

    // Ctrl+F, then the name without diacritics; the list follows after a short pause.
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(page, "dossier-search");
    QTRY_VERIFY(search->hasFocus());
    typeText(search, QStringLiteral("dang van duc"));
    QTRY_VERIFY(page->model()->searchText() == QStringLiteral("dang van duc"));
    const int row = rowOf(page->model(), m_code);
    QVERIFY2(row >= 0, "the dossier is found by its applicant's name without diacritics");
    QCOMPARE(reads(), readsBefore);

    // Down into the list, Enter opens the dossier view.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(page->table()->hasFocus());
    page->table()->setCurrentIndex(page->model()->index(row, 0));
    bool checked = false;
    onModal([&](QDialog* dialog) {
        auto* view = qobject_cast<DossierViewDialog*>(dialog);
        QVERIFY(view);
        QCOMPARE(view->dossier().code, m_code);
        // Only what the state allows: a received dossier can be transferred, not returned.
        QVERIFY(child<QPushButton>(view, "action-transfer"));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("action-return")));
        auto* timeline = child<QTableWidget>(view, "timeline");
        const int steps = timeline->rowCount();
        QVERIFY(steps >= 1);

        // The shortcut opens the transfer's fields; the department is chosen, Ctrl+Enter confirms.
        QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
        auto* department = child<QComboBox>(view, "action-department");
        QTRY_VERIFY(department->isVisible());
        // The supplement's papers and their hint belong to a supplement request only.
        QVERIFY(!child<QWidget>(view, "action-items")->isVisible());
        QVERIFY(!child<QWidget>(view, "action-items-hint")->isVisible());
        department->setCurrentIndex(department->findData(m_departmentCode));
        auto* note = child<QWidget>(view, "action-note");
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(view->dossier().state, DossierState::Transferred);
        QCOMPARE(timeline->rowCount(), steps + 1);
        QVERIFY(!department->isVisible());
        // The timeline names the department the dossier went to.
        const QString to = timeline->item(timeline->rowCount() - 1, 4)->text();
        QVERIFY2(!to.isEmpty(), "the transfer's row shows its department");
        auto* message = child<QLabel>(view, "dossier-message");
        QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));

        // A second transfer before the department takes it up is refused inline.
        view->startAction(ProcessingAction::Transfer);
        QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
        QVERIFY(message->isVisible());
        checked = true;
        dialog->reject();
    });
    QTest::keyClick(page->table(), Qt::Key_Return);
    QVERIFY(checked);
    // Once, though the view read the dossier again after the transfer.
    QCOMPARE(reads(), readsBefore + 1);
    auto stored = m_app->dossiers().byCode(m_code);
    QVERIFY(stored.ok());
    QCOMPARE(stored->state, DossierState::Transferred);
    // The list was read again: the row shows the new state.
    const int after = rowOf(page->model(), m_code);
    QVERIFY(after >= 0);
    QCOMPARE(page->model()->data(page->model()->index(after, DossierListModel::State)).toString(),
             stateName(DossierState::Transferred));
}

void TestDossiersPage::departmentTakesUpAndCompletes()
{
    DossierViewDialog view(*m_app, m_clerk, m_code, &m_output);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("action-transfer")));
    QTest::mouseClick(child<QPushButton>(&view, "action-receive"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&view, "action-confirm"), Qt::LeftButton);
    QCOMPARE(view.dossier().state, DossierState::Processing);

    // Print the control slip (05): rendered, kept with the dossier, shown in the preview.
    const int printed = m_output.printed.size();
    view.printForm(QStringLiteral("05"));
    QCOMPARE(m_output.printed.size(), printed + 1);
    QVERIFY(m_output.printed.constLast().pdf.startsWith("%PDF"));
    auto* documents = child<QListWidget>(&view, "documents");
    QVERIFY(documents->count() >= 1);
    QVERIFY(documents->item(documents->count() - 1)->text().contains(QStringLiteral("05")));
    // Opening it again shows the kept copy.
    documents->setCurrentRow(documents->count() - 1);
    QTest::mouseClick(child<QPushButton>(&view, "document-open"), Qt::LeftButton);
    QCOMPARE(m_output.printed.size(), printed + 2);
    QCOMPARE(m_output.printed.constLast().pdf, m_output.printed.at(printed).pdf);

    // A button's shortcut clicks it after a short animation: wait for the fields.
    QTest::keyClick(&view, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(child<QWidget>(&view, "action-panel")->isVisible());
    QTest::mouseClick(child<QPushButton>(&view, "action-confirm"), Qt::LeftButton);
    QCOMPARE(view.dossier().state, DossierState::Done);

    // The department handed its result to the counter, which has not received it yet: the
    // details say so, as the step offered ("Receive back at the counter") does.
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("action-receive_back")));
    const QString department = m_app->catalogue().department(view.dossier().departmentCode)->name;
    QApplication::processEvents(); // the details laid out again
    shoot(&view, "dossier-view-handed-back");
    QCOMPARE(detail(&view, QStringLiteral("Where it is:")),
             QStringLiteral("on its way back to the counter from %1, not yet received there").arg(department));
}

void TestDossiersPage::returnOnTheReturnsPage()
{
    m_window->showPage(MainWindow::Returns);
    ReturnsPage* page = m_window->returnsPage();
    page->refresh();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = rowOf(page->model(), m_code);
    while (row < 0 && page->model()->canFetchMore({})) {
        page->model()->fetchMore({});
        row = rowOf(page->model(), m_code);
    }
    QVERIFY2(row >= 0, "the completed dossier waits on the Returns page");
    page->table()->setCurrentIndex(page->model()->index(row, 0));

    bool checked = false;
    onModal([&](QDialog* dialog) {
        auto* ret = qobject_cast<ReturnDialog*>(dialog);
        QVERIFY(ret);
        auto* name = child<QLineEdit>(ret, "return-collector-name");
        auto* id = child<QLineEdit>(ret, "return-collector-id");
        auto* idError = child<QLabel>(ret, "return-collector-id-error");
        typeText(name, QStringLiteral("Đặng Thị Hoa"));
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("06209"));
        // A short number is refused beside the field; nothing is recorded.
        QTest::mouseClick(child<QPushButton>(ret, "return-confirm"), Qt::LeftButton);
        QVERIFY(idError->isVisible());
        QVERIFY(ret->isVisible());
        QCOMPARE(m_app->dossiers().byCode(m_code)->state, DossierState::Done);

        id->clear();
        QTest::keyClicks(id, QStringLiteral("062190004321"));
        auto* papers = child<QListWidget>(ret, "return-papers");
        for (int i = 0; i < papers->count(); ++i)
            papers->item(i)->setCheckState(Qt::Checked);
        auto* fees = child<QCheckBox>(ret, "return-fees-settled");
        if (fees->isEnabled())
            fees->setChecked(true);
        QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(!ret->isVisible(), qPrintable(child<QLabel>(ret, "return-error")->text()));
        checked = true;
    });
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page->table()->setFocus();
    // Ctrl+R and Ctrl+Enter click their buttons after a short animation: wait for each.
    QTest::keyClick(page->table(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(checked);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    auto stored = m_app->dossiers().byCode(m_code);
    QVERIFY(stored.ok());
    QCOMPARE(stored->state, DossierState::Returned);
    QVERIFY(stored->returnedAt.isValid());
    auto record = m_app->processing().returnRecord(m_code);
    QVERIFY2(record.ok(), qPrintable(record.error().message));
    QCOMPARE(record->collectorName, QStringLiteral("Đặng Thị Hoa"));
    QCOMPARE(record->collectorIdNumber, QStringLiteral("062190004321"));
    // Collected "now" in Vietnam time, whatever the machine's time zone (to the minute shown).
    QCOMPARE(record->collectedAt.toSecsSinceEpoch() / 60, kNow.toSecsSinceEpoch() / 60);
    // Gone from the list of results to return; the page says so inline.
    QCOMPARE(rowOf(page->model(), m_code), -1);
    QCOMPARE(child<QLabel>(page, "returns-message")->property("messageKind").toString(), QStringLiteral("info"));
}

void TestDossiersPage::filtersNarrowTheList()
{
    m_window->showPage(MainWindow::Dossiers);
    DossiersPage* page = m_window->dossiersPage();
    page->filterBar()->clear();
    DossierListModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // State: Returned (the dossier this test returned is among them, newest first).
    auto* state = child<QComboBox>(page, "filter-state");
    state->setCurrentIndex(state->findData(int(DossierState::Returned)));
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->rowAt(r)->state, DossierState::Returned);
    QCOMPARE(model->codeAt(0), m_code);

    // Received by me: only the dossier clerk1 received.
    child<QCheckBox>(page, "filter-mine")->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->codeAt(0), m_code);
    child<QCheckBox>(page, "filter-mine")->setChecked(false);

    // Overdue: open dossiers whose appointment passed, all flagged in the due column.
    state->setCurrentIndex(0);
    child<QCheckBox>(page, "filter-overdue")->setChecked(true);
    while (model->canFetchMore({}))
        model->fetchMore({});
    Statement& st = m_app->db().prepare(QStringLiteral("SELECT count(*) FROM dossiers WHERE state IN (2, 4, 5, 7, 8) "
                                                       "AND appointment_at < ?1"));
    st.bind(1, kNow.toSecsSinceEpoch());
    QVERIFY(st.next());
    const int overdue = st.integer(0);
    st.reset();
    QCOMPARE(model->rowCount(), overdue);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->data(model->index(r, DossierListModel::Due)).toString(), DossierListModel::tr("Overdue"));

    // Search by code within the filter: the returned dossier is not overdue.
    page->search(m_code);
    QCOMPARE(model->rowCount(), 0);
    page->filterBar()->clear();
    page->search(m_code);
    QCOMPARE(model->rowCount(), 1);
    page->filterBar()->clear();
    QVERIFY(model->searchText().isEmpty());
}

void TestDossiersPage::presetFromAnotherPage()
{
    m_window->showPage(MainWindow::Intake);
    const Department dep = m_app->catalogue().departments().constFirst();
    DossierFilter f;
    f.departmentId = dep.id;
    f.states = {DossierState::Processing, DossierState::Transferred};
    f.dueToday = true;
    m_window->showDossiers(f);
    QCOMPARE(m_window->currentPage(), MainWindow::Dossiers);
    DossiersPage* page = m_window->dossiersPage();
    QCOMPARE(child<QComboBox>(page, "filter-department")->currentData().toLongLong(), dep.id);
    QVERIFY(child<QCheckBox>(page, "filter-due-today")->isChecked());
    const DossierFilter shown = page->model()->filter();
    QCOMPARE(shown.departmentId.value_or(0), dep.id);
    QCOMPARE(shown.states.size(), 2);
    QVERIFY(shown.dueToday);
    // The custom state set shows as one entry naming both states.
    QVERIFY(child<QComboBox>(page, "filter-state")->currentText().contains(stateName(DossierState::Processing)));
    page->filterBar()->clear();
}

void TestDossiersPage::ledgerExportGoesThroughTheFileChooser()
{
    ReturnsPage* page = m_window->returnsPage();
    FixedFileChooser chooser(m_dir.filePath(QStringLiteral("ledger.csv")));
    page->setFileChooser(&chooser);
    QVERIFY(page->exportLedger(false));
    QCOMPARE(chooser.calls(), 1);
    QVERIFY(chooser.suggestedName().endsWith(QStringLiteral(".csv")));
    auto* message = child<QLabel>(page, "ledger-message");
    QVERIFY(message->isVisibleTo(page));
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
    QFile csvFile(m_dir.filePath(QStringLiteral("ledger.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for spreadsheet programs
    QVERIFY(csv.contains(m_code.toUtf8()));
    QVERIFY(csv.contains(QStringLiteral("Đặng Thị Hoa").toUtf8())); // who collected the result

    chooser.setPath(m_dir.filePath(QStringLiteral("ledger.pdf")));
    QVERIFY(page->exportLedger(true));
    QFile pdfFile(m_dir.filePath(QStringLiteral("ledger.pdf")));
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF"));
    // Cancelling the file dialog writes nothing and says nothing.
    chooser.setPath(QString());
    QVERIFY(!page->exportLedger(true));
    page->setFileChooser(nullptr);
}

void TestDossiersPage::stateColumnShowsTheWholeState()
{
    // The counter's language, whose state names are the longest ("Chờ thực hiện nghĩa vụ tài chính").
    QVERIFY(installLanguage(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { installLanguage(QStringLiteral("en")); });
    m_window->resize(1366, 768);
    m_window->showPage(MainWindow::Dossiers);
    QTableView* table = m_window->dossiersPage()->table();
    QTRY_VERIFY(table->isVisible());
    auto fits = [table](const QString& text) {
        // The text and the cell's margins (the style insets the text by its focus frame's).
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        return table->columnWidth(DossierListModel::State) >= table->fontMetrics().horizontalAdvance(text) + margin;
    };
    for (DossierState state : allStates())
        QTRY_VERIFY2(fits(stateName(state)), qPrintable(stateName(state)));
    shoot(m_window.get(), "dossiers-state-column");

    // Too narrow a window for every column: the state gives way, its whole name on hover.
    m_window->resize(900, 600);
    QTRY_VERIFY2(!fits(stateName(DossierState::AwaitingFees)),
                 qPrintable(QStringLiteral("window %1, table %2, state column %3")
                                .arg(m_window->width())
                                .arg(table->viewport()->width())
                                .arg(table->columnWidth(DossierListModel::State))));
    const QModelIndex cell = m_window->dossiersPage()->model()->index(0, DossierListModel::State);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data(Qt::DisplayRole).toString());
    m_window->resize(1366, 768);
}

QTEST_MAIN(TestDossiersPage)
#include "test_dossierspage.moc"
