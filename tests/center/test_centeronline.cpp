// Online submissions: filed on the reference portal, pulled by `motcua-center pull-online` into
// the center's dossiers with their files byte for byte, exactly once, also under faults.
#include "PortalFixture.h"
#include "portal/PortalOnline.h"
#include "portal/PortalServer.h"
#include "portal/PortalServices.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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

    static QString sqlAt(PortalFixture& center, const QString& query)
    {
        QByteArray out;
        if (center.cluster()->client(
                QStringLiteral("psql"),
                {QStringLiteral("-d"), center.cluster()->conninfo(), QStringLiteral("-tAc"), query}, &out) != 0)
            return QStringLiteral("<psql failed>");
        return QString::fromUtf8(out).trimmed();
    }
    QString sql(const QString& query) { return sqlAt(m_center, query); }

    // Files a submission in-process on the portal's own database, as a citizen would online.
    QString submit(int files)
    {
        motcua::PortalServerConfig config;
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
        motcua::PortalServerConfig config;
        PortalServer server(config);
        if (!server.open(m_portal.databasePath()))
            return {};
        auto chunk = server.store().online()->chunk(sha, 0, 64 * 1024 * 1024);
        return chunk && *chunk ? (*chunk)->data : QByteArray();
    }

    // The settings that point a center at the portal for its pull.
    QStringList pullSettings() const
    {
        return {QStringLiteral("--set"), QStringLiteral("online_url=") + m_portal.url().toString(),
                QStringLiteral("--set"), QStringLiteral("national_ca=") + m_portal.caPath(),
                QStringLiteral("--set"), QStringLiteral("national_username=") + m_portal.username(),
                QStringLiteral("--set"), QStringLiteral("national_password=") + m_portal.password()};
    }

    int pull(QByteArray* out = nullptr, const QStringList& more = {})
    {
        return m_center.centerCommand(
            QStringList{QStringLiteral("pull-online"), QStringLiteral("--lang"), QStringLiteral("en")} +
                pullSettings() + more,
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

    // A station's decision on `ref`: the center's record made into the DongBoHoSoMC update a
    // workstation sends (code `code`, workstation state `to`, national status `status`).
    // `isUpdating` "False" is how a workstation sends an acceptance: the new code was never sent.
    PortalHttp::Result decide(const QString& session, const QString& ref, const QString& code, const QString& to,
                              const QString& status, const QString& isUpdating = QStringLiteral("True"))
    {
        QJsonObject r =
            QJsonDocument::fromJson(
                sql(QStringLiteral("SELECT data FROM dossiers WHERE ma_truc_tuyen = '%1'").arg(ref)).toUtf8())
                .object();
        r.insert(QStringLiteral("MaHoSo"), code);
        r.insert(QStringLiteral("TrangThaiHoSo"), status);
        r.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("20261207100000"));
        r.insert(QStringLiteral("NgayHenTra"), QStringLiteral("20261210170000"));
        r.insert(QStringLiteral("MC_MaHoSoTrucTuyen"), ref);
        r.insert(QStringLiteral("MC_TrangThaiTruoc"), QStringLiteral("submitted"));
        r.insert(QStringLiteral("MC_TrangThaiMoi"), to);
        return m_center.http().call(
            session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"),
            {{QStringLiteral("isUpdating"), isUpdating}, {QStringLiteral("data"), QJsonArray{r}}});
    }

    // A second station's session: enrolled and joined now.
    QString secondStation()
    {
        QByteArray code;
        if (m_center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QStringLiteral("2")},
                                   &code) != 0)
            return {};
        const PortalHttp::Result r = m_center.http().post(QStringLiteral("/center/join"),
                                                          {{QStringLiteral("code"), QString::fromUtf8(code).trimmed()},
                                                           {QStringLiteral("name"), QStringLiteral("Quầy 2")}});
        return m_center.http().login(r.json.value(QLatin1String("username")).toString(),
                                     r.json.value(QLatin1String("password")).toString());
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

    // Two counters decide one submission while apart: the first decision wins, its resend is
    // accepted, a second code or a refusal afterwards is refused with 16 naming the dossier.
    void firstDecisionWins()
    {
        const QString ref = submit(1);
        QVERIFY(!ref.isEmpty());
        QCOMPARE(pull(), 0);
        const QString one = m_center.http().login(m_center.username(), m_center.password());
        const QString two = secondStation();
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        const QString a = QStringLiteral("000.00.00.H34-261207-0101"), b = QStringLiteral("000.00.00.H34-261207-5001");

        // Sent as an add, as the workstation sends it: the submission moves to the new code, no
        // second row is made.
        PortalHttp::Result r =
            decide(one, ref, a, QStringLiteral("received"), QStringLiteral("2"), QStringLiteral("False"));
        QVERIFY2(r.code() == QLatin1String("0"), r.body.constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_hoso IN ('%1', '%2')").arg(a, ref)),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT ma_hoso || '|' || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'")
                         .arg(ref)),
                 a + QStringLiteral("|2"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM file_links WHERE ma_hoso = '%1'").arg(a)),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM file_links WHERE ma_hoso = '%1'").arg(ref)),
                 QStringLiteral("0"));
        // The same decision again (its answer lost) is a resend, as an add or an update.
        r = decide(one, ref, a, QStringLiteral("received"), QStringLiteral("2"), QStringLiteral("False"));
        QVERIFY2(r.code() == QLatin1String("0"), r.body.constData());
        r = decide(one, ref, a, QStringLiteral("received"), QStringLiteral("2"));
        QVERIFY2(r.code() == QLatin1String("0"), r.body.constData());

        r = decide(two, ref, b, QStringLiteral("received"), QStringLiteral("2"), QStringLiteral("False"));
        QCOMPARE(r.code(), QStringLiteral("16"));
        QVERIFY2(r.json.value(QLatin1String("error_message")).toString().contains(b), r.body.constData());
        r = decide(two, ref, ref, QStringLiteral("refused"), QStringLiteral("3"));
        QCOMPARE(r.code(), QStringLiteral("16"));
        QVERIFY2(r.json.value(QLatin1String("error_message")).toString().contains(ref), r.body.constData());

        QCOMPARE(sql(QStringLiteral("SELECT string_agg(ma_hoso, ',') FROM dossiers WHERE ma_truc_tuyen = '%1' OR"
                                    " ma_hoso IN ('%1', '%2')")
                         .arg(ref, b)),
                 a);
        // The feed names the reference beside the new code.
        const PortalHttp::Result feed =
            m_center.http().call(one, m_center.madonvi(), QStringLiteral("MC_LayHoSoTrungTam"),
                                 {{QStringLiteral("TuMoc"), QStringLiteral("0")}});
        QVERIFY(feed.body.contains(QByteArray(QByteArray("\"MaHoSoTrucTuyen\":\"") + ref.toUtf8() + QByteArray("\""))));
    }

    // The national system behind a gateway that wants an OAuth2 bearer token (the double's
    // bearer switch): without national_token, or with another, the pull is refused, stores
    // nothing and records why; with it, the submission comes.
    void pullSendsTheGatewayToken()
    {
        const QString ref = submit(1);
        QVERIFY(!ref.isEmpty());
        QVERIFY(m_portal.setNationalMode({{QStringLiteral("bearer"), QStringLiteral("gateway-token-1")}}));
        QByteArray out;
        for (const QStringList& token :
             {QStringList{}, QStringList{QStringLiteral("--set"), QStringLiteral("national_token=another-token")}}) {
            QCOMPARE(pull(&out, token), 1);
            QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM dossiers WHERE ma_truc_tuyen = '%1'").arg(ref)),
                     QStringLiteral("0"));
            QVERIFY2(sql(QStringLiteral("SELECT last_error FROM online_pull")).contains(QStringLiteral("error 1")),
                     qPrintable(sql(QStringLiteral("SELECT last_error FROM online_pull"))));
        }
        QCOMPARE(pull(&out, {QStringLiteral("--set"), QStringLiteral("national_token=gateway-token-1")}), 0);
        QVERIFY2(out.contains(ref.toUtf8()), out.constData());
        checkHeld(ref, 1);
        QVERIFY(m_portal.setNationalMode({{QStringLiteral("bearer"), QString()}}));
    }

    // `serve` pulls by itself, every online_interval_secs, with the gateway's token: a submission
    // filed after its first pass arrives without pull-online.
    void servePullsByItself()
    {
        QVERIFY(m_portal.setNationalMode({{QStringLiteral("bearer"), QStringLiteral("gateway-token-2")}}));
        PortalFixture serving(pullSettings() +
                                  QStringList{QStringLiteral("--set"), QStringLiteral("national_token=gateway-token-2"),
                                              QStringLiteral("--set"), QStringLiteral("online_interval_secs=1")},
                              PortalFixture::Server::Center);
        QVERIFY2(serving.start(), qPrintable(serving.errorString()));
        // Its first pass took what was filed before it started.
        QTRY_COMPARE_WITH_TIMEOUT(sqlAt(serving, QStringLiteral("SELECT updated_at > 0 FROM online_pull")),
                                  QStringLiteral("t"), 20000);
        // The pass stores each submission with the cursor, so a cursor moved does not mean the pass
        // is over: the count is read once it holds still for longer than the interval.
        QString before = sqlAt(serving, QStringLiteral("SELECT count(*) FROM dossiers"));
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(1500);
            const QString again = sqlAt(serving, QStringLiteral("SELECT count(*) FROM dossiers"));
            if (again == before)
                break;
            before = again;
        }
        QVERIFY(before.toInt() > 0);
        const QString ref = submit(2);
        QVERIFY(!ref.isEmpty());
        // Well within the default minute: the setting is read.
        QTRY_COMPARE_WITH_TIMEOUT(
            sqlAt(serving, QStringLiteral("SELECT count(*) FROM file_links WHERE ma_hoso = '%1'").arg(ref)),
            QStringLiteral("2"), 15000);
        QCOMPARE(sqlAt(serving,
                       QStringLiteral("SELECT kenh || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'").arg(ref)),
                 QStringLiteral("21"));
        QCOMPARE(sqlAt(serving, QStringLiteral("SELECT count(*) FROM dossiers")), QString::number(before.toInt() + 1));
        QCOMPARE(sqlAt(serving, QStringLiteral("SELECT failures FROM online_pull")), QStringLiteral("0"));
        serving.stop();
        QVERIFY(m_portal.setNationalMode({{QStringLiteral("bearer"), QString()}}));
    }

    // A refusal first: the submission keeps its reference as its code; an acceptance afterwards is refused.
    void refusalKeepsTheReference()
    {
        const QString ref = submit(0);
        QCOMPARE(pull(), 0);
        const QString one = m_center.http().login(m_center.username(), m_center.password());
        PortalHttp::Result r = decide(one, ref, ref, QStringLiteral("refused"), QStringLiteral("3"));
        QVERIFY2(r.code() == QLatin1String("0"), r.body.constData());
        QCOMPARE(sql(QStringLiteral("SELECT ma_hoso || '|' || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'")
                         .arg(ref)),
                 ref + QStringLiteral("|3"));
        r = decide(one, ref, QStringLiteral("000.00.00.H34-261207-0102"), QStringLiteral("received"),
                   QStringLiteral("2"));
        QCOMPARE(r.code(), QStringLiteral("16"));
    }
};

QTEST_GUILESS_MAIN(TestCenterOnline)
#include "test_centeronline.moc"
