// The Sync page through its widgets, headless: every outbox item in a paged model (checked by
// QAbstractItemModelTester), filters, Pause/Resume, Retry now, the offline export and the
// guard-rail warnings; the status bar fed by the sync engine. With MOTCUA_SCREENSHOT_DIR set it
// also saves the page at 1366×768.

#include "FileChooser.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "pages/OutboxModel.h"
#include "pages/SyncPage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/OutboxStore.h"
#include "store/Settings.h"
#include "support/ClerkSuite.h"
#include "sync/OfflineBundle.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

class TestSyncPage : public QObject, protected test::ClerkSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryItemPaged();
    void filterShowsFailedOnly();
    void pauseAndResumeAreAudited();
    void retryMakesFailedDueNow();
    void exportWritesABundle();
    void warningsForStuckItemsAndOldReferenceData();
    void statusBarShowsQueuedAndFailed();
    void offlineWaitingIsNotAnError();
    void unconfiguredPortalIsWorded();
    void nextPassShownAfterSyncNow();
    void attemptsCountTheSends();

private:
    void addRows(int n, const QString& state, int ageSecs = 0, const QString& error = {});
};

void TestSyncPage::init()
{
    openStation();
}

void TestSyncPage::cleanup()
{
    closeStation();
}

// Outbox rows in a given state, as a sync pass would leave them.
void TestSyncPage::addRows(int n, const QString& state, int ageSecs, const QString& error)
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-ageSecs);
    Transaction tx(m_ctx->db());
    Statement& st = m_ctx->db().prepare(QStringLiteral(
        "INSERT INTO outbox (kind, entity_key, payload, state, attempts, last_error, next_attempt_at, created_at, "
        "updated_at) VALUES ('history', ?1, '{}', ?2, ?3, ?4, ?5, ?6, ?6)"));
    for (int i = 0; i < n; ++i) {
        st.bind(1, QStringLiteral("000.00.00.H34-260101-%1").arg(i + 1, 4, 10, QLatin1Char('0')))
            .bind(2, state)
            .bind(3, state == QLatin1String("failed") ? 3 : 0)
            .bind(4, error.isNull() ? QStringLiteral("") : error)
            .bind(5, at.addSecs(state == QLatin1String("failed") ? 3600 : 0))
            .bind(6, at);
        QVERIFY(st.exec());
    }
    QVERIFY(tx.commit());
}

void TestSyncPage::listsEveryItemPaged()
{
    receiveDossiers(3, QStringLiteral("Lê Văn Tám"));
    addRows(450, QStringLiteral("done"));
    // The model alone under the tester (a view would fetch more pages from inside the
    // tester's own insert checks).
    OutboxModel standalone(m_ctx->sync());
    OutboxModel* model = &standalone;
    // One page is read at first, not the whole outbox.
    QCOMPARE(model->totalCount(), 453);
    QCOMPARE(model->rowCount(), OutboxModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 453);
    // Newest first: the three dossiers were queued before the 450 rows.
    QCOMPARE(model->index(452, OutboxModel::KindColumn).data().toString(), OutboxModel::kindName(SyncKind::Dossier));
    QCOMPARE(model->index(0, OutboxModel::StateColumn).data().toString(), OutboxModel::stateName(OutboxState::Done));
    model->setStateFilter(OutboxState::Queued);
    QCOMPARE(model->rowCount(), 3);

    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* counts = page.findChild<QLabel*>(QStringLiteral("sync-counts"));
    QVERIFY(counts->text().contains(QStringLiteral("450")));
}

void TestSyncPage::filterShowsFailedOnly()
{
    receiveDossiers(2, QStringLiteral("Lê Văn Tám"));
    addRows(5, QStringLiteral("failed"), 0, QStringLiteral("The portal answered HTTP 503."));
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* filter = page.findChild<QComboBox*>(QStringLiteral("sync-filter"));
    filter->setCurrentIndex(3); // failed
    QCOMPARE(page.model()->rowCount(), 5);
    QCOMPARE(page.model()->index(0, OutboxModel::ErrorColumn).data().toString(),
             QStringLiteral("The portal answered HTTP 503."));
    QCOMPARE(page.model()->index(0, OutboxModel::AttemptsColumn).data().toInt(), 3);
    QVERIFY(!page.model()->index(0, OutboxModel::NextRetryColumn).data().toString().isEmpty());
    filter->setCurrentIndex(1);            // queued
    QCOMPARE(page.model()->rowCount(), 2); // the two dossiers; history rows are queued by a pass
}

