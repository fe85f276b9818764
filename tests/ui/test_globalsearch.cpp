// Find any dossier from any page: the clerk on the Dashboard presses Ctrl+Shift+F, types what
// the applicant holds (the end of the code on the receipt, a name without diacritics, a phone)
// and Enter opens the dossier view; several hits show a pick list, none says so beside the box.
#include "GlobalSearch.h"
#include "Language.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace motcua;

namespace {
// Monday 7 Dec 2026, 09:00 in Vietnam.
const QDateTime kNow(QDate(2026, 12, 7), QTime(9, 0), vietnamZone());

// Runs `body` on the modal dialog named `name` once it is shown (exec() blocks the test).
// Whatever `body` does, the dialog is closed afterwards so a failed check cannot hang the test.
void onModal(const QString& name, std::function<void(QDialog*)> body, bool* seen)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, body, seen] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("the dialog did not become active");
        *seen = true;
        body(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

// MOTCUA_SCREENSHOTS=DIR (run under xvfb-run at 1366x768): the screen as the clerk sees it,
// in Vietnamese, saved at the steps worth looking at.
void screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QProcess::execute(QStringLiteral("import"),
                      {QStringLiteral("-window"), QStringLiteral("root"), dir + QLatin1Char('/') + name});
}

QString headerOf(QDialog* view)
{
    auto* header = view->findChild<QLabel*>(QStringLiteral("dossier-header"));
    return header ? header->text() : QString();
}
} // namespace

class TestGlobalSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void codeTailFromTheDashboardOpensTheDossier();
    void nameWithoutDiacriticsAndPhone_data();
    void nameWithoutDiacriticsAndPhone();
    void severalHitsShowAPickList();
    void noHitSaysSo();

private:
    QString receive(const QString& name, const QString& idNumber, const QString& phone);
    void searchFromDashboard(const QString& text);

    QTemporaryDir m_dir;
    FixedClock m_clock{kNow};
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<MainWindow> m_window;
    Actor m_clerk;
    QString m_duc; // Đặng Văn Đức
    QString m_an;  // Nguyễn Văn An
    QString m_anh; // Nguyễn Thị Ánh
};

QString TestGlobalSearch::receive(const QString& name, const QString& idNumber, const QString& phone)
{
    Dossier d;
    for (const Procedure& p : m_app->catalogue().procedures()) {
        if (p.channel(Channel::Counter)) {
            d.procedureCode = p.code;
            break;
        }
    }
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = name;
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    d.applicant.idNumber = idNumber;
    d.applicant.phone = phone;
    m_clock.advanceSecs(300);
    auto received = m_app->dossiers().receive(m_clerk, d);
    if (!received) {
        qWarning("receive failed: %s", qPrintable(received.error().message));
        return {};
    }
    return received->code;
}

void TestGlobalSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("search.db"));
    o.clock = &m_clock;
    auto app = AppContext::open(o);
    QVERIFY2(app.ok(), qPrintable(app.error().message));
    m_app = std::move(*app);
    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.fullName = QStringLiteral("Nguyễn Thị Lan");
    m_clerk.role = Role::Clerk;

    m_duc = receive(QStringLiteral("Đặng Văn Đức"), QStringLiteral("062090001234"), QStringLiteral("0905 123 456"));
    m_an = receive(QStringLiteral("Nguyễn Văn An"), QStringLiteral("062090005678"), QStringLiteral("0912345678"));
    m_anh = receive(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("062090009999"), QString());
    QVERIFY(!m_duc.isEmpty() && !m_an.isEmpty() && !m_anh.isEmpty());

    if (!qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOTS"))
        installLanguage(QStringLiteral("vi"));
    m_window = std::make_unique<MainWindow>(*m_app, m_clerk);
    m_window->show();
    if (!qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOTS"))
        m_window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGlobalSearch::init()
{
    // Every search starts on the Dashboard, away from the Dossiers page and its own search.
    m_window->showPage(MainWindow::Dashboard);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()) || !qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOTS"));
    m_window->globalSearch()->box()->clearFocus();
    m_window->page(MainWindow::Dashboard)->setFocus();
}

void TestGlobalSearch::cleanupTestCase()
{
    m_window.reset();
    m_app.reset();
}

void TestGlobalSearch::searchFromDashboard(const QString& text)
{
    QLineEdit* box = m_window->globalSearch()->box();
    QVERIFY(box->isVisible());
    QVERIFY(!box->hasFocus());
    // The offscreen platform does not give the window back its activation when a dialog closes.
    QApplication::setActiveWindow(m_window.get());
    // Without a window manager (xvfb, screenshots) X never reports the window active.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()) || !qEnvironmentVariableIsEmpty("MOTCUA_SCREENSHOTS"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(box->hasFocus());
    QVERIFY2(box->selectedText() == box->text(), "the old text is selected, so typing replaces it");
    QTest::keyClicks(box, text);
    QCOMPARE(box->text(), text);
    QTest::keyClick(box, Qt::Key_Return);
}

void TestGlobalSearch::codeTailFromTheDashboardOpensTheDossier()
{
    // The receipt's code ends in the day and the number: "261207-5002" and "5002" both open it.
    for (const QString& tail : {m_an.right(11), m_an.right(4)}) {
        QString header;
        bool seen = false;
        onModal(
            QStringLiteral("dossier-view"),
            [&](QDialog* view) {
                header = headerOf(view);
                if (tail.size() == 4)
                    screenshot(QStringLiteral("global-search-opened.png"));
            },
            &seen);
        searchFromDashboard(tail);
        QTRY_VERIFY(seen);
        QVERIFY2(header.contains(m_an), qPrintable(tail + QStringLiteral(": ") + header));
        QCOMPARE(m_window->currentPage(), MainWindow::Dashboard); // the clerk stays where they were
        QVERIFY(!m_window->globalSearch()->message()->isVisible());
    }
}

void TestGlobalSearch::nameWithoutDiacriticsAndPhone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("which");
    QTest::newRow("name without diacritics") << QStringLiteral("dang van duc") << 0;
    QTest::newRow("phone as typed") << QStringLiteral("0905123456") << 0;
    QTest::newRow("ID number") << QStringLiteral("062090001234") << 0;
    QTest::newRow("whole code") << QString() << 1;
}

void TestGlobalSearch::nameWithoutDiacriticsAndPhone()
{
    QFETCH(QString, text);
    QFETCH(int, which);
    const QString code = which == 0 ? m_duc : m_anh;
    if (text.isEmpty())
        text = code;
    QString header;
    bool seen = false;
    onModal(
        QStringLiteral("dossier-view"), [&](QDialog* view) { header = headerOf(view); }, &seen);
    searchFromDashboard(text);
    QTRY_VERIFY(seen);
    QVERIFY2(header.contains(code), qPrintable(header));
}

void TestGlobalSearch::severalHitsShowAPickList()
{
    // "nguyen" names two applicants (and not the clerk's own name: only applicants are searched).
    int rows = 0;
    QStringList codes;
    bool pickerSeen = false;
    bool viewSeen = false;
    QString header;
    onModal(
        QStringLiteral("global-search-picker"),
        [&](QDialog* picker) {
            auto* table = picker->findChild<QTableWidget*>(QStringLiteral("global-search-hits"));
            QVERIFY(table);
            screenshot(QStringLiteral("global-search-picker.png"));
            rows = table->rowCount();
            for (int r = 0; r < rows; ++r)
                codes << table->item(r, 0)->text();
            // Down to the second (older) one, Enter opens it.
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Down);
            onModal(
                QStringLiteral("dossier-view"), [&](QDialog* view) { header = headerOf(view); }, &viewSeen);
            QTest::keyClick(table, Qt::Key_Return);
        },
        &pickerSeen);
    searchFromDashboard(QStringLiteral("nguyen"));
    QTRY_VERIFY(pickerSeen);
    QTRY_VERIFY(viewSeen);
    QCOMPARE(rows, 2);
    QCOMPARE(codes, (QStringList{m_anh, m_an})); // newest first
    QVERIFY2(header.contains(m_an), qPrintable(header));
}

void TestGlobalSearch::noHitSaysSo()
{
    searchFromDashboard(QStringLiteral("9999"));
    QLabel* message = m_window->globalSearch()->message();
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), GlobalSearch::tr("No dossier matches \"%1\".").arg(QStringLiteral("9999")));
    screenshot(QStringLiteral("global-search-none.png"));
    QVERIFY(!QApplication::activeModalWidget());
    // Typing again clears it.
    QTest::keyClick(m_window->globalSearch()->box(), Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
}

QTEST_MAIN(TestGlobalSearch)
#include "test_globalsearch.moc"
