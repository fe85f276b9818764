// Online submissions: filed on the reference portal, pulled by `motcua-center pull-online` into
// the center's dossiers with their files byte for byte, exactly once, also under faults.
#include "PortalFixture.h"
#include "portal/PortalOnline.h"
#include "portal/PortalServer.h"
#include "portal/PortalServices.h"

#include <QCryptographicHash>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestCenterOnline : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_portal{{}, PortalFixture::Server::Portal};
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    quint32 m_seed = 1;

    QString sql(const QString& query)
    {
        QByteArray out;
        if (m_center.cluster()->client(
                QStringLiteral("psql"),
                {QStringLiteral("-d"), m_center.cluster()->conninfo(), QStringLiteral("-tAc"), query}, &out) != 0)
            return QStringLiteral("<psql failed>");
        return QString::fromUtf8(out).trimmed();
    }

    // Files a submission in-process on the portal's own database, as a citizen would online.
    QString submit(int files)
    {
        motcua::PortalConfig config;
        PortalServer server(config);
        if (!server.open(m_portal.databasePath()))
            return {};
        auto s = PortalOnline::demo(server.services().catalogue(), {}, files, m_seed++);
        if (!s)
            return {};
        auto ref = server.services().submitOnline(*s);
        return ref ? *ref : QString();
    }

    QByteArray portalFile(const QString& sha)
    {
        motcua::PortalConfig config;
        PortalServer server(config);
        if (!server.open(m_portal.databasePath()))
            return {};
        auto chunk = server.store().online()->chunk(sha, 0, 64 * 1024 * 1024);
        return chunk && *chunk ? (*chunk)->data : QByteArray();
    }

    int pull(QByteArray* out = nullptr)
    {
        return m_center.centerCommand(
            {QStringLiteral("pull-online"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--set"),
             QStringLiteral("national_url=") + m_portal.url().toString(), QStringLiteral("--set"),
             QStringLiteral("national_ca=") + m_portal.caPath(), QStringLiteral("--set"),
             QStringLiteral("national_username=") + m_portal.username(), QStringLiteral("--set"),
             QStringLiteral("national_password=") + m_portal.password()},
            out);
    }

    // Whether the center holds `ref` once, as a submission, with `files` files whose bytes are
    // the portal's.
    void checkHeld(const QString& ref, int files)
    {
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_truc_tuyen = '%1'").arg(ref)),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT ma_hoso || '|' || kenh || '|' || trang_thai || '|' || (data::jsonb ->> "
                                    "'KenhThucHien') FROM dossiers WHERE ma_truc_tuyen = '%1'")
                         .arg(ref)),
                 ref + QStringLiteral("|2|1|2"));
        const QStringList shas =
            sql(QStringLiteral("SELECT l.sha256 FROM file_links l JOIN files f ON f.sha256 = l.sha256 AND f.complete"
                               " WHERE l.ma_hoso = '%1' ORDER BY l.file_name")
                    .arg(ref))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(shas.size(), files);
        for (const QString& sha : shas) {
            const QByteArray center = QByteArray::fromHex(
                sql(QStringLiteral("SELECT encode(string_agg(data, ''::bytea ORDER BY \"offset\"), 'hex')"
                                   " FROM file_chunks WHERE sha256 = '%1'")
                        .arg(sha))
                    .toLatin1());
            const QByteArray portal = portalFile(sha);
            QVERIFY(!portal.isEmpty());
            QCOMPARE(center, portal);
            QVERIFY(center.startsWith("%PDF-"));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(center, QCryptographicHash::Sha256).toHex()), sha);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
    }

    void pullsSubmissionsWithTheirFiles()
    {
        const QString a = submit(2), b = submit(0);
        QVERIFY(a.startsWith(QStringLiteral("TT-")) && b.startsWith(QStringLiteral("TT-")));
        QVERIFY(a != b);
        QByteArray out;
        QCOMPARE(pull(&out), 0);
        QVERIFY2(out.contains(a.toUtf8()) && out.contains(b.toUtf8()), out.constData());
        checkHeld(a, 2);
        checkHeld(b, 0);
        // Nothing new: nothing stored twice.
        QCOMPARE(pull(&out), 0);
        QVERIFY2(out.contains("0 online submission"), out.constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_truc_tuyen IS NOT NULL")),
                 QStringLiteral("2"));
    }

    void faultsLoseNothingAndDuplicateNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("service");
        QTest::newRow("http500 page") << "http500"
                                      << "MC_LayHoSoTrucTuyen";
        QTest::newRow("drop page") << "drop"
                                   << "MC_LayHoSoTrucTuyen";
        QTest::newRow("malformed page") << "malformed"
                                        << "MC_LayHoSoTrucTuyen";
        QTest::newRow("http503 file") << "http503"
                                      << "MC_LayTepTrucTuyen";
        QTest::newRow("drop file") << "drop"
                                   << "MC_LayTepTrucTuyen";
        QTest::newRow("malformed file") << "malformed"
                                        << "MC_LayTepTrucTuyen";
    }

    void faultsLoseNothingAndDuplicateNothing()
    {
        QFETCH(QString, fault);
        QFETCH(QString, service);
        const QString before = sql(QStringLiteral("SELECT count(*) FROM dossiers"));
        const QString ref = submit(2);
        QVERIFY(!ref.isEmpty());
        QVERIFY(m_portal.setFault(fault, QStringLiteral("1"), service));
        QByteArray out;
        QVERIFY(pull(&out) != 0);
        // Not half stored, and the failure is counted for the back-off.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers")), before);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM file_links WHERE ma_hoso = '%1'").arg(ref)),
                 QStringLiteral("0"));
        QVERIFY(sql(QStringLiteral("SELECT failures FROM online_pull")).toInt() >= 1);
        QVERIFY(m_portal.clearFault());
        QCOMPARE(pull(&out), 0);
        QVERIFY2(out.contains(ref.toUtf8()), out.constData());
        checkHeld(ref, 2);
        QCOMPARE(sql(QStringLiteral("SELECT failures FROM online_pull")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers")), QString::number(before.toInt() + 1));
    }
};

QTEST_GUILESS_MAIN(TestCenterOnline)
#include "test_centeronline.moc"
