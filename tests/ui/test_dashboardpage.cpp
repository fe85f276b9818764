// The supervisor's dashboard driven headless (offscreen): the tiles show the day's figures of a
// seeded database, a click on a number asks for the matching dossiers, the department filter
// narrows the figures, a new dossier refreshes the page by itself, clerks are turned away, and
// the export dialog writes the report with its presets and progress.
#include "MainWindow.h"
#include "core/Clock.h"
#include "pages/DashboardPage.h"
#include "pages/DashboardTile.h"
#include "pages/ReportExportDialog.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/CenterCountsSource.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Settings.h"
#include "support/UiTestKit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

QDateTime vn(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toUTC();
}

Actor actor(Role role)
{
    Actor a;
    a.userId = 1;
    a.username = role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("supervisor");
    a.fullName = QStringLiteral("Trần Thị Bình");
    a.role = role;
    return a;
}

// Center-wide figures as the portal would give them.
class FixedCenterCounts final : public CenterCountsSource
{
public:
    std::optional<TodayCounts> centerCounts(const QDate& day) override
    {
        TodayCounts c;
        c.day = day;
        c.total.receivedCounter = 120;
        c.total.overdue = 7;
        return c;
    }
    QDateTime lastUpdate() const override { return vn(2026, 4, 20, 9, 55); }
    void request(const QDate&, bool force) override
    {
        if (force)
            ++forced;
    }
    int forced = 0;
};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clerkIsTurnedAway();
    void tilesShowTheDay();
    void clickOnANumberAsksForItsDossiers();
    void departmentFilterNarrows();
    void barsListEveryDepartment();
    void everyDepartmentNameFits();
    void refreshesWhenDossiersChange();
    void centerWideAreaIsLabelledApart();
    void mainWindowHasTheDashboard();
    void exportPresets();
    void exportWritesTheFile();
    void followingACenterShowsTheWholeCenter();
    void followingACenterNamesItsServerAndAsksOnChange();
    void joinedCenterFollowsBeforeAnyOtherDossier();

private:
    void add(DossierState state, Channel channel, const QDateTime& received, const QDateTime& appointment,
             const QDateTime& finished = {}, const QDateTime& returned = {}, int procedure = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_app;
    QList<Procedure> m_procedures;
    int m_next = 0;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(vn(2026, 4, 20, 10, 0));
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("dash.db"));
    o.clock = m_clock.get();
    auto app = AppContext::open(o);
    QVERIFY2(app, qPrintable(app.error().message));
    m_app = std::move(app).value();
    m_procedures = m_app->catalogue().procedures();
    QVERIFY(m_procedures.size() > 3);

    using S = DossierState;
    // Today (20 April 2026, 10:00): 3 at the counter, 2 online, 1 by post.
    add(S::Received, Channel::Counter, vn(2026, 4, 20, 7, 30), vn(2026, 4, 27));
    add(S::Received, Channel::Counter, vn(2026, 4, 20, 8), vn(2026, 4, 27));
    add(S::Processing, Channel::Counter, vn(2026, 4, 20, 8, 10), vn(2026, 4, 28));
    add(S::Received, Channel::Online, vn(2026, 4, 20, 8, 20), vn(2026, 4, 28));
    add(S::Received, Channel::Online, vn(2026, 4, 20, 9), vn(2026, 4, 28));
    add(S::Received, Channel::Postal, vn(2026, 4, 20, 9, 30), vn(2026, 4, 29));
    // Earlier: one due later today, two overdue, one awaiting a supplement, one returned today.
    add(S::Processing, Channel::Counter, vn(2026, 4, 10), vn(2026, 4, 20, 16));
    add(S::Processing, Channel::Counter, vn(2026, 4, 1), vn(2026, 4, 15));
    add(S::Transferred, Channel::Online, vn(2026, 4, 2), vn(2026, 4, 20, 8));
    add(S::SupplementRequested, Channel::Counter, vn(2026, 4, 3), vn(2026, 4, 10));
    add(S::Returned, Channel::Counter, vn(2026, 4, 3), vn(2026, 4, 19), vn(2026, 4, 17), vn(2026, 4, 20, 8, 30));
}