void TestSyncPage::pauseAndResumeAreAudited()
{
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    auto* pause = page.findChild<QPushButton*>(QStringLiteral("sync-pause"));
    QCOMPARE(pause->text(), SyncPage::tr("Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(m_ctx->sync().isPaused());
    QCOMPARE(pause->text(), SyncPage::tr("Resume"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!m_ctx->sync().isPaused());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('sync.pause', 'sync.resume')")), 2);
}

void TestSyncPage::retryMakesFailedDueNow()
{
    addRows(3, QStringLiteral("failed"), 0, QStringLiteral("timeout"));
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("sync-retry")), Qt::LeftButton);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'failed'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued' AND next_attempt_at <= "
                                  "strftime('%s', 'now')")),
             3);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("sync-message"))->isVisibleTo(&page));
}

void TestSyncPage::exportWritesABundle()
{
    const QString secret = QStringLiteral("a-secret-of-the-center");
    QVERIFY(m_ctx->settings().set(QStringLiteral("sync.bundleSecret"), secret));
    receiveDossiers(2, QStringLiteral("Lê Văn Tám"));
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    const QString file = m_dir.filePath(QStringLiteral("usb.mcb"));
    FixedFileChooser chooser(file);
    page.setFileChooser(&chooser);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("sync-export")), Qt::LeftButton);
    QCOMPARE(chooser.calls(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto payload = OfflineBundle::open(f.readAll(), secret);
    QVERIFY2(payload.ok(), qPrintable(payload.error().message));
    QCOMPARE(payload->value(QStringLiteral("requests")).toArray().size(), 3); // 2 dossiers, 1 history chunk
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.export'")), 1);
    // Items stay queued until the portal confirms them.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'")), 0);
}

void TestSyncPage::warningsForStuckItemsAndOldReferenceData()
{
    SyncEngine engine(m_ctx->sync());
    {
        SyncPage page(*m_ctx, m_clerk, engine);
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("sync-warnings"))->isVisibleTo(&page));
    }
    addRows(1, QStringLiteral("queued"), 3 * 3600);
    QVERIFY(
        m_ctx->db().execute(QStringLiteral("UPDATE catalogue_versions SET imported_at = imported_at - 40 * 86400")));
    SyncPage page(*m_ctx, m_clerk, engine);
    auto* warnings = page.findChild<QLabel*>(QStringLiteral("sync-warnings"));
    QVERIFY(warnings->isVisibleTo(&page));
    QStringList keys;
    for (const SyncWarning& w : m_ctx->sync().warnings())
        keys << w.key;
    QVERIFY2(keys.contains(QStringLiteral("stuck")), qPrintable(keys.join(QLatin1Char(','))));
    QVERIFY(keys.contains(QStringLiteral("catalogue_old")));
    QVERIFY(!keys.contains(QStringLiteral("holidays_old")));
    QVERIFY(m_ctx->settings().set(QStringLiteral("sync.holidaysMaxAgeDays"), QStringLiteral("1")));
    QVERIFY(m_ctx->db().execute(QStringLiteral("UPDATE calendar_days SET confirmed_at = confirmed_at - 2 * 86400")));
    keys.clear();
    for (const SyncWarning& w : m_ctx->sync().warnings())
        keys << w.key;
    QVERIFY(keys.contains(QStringLiteral("holidays_old")));
}

