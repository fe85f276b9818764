// The audit trail's head goes to motcua-center with every sync pass and in every offline bundle
// (PROTOCOL.md 3.16): the center keeps the last head of the station, so a trail rewritten on the
// workstation after it was reported, even re-sealed with the key so that `audit verify` passes
// there, is refused at the next pass and listed by `motcua-center audit-heads`.
#include "SyncTestBed.h"

#include "store/OutboxStore.h"

#include <QFile>

using namespace motcua;
using namespace motcua::test;

class TestSyncAuditHead : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};

    // `motcua-center audit-heads`: its exit code; the station-1 line's sequence in `seq`.
    int auditHeads(qint64* seq, QString* text = nullptr)
    {
        QByteArray out;
        const int rc = m_center.centerCommand(
            {QStringLiteral("audit-heads"), QStringLiteral("--lang"), QStringLiteral("en")}, &out);
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
        *seq = -1;
        for (const QString& line : lines) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.size() >= 6 && cells.at(0) == QLatin1String("1"))
                *seq = cells.at(1).toLongLong();
        }
        if (text)
            *text = QString::fromUtf8(out);
        return rc;
    }
    static qint64 headOf(Database& db)
    {
        const Result<AuditHead> head = auditHead(db);
        return head ? head->seq : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_center.start(), qPrintable(m_center.errorString())); }

    void headFollowsPassesAndBundlesAndARewriteIsCaught()
    {
        SyncTestBed bed(m_center);
        QVERIFY2(bed.isValid(), qPrintable(bed.error()));
        QVERIFY(bed.app().db().isKeyed());
        bed.takeDossiers(3);

        // A pass: the head the workstation had is the center's.
        const qint64 first = headOf(bed.app().db());
        QVERIFY(first > 0);
        auto r = bed.pass(bed.options());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
        qint64 kept = 0;
        QCOMPARE(auditHeads(&kept), 0);
        QVERIFY2(kept >= first, qPrintable(QString::number(kept)));
        OutboxStore store(bed.app().db());
        QVERIFY(store.value(QStringLiteral("audit.reported")).split(QLatin1Char(',')).contains(QString::number(kept)));

        // More work and a second pass: the head moves on.
        bed.takeDossiers(2);
        r = bed.pass(bed.options());
        QVERIFY(r.ok() && r->errors.isEmpty());
        qint64 second = 0;
        QCOMPARE(auditHeads(&second), 0);
        QVERIFY(second > kept);

        // An offline bundle carries the head too: imported at the center, it moves there.
        bed.takeDossiers(1);
        const QString bundlePath = m_center.folder() + QStringLiteral("/station.mcb");
        const auto exported = bed.app().sync().exportBundle(bed.admin(), bundlePath);
        QVERIFY2(exported.ok(), exported ? "" : qPrintable(exported.error().message));
        QFile bundle(bundlePath);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QString session = m_center.http().login(m_center.username(), m_center.password());
        const auto imported =
            m_center.http().call(session, m_center.madonvi(), QStringLiteral("MC_NhapGoi"),
                                 {{QStringLiteral("TenGoi"), QStringLiteral("station.mcb")},
                                  {QStringLiteral("DuLieu"), QString::fromLatin1(bundle.readAll().toBase64())}});
        QCOMPARE(imported.code(), QStringLiteral("0"));
        QCOMPARE(imported.json.value(QLatin1String("SoLoi")).toString(), QStringLiteral("0"));
        qint64 afterBundle = 0;
        QCOMPARE(auditHeads(&afterBundle), 0);
        QVERIFY2(afterBundle > second, qPrintable(QString::number(afterBundle)));

        // Someone with the key rewrites an early row and seals the chain again from there: the
        // trail verifies on the workstation, but its MACs are no longer the ones reported.
        Database& db = bed.app().db();
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(db.execute(QStringLiteral("UPDATE audit_log SET details = '{}', mac = NULL WHERE id >= 2")));
        QVERIFY(sealAuditTrail(db).ok());
        const auto verified = verifyAuditTrail(db);
        QVERIFY(verified.ok());
        QCOMPARE(verified->brokenId, qint64(0));

        bed.takeDossiers(1);
        r = bed.pass(bed.options());
        QVERIFY(r.ok());
        // The refusal is in the pass's errors (in the center's language).
        QVERIFY(!r->errors.isEmpty());
        QString listing;
        qint64 stillKept = 0;
        QCOMPARE(auditHeads(&stillKept, &listing), 1);
        QCOMPARE(stillKept, afterBundle);
        QVERIFY2(listing.contains(QStringLiteral("ALERT station 1: changed")), qPrintable(listing));
    }
};

QTEST_GUILESS_MAIN(TestSyncAuditHead)
#include "test_syncaudithead.moc"