void TestDashboardPage::add(DossierState state, Channel channel, const QDateTime& received,
                            const QDateTime& appointment, const QDateTime& finished, const QDateTime& returned,
                            int procedure)
{
    DossierRepository repo(m_app->db());
    const Procedure& p = m_procedures.at(procedure);
    Dossier d;
    d.code = QStringLiteral("000.00.00.H34-260420-%1").arg(9000 + ++m_next);
    d.procedureId = p.id;
    d.procedureCode = p.code;
    d.procedureName = p.name;
    d.channel = channel;
    d.state = state;
    d.applicant.fullName = QStringLiteral("Nguyễn Văn An");
    d.receivedAt = received;
    d.appointmentAt = appointment;
    d.receivedBy = QStringLiteral("clerk");
    d.updatedAt = received;
    auto id = repo.insert(d);
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(repo.updateState(*id, state, received, finished, returned));
}

void TestDashboardPage::clerkIsTurnedAway()
{
    DashboardPage page(*m_app, actor(Role::Clerk));
    page.show();
    auto* note = page.findChild<QLabel*>(QStringLiteral("dashboard-not-for-role"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(roleName(Role::Clerk)));
    QVERIFY(page.findChildren<DashboardTile*>().isEmpty());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("dashboard-export")));
}

void TestDashboardPage::tilesShowTheDay()
{
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(tileValue(&page, "received-counter"), 3);
    QCOMPARE(tileValue(&page, "received-online"), 2);
    QCOMPARE(tileValue(&page, "received-postal"), 1);
    QCOMPARE(tileValue(&page, "returned"), 1);
    QCOMPARE(tileValue(&page, "due-today"), 1);
    QCOMPARE(tileValue(&page, "overdue"), 2);
    QCOMPARE(tileValue(&page, "awaiting-supplement"), 1);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("dashboard-today"))->text().contains(QStringLiteral("2026")));
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("dashboard-error"))->isVisible());
    // A workstation of its own: its figures are all there is, no share beside them.
    for (const DashboardTile* tile : page.findChildren<DashboardTile*>())
        QVERIFY(tile->shareText().isEmpty());
}

