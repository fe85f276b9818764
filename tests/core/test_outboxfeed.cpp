// The sync's history feed (OutboxStore::feedHistory): one CapNhatTienDoHoSoMC row per dossier
// event, queued once; when the sender asks for them claimed, the rows whose dossier the portal
// already has go in in_flight and come back as the claim would give them, the others wait.
#include "ProcessingTestBed.h"

#include <QJsonArray>
#include <QSet>

using namespace motcua;

class TestOutboxFeed : public QObject, protected ProcessingTestBed
{
    Q_OBJECT

private:
    QStringList rows(const QString& state, const QString& code)
    {
        Statement& st = m_ctx->db().prepare(QStringLiteral(
            "SELECT payload FROM outbox WHERE kind = 'history' AND state = ?1 AND entity_key = ?2 ORDER BY id"));
        st.bind(1, state).bind(2, code);
        QStringList out;
        while (st.next())
            out.append(st.text(0));
        st.reset();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void claimedRowsAreThoseThePortalCanTake()
    {
        const QString acked = newDossier(Start::Processing);
        const QString waiting = newDossier(Start::Transferred);
        OutboxStore store(m_ctx->db());
        QVERIFY(store.markDossierAcked(acked, 0, m_clock->now()));

        QList<OutboxItem> claimed;
        auto fed = store.feedHistory(m_clock->now(), 1000, &claimed);
        QVERIFY2(fed, qPrintable(fed.error().message));
        QVERIFY(*fed > 0);
        // The acknowledged dossier's rows came back claimed, stored in_flight with the same
        // payload; the other dossier's rows wait, queued.
        const QStringList inFlight = rows(QStringLiteral("in_flight"), acked);
        QVERIFY(!inFlight.isEmpty());
        QCOMPARE(claimed.size(), inFlight.size());
        for (qsizetype i = 0; i < claimed.size(); ++i) {
            const OutboxItem& it = claimed.at(i);
            QCOMPARE(it.entityKey, acked);
            QCOMPARE(kindKey(it.kind), QStringLiteral("history"));
            QCOMPARE(stateKey(it.state), QStringLiteral("in_flight"));
            QCOMPARE(QString::fromUtf8(it.payloadJson), inFlight.at(i));
            QCOMPARE(QJsonDocument::fromJson(it.payloadJson).object().value(QStringLiteral("MaHoSo")).toString(),
                     acked);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE id = ?1 AND state = 'in_flight'"),
                           QString::number(it.id)),
                     1);
        }
        QVERIFY(rows(QStringLiteral("queued"), acked).isEmpty());
        QVERIFY(!rows(QStringLiteral("queued"), waiting).isEmpty());
        QVERIFY(rows(QStringLiteral("in_flight"), waiting).isEmpty());

