// The procedure search of the intake page: whole words and the name rank first ("kinh doanh"
// finds the business procedures before "cấp phát kinh phí"), and a search that finds nothing
// says so and offers the search by code. Over the demo catalogue; headless.
#include "Language.h"
#include "core/TextFold.h"
#include "intake/ProcedureListModel.h"
#include "intake/ProcedurePicker.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// "Thủ tục cấp phát kinh phí đối với các tổ chức, đơn vị trực thuộc địa phương": "kinh" and
// "doanh" appear in it only apart (and "doanh" not in its name at all).
const QString kFunding = QStringLiteral("1.007623");

// Whole words of folded text, as the model splits them.
QStringList words(const QString& text)
{
    return foldText(text).split(QRegularExpression(QStringLiteral("[^\\w.]+")), Qt::SkipEmptyParts);
}

bool namesPhrase(const QString& name, const QStringList& phrase)
{
    const QStringList w = words(name);
    for (qsizetype i = 0; i + phrase.size() <= w.size(); ++i) {
        if (w.mid(i, phrase.size()) == phrase)
            return true;
    }
    return false;
}

// Sends text as key events that carry it (keyClicks asserts on non-ASCII).
void typeInto(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}
} // namespace

class TestProcedurePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wholeWordsInTheNameFirst_data();
    void wholeWordsInTheNameFirst();
    void favouritesFirstWithinARank();
    void noMatchSaysSoAndOffersCodeSearch();
    void modelPassesTheTester();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<QWidget> m_window;
    ProcedurePicker* m_picker = nullptr;
};

void TestProcedurePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("picker.db"));
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestProcedurePicker::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(560, 600);
    m_picker = new ProcedurePicker(m_window.get());
    m_picker->resize(540, 580);
    m_picker->setProcedures(m_ctx->catalogue().procedures(), m_ctx->catalogue().departments());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProcedurePicker::cleanup()
{
    m_window.reset();
    m_picker = nullptr;
}

void TestProcedurePicker::wholeWordsInTheNameFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("after"); // a procedure that matches only loosely: ranked below
    QTest::newRow("kinh doanh") << QStringLiteral("kinh doanh") << kFunding;
    QTest::newRow("with diacritics") << QStringLiteral("Kinh Doanh") << kFunding;
    QTest::newRow("cong ty") << QStringLiteral("cong ty") << QString();
    QTest::newRow("giay phep") << QStringLiteral("giấy phép") << QString();
}

void TestProcedurePicker::wholeWordsInTheNameFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, after);
    ProcedureListModel* model = m_picker->model();
    model->setFilter(query);
    QVERIFY(model->rowCount() >= 2);
    const QStringList phrase = words(query);
    // The procedures that have the words together in their name come first, all of them.
    int named = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (namesPhrase(model->procedureAt(r)->name, phrase))
            ++named;
    }
    QVERIFY(named >= 2);
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool isNamed = namesPhrase(model->procedureAt(r)->name, phrase);
        QVERIFY2(isNamed == (r < named),
                 qPrintable(QStringLiteral("row %1: %2").arg(r).arg(model->procedureAt(r)->name)));
    }
    if (!after.isEmpty()) {
        const int row = model->rowOf(after);
        QVERIFY2(row >= named, qPrintable(QString::number(row)));
    }
}

void TestProcedurePicker::favouritesFirstWithinARank()
{
    ProcedureListModel* model = m_picker->model();
    m_picker->setFavourites({kFunding});
    // With no text the favourite leads, as before.
    model->setFilter(QString());
    QCOMPARE(model->procedureAt(0)->code, kFunding);
    // A loose match stays under the close ones even when it is a favourite.
    model->setFilter(QStringLiteral("kinh doanh"));
    QVERIFY(model->rowOf(kFunding) > 0);
    QVERIFY(namesPhrase(model->procedureAt(0)->name, words(QStringLiteral("kinh doanh"))));
    // Among close matches the favourite leads.
    model->setFilter(QStringLiteral("kinh phi"));
    QCOMPARE(model->procedureAt(0)->code, kFunding);
    // A code typed finds its procedure first.
    model->setFilter(QStringLiteral("2.0016"));
    QVERIFY(model->procedureAt(0)->code.startsWith(QStringLiteral("2.0016")));
}

void TestProcedurePicker::noMatchSaysSoAndOffersCodeSearch()
{
    auto* noMatch = m_picker->findChild<QLabel*>(QStringLiteral("procedure-no-match"));
    auto* codeSearch = m_picker->findChild<QPushButton*>(QStringLiteral("procedure-code-search"));
    QVERIFY(noMatch && codeSearch);
    QVERIFY(!noMatch->isVisible());
    QVERIFY(!codeSearch->isVisible());

    // Birth registration is a commune's procedure: not in this center's catalogue.
    m_picker->focusSearch();
    typeInto(m_picker->searchBox(), QStringLiteral("khai sinh"));
    QCOMPARE(m_picker->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().contains(QStringLiteral("khai sinh")), qPrintable(noMatch->text()));
    QVERIFY(codeSearch->isVisible());
    QVERIFY(!codeSearch->text().isEmpty());
    const QString shots = qEnvironmentVariable("MOTCUA_SHOTS");
    if (!shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/procedure-no-match.png"));

    // The offer: the box emptied for a code, with a code as the example.
    QTest::mouseClick(codeSearch, Qt::LeftButton);
    QVERIFY(m_picker->isCodeSearch());
    QVERIFY(m_picker->searchBox()->text().isEmpty());
    QVERIFY2(m_picker->searchBox()->placeholderText().contains(QStringLiteral("1.000656")),
             qPrintable(m_picker->searchBox()->placeholderText()));
    QVERIFY(!noMatch->isVisible());
    if (m_window->isActiveWindow()) // under a bare X server (screenshots) it may not be
        QCOMPARE(QApplication::focusWidget(), m_picker->searchBox());
    // A code not in the catalogue is named as such.
    typeInto(m_picker->searchBox(), QStringLiteral("1.001193"));
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QStringLiteral("1.001193")));
    QVERIFY(!codeSearch->isVisible());
    // One in the catalogue is found and taken with Enter.
    m_picker->searchBox()->clear();
    QSignalSpy chosen(m_picker, &ProcedurePicker::procedureChosen);
    typeInto(m_picker->searchBox(), QStringLiteral("2.001610"));
    QVERIFY(!noMatch->isVisible());
    QTest::keyClick(m_picker->searchBox(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("2.001610"));
    // Esc goes back to searching by name.
    QTest::keyClick(m_picker->searchBox(), Qt::Key_Escape);
    QVERIFY(!m_picker->isCodeSearch());
    QVERIFY(!m_picker->searchBox()->placeholderText().contains(QStringLiteral("1.000656")));
}

void TestProcedurePicker::modelPassesTheTester()
{
    ProcedureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProcedures(m_ctx->catalogue().procedures(), m_ctx->catalogue().departments());
    model.setFilter(QStringLiteral("kinh doanh"));
    model.setFavourites({kFunding});
    model.setFilter(QStringLiteral("kinh d"));
    model.setFilter(QStringLiteral("khai sinh"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestProcedurePicker)
#include "test_procedurepicker.moc"