void TestDashboardPage::clickOnANumberAsksForItsDossiers()
{
    DashboardPage page(*m_app, actor(Role::Admin));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy spy(&page, &DashboardPage::openDossiersRequested);
    QTest::mouseClick(page.findChild<DashboardTile*>(QStringLiteral("tile-overdue")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto overdue = spy.takeFirst().at(0).value<DossierSelection>();
    QCOMPARE(overdue.kind, DossierSelection::Overdue);
    QCOMPARE(overdue.asOf, m_clock->now());
    QVERIFY(!overdue.departmentId);
    QVERIFY(overdue.states.contains(DossierState::Processing));
    QVERIFY(!overdue.label.isEmpty());

    QTest::mouseClick(page.findChild<DashboardTile*>(QStringLiteral("tile-received-online")), Qt::LeftButton);
    const auto online = spy.takeFirst().at(0).value<DossierSelection>();
    QCOMPARE(online.kind, DossierSelection::Received);
    QCOMPARE(online.channel, std::optional<Channel>(Channel::Online));
    QCOMPARE(online.from, vn(2026, 4, 20, 0));
    QCOMPARE(online.to, vn(2026, 4, 21, 0));

    // Keyboard: the tiles are buttons.
    auto* supplement = page.findChild<DashboardTile*>(QStringLiteral("tile-awaiting-supplement"));
    supplement->setFocus();
    QTest::keyClick(supplement, Qt::Key_Space);
    QCOMPARE(spy.takeFirst().at(0).value<DossierSelection>().kind, DossierSelection::AwaitingSupplement);
}

void TestDashboardPage::departmentFilterNarrows()
{
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* department = page.findChild<QComboBox*>(QStringLiteral("dashboard-department"));
    QCOMPARE(department->count(), 1 + 18);
    // Every seeded dossier is of the first procedure's department.
    const qint64 id = m_app->catalogue().department(m_procedures.first().departmentCode)->id;
    department->setCurrentIndex(department->findData(id));
    QCOMPARE(tileValue(&page, "received-counter"), 3);
    department->setCurrentIndex(department->findData(id == 1 ? 2 : 1));
    QCOMPARE(tileValue(&page, "received-counter"), 0);
    QCOMPARE(tileValue(&page, "overdue"), 0);
    QSignalSpy spy(&page, &DashboardPage::openDossiersRequested);
    QTest::mouseClick(page.findChild<DashboardTile*>(QStringLiteral("tile-returned")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).value<DossierSelection>().departmentId, department->currentData().toLongLong());
}

void TestDashboardPage::barsListEveryDepartment()
{
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<QChartView*>(QStringLiteral("dashboard-departments"));
    QVERIFY(view);
    const auto axes = view->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
    QVERIFY(categories);
    QCOMPARE(categories->count(), 18);
    QVERIFY(page.findChild<QChartView*>(QStringLiteral("dashboard-trend")));
    QVERIFY(page.lastRefreshMs() < 1000);
}

void TestDashboardPage::everyDepartmentNameFits()
{
    // At the window's usual size, the axis would drop every other of the 18 names at its first
    // font: the names shrink until each has its line.
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.resize(1176, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<QChartView*>(QStringLiteral("dashboard-departments"));
    auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->count(), 18);
    const auto fits = [&] {
        return QFontMetricsF(axis->labelsFont()).height() * axis->count() <= view->chart()->plotArea().height();
    };
    QTRY_VERIFY2(fits(), qPrintable(QStringLiteral("%1 px a line, %2 px for %3 names")
                                        .arg(QFontMetricsF(axis->labelsFont()).height())
                                        .arg(view->chart()->plotArea().height())
                                        .arg(axis->count())));
    QVERIFY(QFontInfo(axis->labelsFont()).pixelSize() >= 8);
}

void TestDashboardPage::refreshesWhenDossiersChange()
{
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.setPollInterval(50);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 before = tileValue(&page, "received-postal");
    add(DossierState::Received, Channel::Postal, vn(2026, 4, 20, 9, 45), vn(2026, 4, 30));
    QTRY_COMPARE_WITH_TIMEOUT(tileValue(&page, "received-postal"), before + 1, 3000);
}

void TestDashboardPage::centerWideAreaIsLabelledApart()
{
    {
        DashboardPage offline(*m_app, actor(Role::Supervisor));
        offline.show();
        auto* text = offline.findChild<QLabel*>(QStringLiteral("dashboard-center-text"));
        QVERIFY(text->text().contains(QStringLiteral("portal")) || !text->text().isEmpty());
        QVERIFY(!text->text().contains(QStringLiteral("120")));
    }
    FixedCenterCounts center;
    DashboardPage online(*m_app, actor(Role::Supervisor), &center);
    online.show();
    auto* box = online.findChild<QGroupBox*>(QStringLiteral("dashboard-center-wide"));
    QVERIFY(box);
    QVERIFY(!box->title().isEmpty());
    const QString text = online.findChild<QLabel*>(QStringLiteral("dashboard-center-text"))->text();
    QVERIFY2(text.contains(QStringLiteral("120")), qPrintable(text));
    // This workstation's own tiles are unchanged by the center's figures.
    QCOMPARE(tileValue(&online, "overdue"), 2);
}

void TestDashboardPage::mainWindowHasTheDashboard()
{
    MainWindow window(*m_app, actor(Role::Admin));
    window.showPage(MainWindow::Dashboard);
    QVERIFY(qobject_cast<DashboardPage*>(window.page(MainWindow::Dashboard)));
    QCOMPARE(window.page(MainWindow::Dashboard)->objectName(), QStringLiteral("page-dashboard"));
}

void TestDashboardPage::exportPresets()
{
    const QDate today(2026, 4, 20);
    using D = ReportExportDialog;
    QCOMPARE(D::presetRange(D::LastMonth, today), std::make_pair(QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(D::presetRange(D::LastQuarter, today), std::make_pair(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    QCOMPARE(D::presetRange(D::ThisYear, today), std::make_pair(QDate(2026, 1, 1), today));
    QCOMPARE(D::presetRange(D::LastYear, today), std::make_pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    QCOMPARE(D::presetRange(D::LastQuarter, QDate(2026, 2, 3)),
             std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
    QCOMPARE(D::presetRange(D::LastMonth, QDate(2026, 1, 15)), std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
}

void TestDashboardPage::exportWritesTheFile()
{
    ReportExportDialog dialog(*m_app);
    dialog.show();
    // Opens on the last quarter.
    QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("export-from"))->date(), QDate(2026, 1, 1));
    QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("export-to"))->date(), QDate(2026, 3, 31));
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("export-preset"));
    preset->setCurrentIndex(preset->findData(ReportExportDialog::ThisYear));
    QCOMPARE(dialog.findChild<QDateEdit*>(QStringLiteral("export-to"))->date(), QDate(2026, 4, 20));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("export-format"));
    format->setCurrentIndex(1); // XLSX
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("export-path"));
    QVERIFY(path->text().endsWith(QStringLiteral(".xlsx")));
    const QString file = m_dir.filePath(QStringLiteral("bao-cao.xlsx"));
    path->setText(file);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("export-run")), Qt::LeftButton);
    QCOMPARE(dialog.writtenPath(), file);
    QCOMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("export-progress"))->value(), 100);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("export-message"));
    QVERIFY(message->isVisible());
    // Every seeded dossier was received this year.
    QVERIFY2(message->text().contains(QStringLiteral(": %1 ").arg(m_next)), qPrintable(message->text()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK");

    // A folder that does not exist yet (the documents folder of a new account) is made.
    path->setText(m_dir.filePath(QStringLiteral("no/such/folder/report.csv")));
    QVERIFY(dialog.exportNow());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/report.csv"))));

    // A file that cannot be written (its folder would be inside a file): the reason inline, no crash.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    path->setText(m_dir.filePath(QStringLiteral("blocker/report.csv")));
    QVERIFY(!dialog.exportNow());
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
}

// Dossiers received at other counters of the center (the center's feed): the tiles count the
// whole center, with this workstation's share beside them, and the report can be either.
void TestDashboardPage::followingACenterShowsTheWholeCenter()
{
    // Two of today's three counter dossiers and one of the two online ones came from the feed.
    for (int n : {9001, 9002, 9004}) {
        QVERIFY(
            m_app->db()
                .prepare(QStringLiteral("INSERT INTO center_dossiers (code, feed_mark, pulled_at) VALUES (?1, '1', 0)"))
                .bind(1, QStringLiteral("000.00.00.H34-260420-%1").arg(n))
                .exec());
    }
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(tileValue(&page, "received-counter"), 3);
    QCOMPARE(tileValue(&page, "received-online"), 2);
    auto share = [&page](const char* key) {
        return page.findChild<DashboardTile*>(QStringLiteral("tile-%1").arg(QLatin1String(key)))->shareText();
    };
    QCOMPARE(share("received-counter"), DashboardTile::tr("this workstation: %1").arg(1));
    QCOMPARE(share("received-online"), DashboardTile::tr("this workstation: %1").arg(1));
    QCOMPARE(share("received-postal"),
             DashboardTile::tr("this workstation: %1").arg(tileValue(&page, "received-postal")));
    QCOMPARE(share("overdue"), DashboardTile::tr("this workstation: %1").arg(2));
    QVERIFY(share("online-waiting").isEmpty()); // the inbox is the center's
    const QString heading = page.findChild<QLabel*>(QStringLiteral("dashboard-today"))->text();
    QVERIFY2(heading.contains(QStringLiteral("whole center")), qPrintable(heading));

    // The report: the whole center by default, this workstation's own on request.
    ReportExportDialog dialog(*m_app);
    auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("export-scope"));
    QVERIFY(scope);
    QVERIFY(!scope->isHidden());
    scope->setCurrentIndex(scope->findData(static_cast<int>(ReportScope::Station)));
    dialog.findChild<QComboBox*>(QStringLiteral("export-preset"))
        ->setCurrentIndex(
            dialog.findChild<QComboBox*>(QStringLiteral("export-preset"))->findData(ReportExportDialog::ThisYear));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("export-path"));
    path->setText(m_dir.filePath(QStringLiteral("own.csv")));
    QVERIFY(dialog.exportNow());
    const QString message = dialog.findChild<QLabel*>(QStringLiteral("export-message"))->text();
    QVERIFY2(message.contains(QStringLiteral(": %1 ").arg(m_next - 3)), qPrintable(message));

    QVERIFY(m_app->db().execute(QStringLiteral("DELETE FROM center_dossiers")));
}

