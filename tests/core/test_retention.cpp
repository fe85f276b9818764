// Retention (RetentionService): acknowledged outbox rows lose their copy of the dossier, old
// drafts and kept scans go, by the retention.* settings; administrators only; audited.
#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/RetentionService.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sentPayloadsAreStripped_data();
    void sentPayloadsAreStripped();
    void oldDraftsAndKeptScansGo();
    void onlyAdministrators();

private:
    void addOutbox(const QString& code, const QString& state, qint64 doneDaysAgo);
    int count(const QString& sql);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;
};

void TestRetention::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC));
    AppContext::Options options;
    options.databasePath = m_dir.filePath(
        QStringLiteral("desk-%1-%2.db")
            .arg(QString::fromLatin1(QTest::currentTestFunction()))
            .arg(QString::fromLatin1(QTest::currentDataTag()).remove(QRegularExpression(QStringLiteral("\\W")))));
    options.clock = m_clock.get();
    options.seedDemo = false;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    // Only the rows each test adds (a new database queues its catalogue and calendar).
    QVERIFY(m_ctx->db().execute(QStringLiteral("DELETE FROM outbox")).ok());
    m_admin.userId = 1;
    m_admin.username = QStringLiteral("admin");
    m_admin.role = Role::Admin;
}

void TestRetention::cleanup()
{
    m_ctx.reset();
}

void TestRetention::addOutbox(const QString& code, const QString& state, qint64 doneDaysAgo)
{
    const QDateTime created = m_clock->now().addDays(-30);
    Statement& st = m_ctx->db().prepare(QStringLiteral(
        "INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, created_at, done_at) "
        "VALUES ('dossier', ?1, '{\"TenNguoiNop\":\"Đặng Văn Đức\",\"SoCMND\":\"062085001234\"}', ?2, 1, ?3, ?3, "
        "?4)"));
    st.bind(1, code).bind(2, state).bind(3, created);
    if (doneDaysAgo >= 0)
        st.bind(4, m_clock->now().addDays(-doneDaysAgo));
    else
        st.bindNull(4);
    QVERIFY(st.exec().ok());
}

int TestRetention::count(const QString& sql)
{
    Statement& st = m_ctx->db().prepare(sql);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

void TestRetention::sentPayloadsAreStripped_data()
{
    QTest::addColumn<int>("days"); // retention.sentPayloadDays; -1: the default (1)
    QTest::addColumn<int>("stripped");
    QTest::newRow("default: done 2 and 30 days ago") << -1 << 2;
    QTest::newRow("0: every done row") << 0 << 3;
    QTest::newRow("7 days") << 7 << 1;
    QTest::newRow("60 days") << 60 << 0;
}

void TestRetention::sentPayloadsAreStripped()
{
    QFETCH(int, days);
    QFETCH(int, stripped);
    if (days >= 0)
        QVERIFY(m_ctx->settings().set(QStringLiteral("retention.sentPayloadDays"), days).ok());
    addOutbox(QStringLiteral("D-today"), QStringLiteral("done"), 0);
    addOutbox(QStringLiteral("D-2"), QStringLiteral("done"), 2);
    addOutbox(QStringLiteral("D-30"), QStringLiteral("done"), 30);
    addOutbox(QStringLiteral("Q"), QStringLiteral("queued"), -1);
    addOutbox(QStringLiteral("F"), QStringLiteral("failed"), -1);

    RetentionService retention(m_ctx->db(), m_ctx->settings(), m_ctx->clock());
    const auto counts = retention.purge(m_admin);
    QVERIFY2(counts.ok(), qPrintable(counts.error().message));
    QCOMPARE(counts->payloads, stripped);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload = '{}'")), stripped);
    // The rows stay: code, kind, state and times.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload = '{}' AND (state <> 'done' OR "
                                  "kind <> 'dossier' OR done_at IS NULL OR entity_key = '')")),
             0);
    // Work not yet acknowledged keeps everything it must still send.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'done' AND payload LIKE "
                                  "'%062085001234%'")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.purge'")),
             stripped > 0 ? 1 : 0);
}

void TestRetention::oldDraftsAndKeptScansGo()
{
    Statement& draft = m_ctx->db().prepare(
        QStringLiteral("INSERT INTO intake_drafts (username, saved_at, payload) VALUES (?1, ?2, '{}')"));
    QVERIFY(draft.bind(1, QStringLiteral("old.clerk")).bind(2, m_clock->now().addDays(-31)).exec().ok());
    QVERIFY(draft.bind(1, QStringLiteral("new.clerk")).bind(2, m_clock->now().addDays(-2)).exec().ok());
    Statement& kept = m_ctx->db().prepare(
        QStringLiteral("INSERT INTO kept_scans (username, component_id, paper_name, size, sha256, added_at) "
                       "VALUES (?1, 0, 'Tờ khai', 10, ?2, ?3)"));
    QVERIFY(kept.bind(1, QStringLiteral("old.clerk"))
                .bind(2, QString(64, QLatin1Char('a')))
                .bind(3, m_clock->now().addDays(-40))
                .exec()
                .ok());
    QVERIFY(kept.bind(1, QStringLiteral("new.clerk"))
                .bind(2, QString(64, QLatin1Char('b')))
                .bind(3, m_clock->now().addDays(-1))
                .exec()
                .ok());

    RetentionService retention(m_ctx->db(), m_ctx->settings(), m_ctx->clock());
    auto counts = retention.purge(m_admin);
    QVERIFY2(counts.ok(), qPrintable(counts.error().message));
    QCOMPARE(counts->drafts, 1);
    QCOMPARE(counts->keptScans, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE username = 'new.clerk'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kept_scans WHERE username = 'new.clerk'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM intake_drafts")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kept_scans")), 1);

    // A shorter setting takes the rest.
    QVERIFY(m_ctx->settings().set(QStringLiteral("retention.draftDays"), 1).ok());
    QVERIFY(m_ctx->settings().set(QStringLiteral("retention.keptScanDays"), 1).ok());
    m_clock->advanceSecs(3600);
    counts = retention.purge(m_admin);
    QVERIFY(counts.ok());
    QCOMPARE(counts->drafts, 1);
    QCOMPARE(counts->keptScans, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.purge'")), 2);
}

void TestRetention::onlyAdministrators()
{
    addOutbox(QStringLiteral("D-30"), QStringLiteral("done"), 30);
    Actor supervisor;
    supervisor.userId = 2;
    supervisor.username = QStringLiteral("lead");
    supervisor.role = Role::Supervisor;
    RetentionService retention(m_ctx->db(), m_ctx->settings(), m_ctx->clock());
    const auto refused = retention.purge(supervisor);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE payload = '{}'")), 0);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