        // Nothing is fed twice, and claim() gives nothing of the rows already claimed.
        QList<OutboxItem> again;
        auto second = store.feedHistory(m_clock->now(), 1000, &again);
        QVERIFY(second);
        QCOMPARE(*second, 0);
        QVERIFY(again.isEmpty());
        auto none = store.claim(SyncKind::History, 100, m_clock->now(), true);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        // Once the portal has the other dossier, its queued rows are claimed as before.
        QVERIFY(store.markDossierAcked(waiting, 0, m_clock->now()));
        auto later = store.claim(SyncKind::History, 100, m_clock->now(), true, false);
        QVERIFY(later);
        QCOMPARE(later->size(), rows(QStringLiteral("in_flight"), waiting).size());
        QVERIFY(!later->isEmpty());
    }

    void withoutClaimEveryRowIsQueued()
    {
        const QString code = newDossier(Start::Processing);
        OutboxStore store(m_ctx->db());
        QVERIFY(store.markDossierAcked(code, 0, m_clock->now()));
        auto fed = store.feedHistory(m_clock->now(), 1000);
        QVERIFY(fed);
        QVERIFY(*fed > 0);
        QVERIFY(rows(QStringLiteral("in_flight"), code).isEmpty());
        QVERIFY(!rows(QStringLiteral("queued"), code).isEmpty());
    }

    // The keys the outbox and sync_kinds store: each kind and state has its own, unchanged,
    // and reads back to itself.
    void keysRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");  // -1: not a kind
        QTest::addColumn<int>("state"); // -1: not a state
        const std::pair<const char*, SyncKind> kinds[] = {
            {"dossier", SyncKind::Dossier},     {"history", SyncKind::History}, {"attachment", SyncKind::Attachment},
            {"catalogue", SyncKind::Catalogue}, {"status", SyncKind::Status},   {"lease", SyncKind::Lease},
            {"feed", SyncKind::Feed},           {"account", SyncKind::Account}};
        for (const auto& [key, kind] : kinds)
            QTest::newRow(key) << QString::fromLatin1(key) << static_cast<int>(kind) << -1;
        const std::pair<const char*, OutboxState> states[] = {{"queued", OutboxState::Queued},
                                                              {"in_flight", OutboxState::InFlight},
                                                              {"done", OutboxState::Done},
                                                              {"failed", OutboxState::Failed}};
        for (const auto& [key, state] : states)
            QTest::newRow(key) << QString::fromLatin1(key) << -1 << static_cast<int>(state);
        QTest::newRow("unknown") << QStringLiteral("fax") << -1 << -1;
        QTest::newRow("case matters") << QStringLiteral("Dossier") << -1 << -1;
        QTest::newRow("empty") << QString() << -1 << -1;
    }

    void keysRoundTrip()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(int, state);
        SyncKind k = SyncKind::Lease;
        QCOMPARE(kindFromKey(key, &k), kind >= 0);
        if (kind >= 0) {
            QCOMPARE(k, static_cast<SyncKind>(kind));
            QCOMPARE(kindKey(k), key);
        }
        OutboxState st = OutboxState::Failed;
        QCOMPARE(stateFromKey(key, &st), state >= 0);
        if (state >= 0) {
            QCOMPARE(st, static_cast<OutboxState>(state));
            QCOMPARE(stateKey(st), key);
        }
    }

    // Every kind and state has a row above; the lists name each once.
    void everyKeyIsListed()
    {
        const QList<SyncKind> kinds = everyKind();
        QCOMPARE(kinds.size(), 8);
        QSet<QString> keys;
        for (SyncKind k : kinds)
            keys.insert(kindKey(k));
        QCOMPARE(keys.size(), 8);
        const QList<OutboxState> states = allOutboxStates();
        QCOMPARE(states.size(), 4);
        keys.clear();
        for (OutboxState s : states)
            keys.insert(stateKey(s));
        QCOMPARE(keys.size(), 4);
        for (SyncKind k : outboxKinds() + allKinds())
            QVERIFY(kinds.contains(k));
        QVERIFY(!allKinds().contains(SyncKind::Feed));
        QVERIFY(!allKinds().contains(SyncKind::Account));
    }

    // A row this version cannot read (a kind it does not know) is reported, not shown as
    // something else or dropped from the count.
    void unknownRowIsAnError()
    {
        QVERIFY(m_ctx->db().execute(QStringLiteral("INSERT INTO outbox (kind, entity_key, payload, state, attempts, "
                                                   "next_attempt_at, created_at) VALUES ('fax', 'X-1', '{}', "
                                                   "'queued', 0, 0, 0)")));
        OutboxStore store(m_ctx->db());
        auto page = store.page(0, 10);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(QStringLiteral("fax")), qPrintable(page.error().message));
        QVERIFY(!store.pending());
        QVERIFY(m_ctx->db().execute(QStringLiteral("DELETE FROM outbox WHERE kind = 'fax'")));
        QVERIFY(store.page(0, 10));
    }
};

QTEST_GUILESS_MAIN(TestOutboxFeed)
#include "test_outboxfeed.moc"