void TestDashboardPage::followingACenterNamesItsServerAndAsksOnChange()
{
    QVERIFY(m_app->db()
                .prepare(QStringLiteral("INSERT INTO center_dossiers (code, feed_mark, pulled_at) VALUES (?1, '1', 0)"))
                .bind(1, QStringLiteral("000.00.00.H34-260420-9001"))
                .exec());
    FixedCenterCounts center;
    DashboardPage page(*m_app, actor(Role::Supervisor), &center);
    page.setPollInterval(50);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The figures come from the center's own server, and the page says so.
    const QString title = page.findChild<QGroupBox*>(QStringLiteral("dashboard-center-wide"))->title();
    QVERIFY2(title.contains(QStringLiteral("center's server")) && !title.contains(QStringLiteral("portal")),
             qPrintable(title));
    auto* text = page.findChild<QLabel*>(QStringLiteral("dashboard-center-text"));
    QVERIFY2(text->text().contains(QStringLiteral("received from the center's server")), qPrintable(text->text()));
    // A change (here a dossier taken; after a sync, the rows it pulled) asks the server at once,
    // so the line does not lag the tiles by the source's interval.
    const int before = center.forced;
    add(DossierState::Received, Channel::Postal, vn(2026, 4, 20, 9, 50), vn(2026, 4, 30));
    QTRY_VERIFY_WITH_TIMEOUT(center.forced > before, 3000);
    QVERIFY(m_app->db().execute(QStringLiteral("DELETE FROM center_dossiers")));
}

void TestDashboardPage::joinedCenterFollowsBeforeAnyOtherDossier()
{
    // Just joined: no other counter's dossier yet, but the figures are the center's already.
    QVERIFY(m_app->settings().set(QStringLiteral("center.url"), QStringLiteral("https://127.0.0.1:18544")));
    FixedCenterCounts center;
    DashboardPage page(*m_app, actor(Role::Supervisor), &center);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString heading = page.findChild<QLabel*>(QStringLiteral("dashboard-today"))->text();
    QVERIFY2(heading.contains(QStringLiteral("whole center")), qPrintable(heading));
    const QString title = page.findChild<QGroupBox*>(QStringLiteral("dashboard-center-wide"))->title();
    QVERIFY2(title.contains(QStringLiteral("center's server")), qPrintable(title));
    QVERIFY(m_app->settings().set(QStringLiteral("center.url"), QString()));
}

QTEST_MAIN(TestDashboardPage)
#include "test_dashboardpage.moc"