void TestSyncPage::statusBarShowsQueuedAndFailed()
{
    receiveDossiers(2, QStringLiteral("Lê Văn Tám"));
    addRows(1, QStringLiteral("failed"), 0, QStringLiteral("The portal answered HTTP 500."));
    addRows(6, QStringLiteral("done"), 600);
    QVERIFY(m_ctx->settings().set(QStringLiteral("center.name"), QStringLiteral("Trung tâm Phục vụ hành chính công")));
    // As after a pass that reached the portal a minute ago and met one server error. The
    // engine's own first pass starts half a second after the window opens; the checks below
    // run before it.
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.url"), QStringLiteral("https://127.0.0.1:9")));
    // A portal is trusted by its pinned key (or CA) only; this one is never reached.
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.pinSha256"),
                                  QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    QVERIFY(m_ctx->sync().store().setValue(QStringLiteral("online"), QStringLiteral("1")));
    QVERIFY(m_ctx->sync().store().kindSucceeded(SyncKind::Dossier, QDateTime::currentDateTimeUtc().addSecs(-60)));
    QVERIFY(m_ctx->sync().store().kindFailed(SyncKind::History, QStringLiteral("The portal answered HTTP 500."),
                                             QDateTime::currentDateTimeUtc(), Backoff{30, 3600}));
    MainWindow window(*m_ctx, m_clerk);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* queued = window.findChild<QLabel*>(QStringLiteral("status-queued"));
    QVERIFY2(queued->text().contains(QStringLiteral("3")), qPrintable(queued->text()));
    QVERIFY2(queued->text().contains(QStringLiteral("1")), qPrintable(queued->text()));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("status-connection"))->text().contains(QStringLiteral("Online")));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("status-last-sync"))->text().contains(QStringLiteral("never")));
    window.showPage(MainWindow::Sync);
    QVERIFY(qobject_cast<SyncPage*>(window.page(MainWindow::Sync)));
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(100);
        QVERIFY(window.grab().save(shots + QStringLiteral("/sync-page.png")));
    }
}

void TestSyncPage::offlineWaitingIsNotAnError()
{
    receiveDossiers(2, QStringLiteral("Lê Văn Tám"));
    // A portal is set up but cannot be reached (nothing listens on port 9): a counter offline.
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.url"), QStringLiteral("https://127.0.0.1:9")));
    // A portal is trusted by its pinned key (or CA) only; this one is never reached.
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.pinSha256"),
                                  QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    auto pass = m_ctx->sync().syncNow(true);
    QVERIFY2(pass.ok(), qPrintable(pass.error().message));
    QVERIFY(!pass->reached);
    // The items wait, queued: not failed, no attempt counted (nothing reached the portal).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'failed'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND state = 'queued' "
                                  "AND attempts = 0 AND last_error <> ''")),
             2);

    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    OutboxModel* model = page.model();
    QVERIFY(model->isOffline());
    int dossiers = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        // History rows wait for their dossier on the portal: queued, never tried.
        if (model->index(row, OutboxModel::KindColumn).data().toString() != OutboxModel::kindName(SyncKind::Dossier))
            continue;
        ++dossiers;
        const QModelIndex state = model->index(row, OutboxModel::StateColumn);
        QCOMPARE(state.data().toString(), OutboxModel::tr("Waiting for the connection"));
        QVERIFY(state.data().toString() != OutboxModel::stateName(OutboxState::Failed));
        // Not in red.
        const QVariant colour = state.data(Qt::ForegroundRole);
        QVERIFY(!colour.isValid() || colour.value<QBrush>().color() != QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(!model->index(row, OutboxModel::NextRetryColumn).data().toString().isEmpty());
        QCOMPARE(model->index(row, OutboxModel::AttemptsColumn).data().toInt(), 0);
    }
    QCOMPARE(dossiers, 2);
    const QString counts = page.findChild<QLabel*>(QStringLiteral("sync-counts"))->text();
    QVERIFY2(counts.contains(QStringLiteral("Failed 0")), qPrintable(counts));
    const QString state = page.findChild<QLabel*>(QStringLiteral("sync-state"))->text();
    QVERIFY2(state.startsWith(QStringLiteral("Offline")), qPrintable(state));
    // The retry lines under the table speak of waiting, not of failures.
    const QString kinds = page.findChild<QLabel*>(QStringLiteral("sync-kinds"))->text();
    QVERIFY2(!kinds.contains(QStringLiteral("failure")) && kinds.contains(QStringLiteral("waiting")),
             qPrintable(kinds));
    // "Failed" lists none of them.
    page.findChild<QComboBox*>(QStringLiteral("sync-filter"))->setCurrentIndex(3);
    QCOMPARE(model->rowCount(), 0);
    page.findChild<QComboBox*>(QStringLiteral("sync-filter"))->setCurrentIndex(0);

    // The status bar: offline, nothing failed.
    MainWindow window(*m_ctx, m_clerk);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* queued = window.findChild<QLabel*>(QStringLiteral("status-queued"));
    QVERIFY2(!queued->text().contains(QStringLiteral("failed")), qPrintable(queued->text()));
    window.showPage(MainWindow::Sync);
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(100);
        QVERIFY(window.grab().save(shots + QStringLiteral("/sync-page-offline.png")));
    }
}

