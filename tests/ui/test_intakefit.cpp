// The intake page in the main window at the counters' screen sizes, in Vietnamese: nothing
// on it is cut off at 1280×720 or 1366×768 (the chosen procedure, the appointment); a restored
// draft draws its papers at their own heights; the phone field takes only what a phone
// number holds; and a catalogue imported while the page is open shows without a restart,
// the dossier being taken keeping its answers.
#include "Language.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "intake/ComponentChecklistModel.h"
#include "intake/ComponentChecklistView.h"
#include "intake/ProcedureListModel.h"
#include "intake/ProcedurePicker.h"
#include "pages/IntakePage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/IntakeAssistant.h"
#include "support/UiTestKit.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// "Thủ tục cấp bản sao từ sổ gốc" in the demo catalogue: two papers.
const QString kCopyProcedure = QStringLiteral("2.000908");

// The height a row's contents need at the columns' present widths (QTableView's own measure).
class RowHint : public ComponentChecklistView
{
public:
    static int of(const ComponentChecklistView* view, int row) { return (view->*(&RowHint::sizeHintForRow))(row); }
};

// Labels whose text does not fit the room they were given, as "name: text (w×h, needs …)".
QStringList clippedLabels(QWidget* page)
{
    QStringList out;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            continue;
        const QSize has = label->size();
        QString needs;
        // Cut by what holds it (a column that would need scrolling to show it whole).
        if (label->visibleRegion() != QRegion(label->rect()))
            needs = QStringLiteral("to be seen whole, shows %1").arg(label->visibleRegion().boundingRect().height());
        else if (label->wordWrap()) {
            const int height = label->heightForWidth(has.width());
            if (height > has.height())
                needs = QStringLiteral("height %1").arg(height);
        } else if (label->sizeHint().width() > has.width() || label->sizeHint().height() > has.height()) {
            needs = QStringLiteral("%1×%2").arg(label->sizeHint().width()).arg(label->sizeHint().height());
        }
        if (!needs.isEmpty()) {
            out.append(QStringLiteral("%1: \"%2\" (%3×%4, needs %5)")
                           .arg(label->objectName(), label->text().left(60))
                           .arg(has.width())
                           .arg(has.height())
                           .arg(needs));
        }
    }
    return out;
}
} // namespace

class TestIntakeFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingClippedAtCounterSizes_data();
    void nothingClippedAtCounterSizes();
    void restoredDraftRowsKeepTheirHeights();
    void phoneTakesOnlyPhoneCharacters();
    void catalogueImportShowsWithoutRestart();

private:
    void openWindow(const QSize& size);
    void choose(const QString& code);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    IntakePage* m_page = nullptr;
    Actor m_clerk{7, QStringLiteral("clerk1"), QStringLiteral("Trần Văn Bình"), Role::Clerk};
};

void TestIntakeFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The counter's language: its words are the longest the page shows.
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestIntakeFit::init()
{
    // Tuesday 10 March 2026, 09:00 in Vietnam.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("fit-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
}

void TestIntakeFit::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_ctx.reset();
}

void TestIntakeFit::openWindow(const QSize& size)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_ctx, m_clerk);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(MainWindow::Intake);
    m_page = m_window->findChild<IntakePage*>();
    QVERIFY(m_page && m_page->isVisible());
}

void TestIntakeFit::choose(const QString& code)
{
    auto* picker = m_page->findChild<ProcedurePicker*>();
    QVERIFY(picker->select(code));
    Q_EMIT picker->procedureChosen(code);
}

void TestIntakeFit::nothingClippedAtCounterSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestIntakeFit::nothingClippedAtCounterSizes()
{
    QFETCH(QSize, size);
    openWindow(size);
    // The longest name of the demo catalogue, chosen: the line under the list names it and
    // its department, and the appointment line shows.
    QString longest;
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.name.size() > longest.size())
            longest = p.code;
    }
    choose(longest);
    m_page->findChild<ComponentChecklistModel*>()->setRequiredProvided();
    QApplication::processEvents();
    QTRY_VERIFY(!child<QLabel>(m_page, "appointment")->text().isEmpty());
    shoot(m_window.get(), qPrintable(QStringLiteral("intake-fit-%1x%2").arg(size.width()).arg(size.height())));
    const QStringList clipped = clippedLabels(m_page);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
    // Both columns show whole: the lists and tables in them scroll, the columns do not.
    for (QScrollArea* column : m_page->findChildren<QScrollArea*>()) {
        if (column->widgetResizable() && column->isVisible())
            QVERIFY2(
                column->verticalScrollBar()->maximum() == 0,
                qPrintable(QStringLiteral("a column scrolls by %1 px").arg(column->verticalScrollBar()->maximum())));
    }
}

