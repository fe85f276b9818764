// The sync's history feed (OutboxStore::feedHistory): one CapNhatTienDoHoSoMC row per dossier
// event, queued once; when the sender asks for them claimed, the rows whose dossier the portal
// already has go in in_flight and come back as the claim would give them, the others wait.
#include "ProcessingTestBed.h"

#include <QJsonArray>

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
            QCOMPARE(it.kind, QStringLiteral("history"));
            QCOMPARE(it.state, QStringLiteral("in_flight"));
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
        auto none = store.claim(QStringLiteral("history"), 100, m_clock->now(), true);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        // Once the portal has the other dossier, its queued rows are claimed as before.
        QVERIFY(store.markDossierAcked(waiting, 0, m_clock->now()));
        auto later = store.claim(QStringLiteral("history"), 100, m_clock->now(), true, false);
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
};

QTEST_GUILESS_MAIN(TestOutboxFeed)
#include "test_outboxfeed.moc"