// After a pass (here one started by "Sync now" that finds the portal offline) the page says
// when the next one runs: the engine plans it after the pass and the page hears of it.
void TestSyncPage::nextPassShownAfterSyncNow()
{
    receiveDossiers(1, QStringLiteral("Lê Văn Tám"));
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.url"), QStringLiteral("https://127.0.0.1:9")));
    QVERIFY(m_ctx->settings().set(QStringLiteral("portal.pinSha256"),
                                  QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    engine.start();
    QSignalSpy finished(&engine, &SyncEngine::passFinished);
    engine.syncNow();
    QVERIFY(finished.wait(20000));
    QVERIFY(engine.nextPassAt().isValid());
    const QString state = page.findChild<QLabel*>(QStringLiteral("sync-state"))->text();
    QVERIFY2(state.contains(QStringLiteral("next pass")), qPrintable(state));
    engine.stop();
}

void TestSyncPage::unconfiguredPortalIsWorded()
{
    receiveDossiers(1, QStringLiteral("Lê Văn Tám"));
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    engine.refresh();
    QVERIFY(!engine.isConfigured());
    const QString state = page.findChild<QLabel*>(QStringLiteral("sync-state"))->text();
    // Said in words a clerk reads, not as a setting's key.
    QVERIFY2(!state.contains(QRegularExpression(QStringLiteral("portal\\.[a-z]"))), qPrintable(state));
    QVERIFY2(state.contains(SyncPage::tr("No central portal is set up yet").left(20)), qPrintable(state));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("sync-now"))->isEnabled());
    QCOMPARE(page.model()->index(0, OutboxModel::StateColumn).data().toString(),
             OutboxModel::stateName(OutboxState::Queued));
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        MainWindow window(*m_ctx, m_clerk);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Sync);
        QDir().mkpath(shots);
        QTest::qWait(100);
        QVERIFY(window.grab().save(shots + QStringLiteral("/sync-page-unconfigured.png")));
    }
}

void TestSyncPage::attemptsCountTheSends()
{
    receiveDossiers(2, QStringLiteral("Lê Văn Tám"));
    OutboxStore& store = m_ctx->sync().store();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The first dossier goes out and the portal takes it at the first try: 1 attempt.
    auto first = store.claim(SyncKind::Dossier, 1, now, true);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 1);
    QVERIFY(store.markDone({first->first().id}, now));
    // The second is refused once, then taken: 2 attempts.
    auto second = store.claim(SyncKind::Dossier, 1, now, false);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QVERIFY(store.markFailed({second->first().id}, QStringLiteral("The portal answered HTTP 503."), now,
                             Backoff{30, 3600}));
    auto again = store.claim(SyncKind::Dossier, 1, now.addSecs(60), false);
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->first().id, second->first().id);
    QVERIFY(store.markDone({again->first().id}, now.addSecs(60)));

    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    OutboxModel* model = page.model();
    QHash<qint64, int> attempts;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, OutboxModel::StateColumn).data().toString(),
                 OutboxModel::stateName(OutboxState::Done));
        attempts.insert(model->idAt(row), model->index(row, OutboxModel::AttemptsColumn).data().toInt());
    }
    QCOMPARE(attempts.value(first->first().id), 1);
    QCOMPARE(attempts.value(second->first().id), 2);
}

QTEST_MAIN(TestSyncPage)
#include "test_syncpage.moc"