void TestIntakeFit::restoredDraftRowsKeepTheirHeights()
{
    // A draft with a procedure chosen and its papers ticked, as autosave leaves it.
    IntakeDraft draft;
    draft.dossier.procedureCode = kCopyProcedure;
    draft.dossier.applicant.fullName = QStringLiteral("Đặng Thị Thu Hương");
    draft.receiptCopies = 1;
    IntakeAssistant assistant(m_ctx->db(), m_ctx->clock());
    QVERIFY(assistant.saveDraft(m_clerk.username, draft).ok());

    openWindow(QSize(1366, 768));
    auto* view = m_page->findChild<ComponentChecklistView*>();
    QVERIFY(view);
    const int rows = view->model()->rowCount();
    QVERIFY(rows >= 2);
    QApplication::processEvents();
    shoot(m_window.get(), "intake-restored-draft");
    // Each row as tall as its own text needs at the table's width, the first one included.
    for (int r = 0; r < rows; ++r) {
        const int want = qMax(view->verticalHeader()->minimumSectionSize(), RowHint::of(view, r));
        QVERIFY2(
            view->rowHeight(r) == want,
            qPrintable(QStringLiteral("row %1 is %2 px, its text needs %3").arg(r).arg(view->rowHeight(r)).arg(want)));
    }
}

void TestIntakeFit::phoneTakesOnlyPhoneCharacters()
{
    openWindow(QSize(1366, 768));
    auto* phone = child<QLineEdit>(m_page, "applicant-phone");
    QVERIFY(phone);
    phone->setFocus();
    // Letters and other signs typed by mistake are not taken; a leading +, digits and the
    // separators are.
    typeText(phone, QStringLiteral("+84 9a12-b345.678*#"));
    QCOMPARE(phone->text(), QStringLiteral("+84 912-345.678"));
    // A + inside the number is not a phone number's.
    typeText(phone, QStringLiteral("+"));
    QCOMPARE(phone->text(), QStringLiteral("+84 912-345.678"));

    // What the field takes may still not be a number: the message on saving stays.
    choose(kCopyProcedure);
    m_page->findChild<ComponentChecklistModel*>()->setRequiredProvided();
    phone->clear();
    typeText(phone, QStringLiteral("12 34"));
    QVERIFY(!m_page->receive());
    auto* error = child<QLabel>(m_page, "applicant-phone-error");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QCoreApplication::translate("motcua::ApplicantForm", "Not a Vietnamese phone number (0… or +84…)."));
}

void TestIntakeFit::catalogueImportShowsWithoutRestart()
{
    openWindow(QSize(1366, 768));
    choose(kCopyProcedure);
    auto* papers = m_page->findChild<ComponentChecklistModel*>();
    papers->setRequiredProvided();
    const QList<DossierComponent> ticked = papers->dossierComponents();
    auto* picker = m_page->findChild<ProcedurePicker*>();
    const int before = picker->model()->rowCount();

    // The administrator imports a catalogue (or a sync pass pulls one): a new procedure, and
    // the chosen one renamed from 1 March.
    QFile demo(QStringLiteral(":/motcua/demo/catalogue.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject catalogue = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray procedures;
    QJsonObject renamed;
    for (const QJsonValue& v : catalogue.value(QStringLiteral("procedures")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == kCopyProcedure)
            renamed = v.toObject();
    }
    QVERIFY(!renamed.isEmpty());
    QJsonObject added = renamed;
    renamed.insert(QStringLiteral("name"), QStringLiteral("Thủ tục cấp bản sao từ sổ gốc (sửa đổi)"));
    added.insert(QStringLiteral("code"), QStringLiteral("DP.THEODOI.01"));
    added.remove(QStringLiteral("code_full"));
    added.insert(QStringLiteral("name"), QStringLiteral("Thủ tục thử nghiệm theo dõi danh mục"));
    procedures.append(renamed);
    procedures.append(added);
    catalogue.insert(QStringLiteral("procedures"), procedures);
    catalogue.insert(QStringLiteral("effective_from"), QStringLiteral("2026-03-01"));
    const Actor admin{1, QStringLiteral("admin"), QStringLiteral("Quản Trị"), Role::Admin};
    QSignalSpy changed(&m_ctx->changes(), &ChangeNotifier::catalogueChanged);
    auto imported = m_ctx->catalogue().importCatalogue(admin, QJsonDocument(catalogue).toJson(), QStringLiteral("t"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));

    // The list has the new procedure within a moment, found by words without diacritics.
    QTRY_COMPARE(picker->model()->rowCount(), before + 1);
    QVERIFY(changed.count() >= 1);
    picker->model()->setFilter(QStringLiteral("theo doi danh muc"));
    QCOMPARE(picker->model()->rowCount(), 1);
    picker->model()->setFilter(QString());
    // The dossier being taken keeps its procedure, on its new version, and its ticks.
    QVERIFY(picker->current());
    QCOMPARE(picker->current()->code, kCopyProcedure);
    QVERIFY(picker->current()->name.endsWith(QStringLiteral("(sửa đổi)")));
    QVERIFY(child<QLabel>(m_page, "procedure-chosen")->text().contains(QStringLiteral("(sửa đổi)")));
    const QList<DossierComponent> now = papers->dossierComponents();
    QCOMPARE(now.size(), ticked.size());
    for (int i = 0; i < now.size(); ++i) {
        QCOMPARE(now.at(i).name, ticked.at(i).name);
        QCOMPARE(now.at(i).provided, ticked.at(i).provided);
    }
}

QTEST_MAIN(TestIntakeFit)
#include "test_intakefit.moc"
