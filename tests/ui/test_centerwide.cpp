// The dashboard's center-wide area against the real reference portal over TLS: two workstation
// databases synchronise their dossiers, the area shows the sums of both workstations' own
// figures (checked figure by figure), labelled apart from this workstation's tiles; with the
// portal down it says offline and the tiles keep this workstation's figures.
#include "core/Clock.h"
#include "pages/DashboardPage.h"
#include "pages/DashboardTile.h"
#include "service/ReportService.h"
#include "support/UiTestKit.h"
#include "sync/PortalCenterCounts.h"
#include "sync/SyncTestBed.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

Actor supervisor()
{
    Actor a;
    a.userId = 1;
    a.username = QStringLiteral("supervisor");
    a.fullName = QStringLiteral("Trần Thị Bình");
    a.role = Role::Supervisor;
    return a;
}

QList<qint64> figures(const DayCounts& c)
{
    return {c.receivedCounter, c.receivedOnline, c.receivedPostal,    c.returned,
            c.dueToday,        c.overdue,        c.awaitingSupplement};
}

} // namespace

class TestCenterWide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sumsOfTwoWorkstationsThenOffline();
    void notConfiguredSaysSo();

private:
    std::unique_ptr<PortalFixture> m_portal;
};

void TestCenterWide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_portal = std::make_unique<PortalFixture>();
    QVERIFY2(m_portal->start(), qPrintable(m_portal->errorString()));
}

void TestCenterWide::sumsOfTwoWorkstationsThenOffline()
{
    SyncTestBed a(*m_portal, QStringLiteral("station-a"));
    SyncTestBed b(*m_portal, QStringLiteral("station-b"));
    QVERIFY2(a.isValid(), qPrintable(a.error()));
    QVERIFY2(b.isValid(), qPrintable(b.error()));
    QVERIFY(b.app().settings().set(QStringLiteral("station.number"), QStringLiteral("2")));
    // A first pass each puts both stations online, so their dossier numbers are leased from the
    // portal in disjoint blocks (offline, both would mint from the fallback range they share
    // here: one agency code, the station number read when the database was opened).
    QVERIFY2(a.pass(a.options()), qPrintable(a.error()));
    QVERIFY2(b.pass(b.options()), qPrintable(b.error()));
    QVERIFY(a.app().sync().isOnline() && b.app().sync().isOnline());
    QCOMPARE(a.takeDossiers(3).size(), 3);
    QCOMPARE(b.takeDossiers(4).size(), 4);
    QVERIFY2(a.drain(a.options(), 10) >= 1 && a.pending() == 0, qPrintable(a.describePending()));
    QVERIFY2(b.drain(b.options(), 10) >= 1 && b.pending() == 0, qPrintable(b.describePending()));
    QCOMPARE(m_portal->dossierCount(), 7);

    const QDate today = toVietnam(a.app().clock().now()).date();
    auto own = a.app().reports().counts(today);
    auto other = b.app().reports().counts(today);
    QVERIFY(own && other);
    QCOMPARE(own->total.received(), 3);
    QCOMPARE(other->total.received(), 4);

    PortalCenterCounts center([&a] { return a.app().sync().config(); }, a.app().clock());
    center.setInterval(0);
    center.setTimeoutMs(3000);
    DashboardPage page(a.app(), supervisor(), &center);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(center.centerCounts(today).has_value(), 15000);
    QCOMPARE(center.status(today).state, CenterStatus::Ready);

    // The portal's figures are the sums of what each workstation counts for itself.
    const TodayCounts sum = *center.centerCounts(today);
    const QList<qint64> mine = figures(own->total), theirs = figures(other->total), total = figures(sum.total);
    for (int i = 0; i < total.size(); ++i)
        QVERIFY2(total.at(i) == mine.at(i) + theirs.at(i),
                 qPrintable(QStringLiteral("figure %1: center %2, stations %3 + %4")
                                .arg(i)
                                .arg(total.at(i))
                                .arg(mine.at(i))
                                .arg(theirs.at(i))));
    QCOMPARE(sum.total.received(), 7);
    QVERIFY(sum.asOf.isValid());

    // Shown apart, under its own heading; the tiles stay this workstation's.
    auto* box = page.findChild<QGroupBox*>(QStringLiteral("dashboard-center-wide"));
    QVERIFY(box && box->title().contains(QStringLiteral("Center-wide")));
    auto* text = page.findChild<QLabel*>(QStringLiteral("dashboard-center-text"));
    QTRY_VERIFY2(text->text().contains(QStringLiteral("Received 7 (counter 7")), qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("from the portal")));
    QCOMPARE(tileValue(&page, "received-counter"), 3);
    auto* heading = page.findChild<QLabel*>(QStringLiteral("dashboard-today"));
    QVERIFY(heading->text().contains(QStringLiteral("this workstation")));

    // The portal goes away: the next request (Refresh) finds it offline.
    m_portal->stop();
    page.findChild<QPushButton*>(QStringLiteral("dashboard-refresh"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(center.status(today).state, CenterStatus::Offline, 15000);
    QTRY_VERIFY2(text->text().startsWith(QStringLiteral("Offline")), qPrintable(text->text()));
    // The last figures stay visible with their time, and the tiles keep the local figures.
    QVERIFY(text->text().contains(QStringLiteral("Received 7")));
    QCOMPARE(tileValue(&page, "received-counter"), 3);
    QCOMPARE(tileValue(&page, "overdue"), own->total.overdue);

    // A workstation that never reached the portal says offline without figures.
    PortalCenterCounts fresh([&b] { return b.app().sync().config(); }, b.app().clock());
    fresh.setTimeoutMs(3000);
    DashboardPage second(b.app(), supervisor(), &fresh);
    second.show();
    QTRY_COMPARE_WITH_TIMEOUT(fresh.status(today).state, CenterStatus::Offline, 15000);
    auto* secondText = second.findChild<QLabel*>(QStringLiteral("dashboard-center-text"));
    QTRY_VERIFY2(secondText->text().contains(QStringLiteral("not available")), qPrintable(secondText->text()));
    QCOMPARE(tileValue(&second, "received-counter"), 4);

    QVERIFY2(m_portal->restart(), qPrintable(m_portal->errorString()));
    page.findChild<QPushButton*>(QStringLiteral("dashboard-refresh"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(center.status(today).state, CenterStatus::Ready, 15000);
}

void TestCenterWide::notConfiguredSaysSo()
{
    QTemporaryDir dir;
    AppContext::Options o;
    o.databasePath = dir.filePath(QStringLiteral("alone.db"));
    auto app = AppContext::open(o);
    QVERIFY2(app, qPrintable(app.error().message));
    AppContext& ctx = **app;
    PortalCenterCounts center([&ctx] { return ctx.sync().config(); }, ctx.clock());
    DashboardPage page(ctx, supervisor(), &center);
    page.show();
    const QDate today = toVietnam(ctx.clock().now()).date();
    QTRY_COMPARE(center.status(today).state, CenterStatus::NotConfigured);
    const QString text = page.findChild<QLabel*>(QStringLiteral("dashboard-center-text"))->text();
    QVERIFY2(text.contains(QStringLiteral("no portal is configured")), qPrintable(text));
    QVERIFY(!center.isBusy());
}

QTEST_MAIN(TestCenterWide)
#include "test_centerwide.moc"
