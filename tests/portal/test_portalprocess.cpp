// motcua-portal as its executable, through the fixture client tests use (PortalFixture):
// start, TLS pinning, faults switched at run time, central decisions, restart, command line.
#include "PortalFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::test;

namespace {

QJsonObject add(const QString& code)
{
    return PortalHttp::sampleAdd(code);
}

int runPortal(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MOTCUA_PORTAL_PATH), args);
    if (!p.waitForFinished(20000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

} // namespace

class TestPortalProcess : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_portal;
    QString m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
        QVERIFY(m_portal.port() > 0);
        QVERIFY(!m_portal.caCertificate().isNull());
        m_session = m_portal.http().login(m_portal.username(), m_portal.password());
        QVERIFY(!m_session.isEmpty());
    }

    void storesAndCounts()
    {
        const QString code = QStringLiteral("000.00.00.H34-260213-0001");
        QCOMPARE(m_portal.http().call(m_session, m_portal.madonvi(), QStringLiteral("DongBoHoSoMC"), add(code)).code(),
                 QStringLiteral("0"));
        QCOMPARE(m_portal.dossierCount(), 1);
        const QJsonObject detail = m_portal.dossier(code);
        QCOMPARE(detail.value(QLatin1String("dossier")).toObject().value(QLatin1String("ChuHoSo")).toString(),
                 QStringLiteral("Trần Thị B"));
        QVERIFY(m_portal.dossier(QStringLiteral("000.00.00.H34-260213-0404")).isEmpty());
    }

    void faultsSwitchAtRunTime()
    {
        QVERIFY(m_portal.setFault(QStringLiteral("http503"), QStringLiteral("2")));
        auto& http = m_portal.http();
        QCOMPARE(http.call(m_session, m_portal.madonvi(), QStringLiteral("LayDanhSachTTHC")).status, 503);
        QCOMPARE(http.call(m_session, m_portal.madonvi(), QStringLiteral("LayDanhSachTTHC")).status, 503);
        QCOMPARE(http.call(m_session, m_portal.madonvi(), QStringLiteral("LayDanhSachTTHC")).code(),
                 QStringLiteral("0"));
        QVERIFY(m_portal.setFault(QStringLiteral("drop"), QString(), QStringLiteral("DongBoHoSoMC")));
        const auto dropped = http.call(m_session, m_portal.madonvi(), QStringLiteral("DongBoHoSoMC"),
                                       add(QStringLiteral("000.00.00.H34-260213-0002")));
        QVERIFY(!dropped.isJson);
        QVERIFY(m_portal.clearFault());
        QCOMPARE(m_portal.dossierCount(), 2); // processed before the connection was dropped
        QVERIFY(!m_portal.setFault(QStringLiteral("teapot")));
        QVERIFY(m_portal.stats().value(QLatin1String("faults_fired")).toString().toInt() >= 3);
    }

    void decisionsReachTheCounter()
    {
        const QString code = QStringLiteral("000.00.00.H34-260213-0001");
        QVERIFY(m_portal.decide(code, QStringLiteral("10"), QStringLiteral("Đã trả kết quả")));
        QVERIFY(!m_portal.decide(QStringLiteral("000.00.00.H34-260213-0999"), QStringLiteral("9")));
        const auto r = m_portal.http().call(m_session, m_portal.madonvi(), QStringLiteral("MC_LayTrangThai"));
        const QJsonObject change = r.json.value(QLatin1String("result")).toArray().at(0).toObject();
        QCOMPARE(change.value(QLatin1String("TrangThaiHoSo")).toString(), QStringLiteral("10"));
        QCOMPARE(change.value(QLatin1String("NgayTra")).toString().size(), 14);
    }

    void wrongPinnedCertificateIsRefused()
    {
        QTemporaryDir other;
        QString error;
        const auto certs = TestCertificates::make(other.path(), &error, QStringLiteral("other-"));
        QVERIFY2(certs.has_value(), qPrintable(error));
        PortalHttp stranger(m_portal.url(), QSslCertificate::fromPath(certs->caCertificate).first());
        const auto r =
            stranger.post(QStringLiteral("/mapi/login"), {{QStringLiteral("username"), m_portal.username()},
                                                          {QStringLiteral("password"), m_portal.password()}});
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
    }

    void restartKeepsDataAndEndsSessions()
    {
        const quint16 port = m_portal.port();
        QVERIFY2(m_portal.restart(), qPrintable(m_portal.errorString()));
        QCOMPARE(m_portal.port(), port);
        QCOMPARE(m_portal.dossierCount(), 2);
        QCOMPARE(m_portal.http().call(m_session, m_portal.madonvi(), QStringLiteral("LayDanhSachTTHC")).code(),
                 QStringLiteral("2"));
        m_session = m_portal.http().login(m_portal.username(), m_portal.password());
        QVERIFY(m_portal.expireSessions());
        QCOMPARE(m_portal.http().call(m_session, m_portal.madonvi(), QStringLiteral("LayDanhSachTTHC")).code(),
                 QStringLiteral("2"));
    }

    void answersInItsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expired");
        QTest::addColumn<QString>("title");
        // Vietnamese unless told otherwise, as the national portal answers.
        QTest::newRow("default") << QString()
                                 << QStringLiteral("Phiên không xác định hoặc đã hết hạn; hãy đăng nhập lại.")
                                 << QStringLiteral("<h1>Cổng dịch vụ công tham chiếu</h1>");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("The session is unknown or expired; log in again.")
                            << QStringLiteral("<h1>Reference portal</h1>");
    }

    void answersInItsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expired);
        QFETCH(QString, title);
        PortalFixture portal(lang.isEmpty() ? QStringList() : QStringList{QStringLiteral("--lang"), lang});
        QVERIFY2(portal.start(), qPrintable(portal.errorString()));
        const auto r = portal.http().call(QStringLiteral("00ff"), portal.madonvi(), QStringLiteral("LayDanhSachTTHC"));
        QCOMPARE(r.code(), QStringLiteral("2"));
        QCOMPARE(r.json.value(QLatin1String("error_message")).toString(), expired);
        const auto page = portal.http().get(QStringLiteral("/"));
        QCOMPARE(page.status, 200);
        QVERIFY2(QString::fromUtf8(page.body).contains(title), page.body.left(400).constData());
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QCOMPARE(runPortal({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}), 2); // no --db
        const QString db = dir.filePath(QStringLiteral("p.db"));
        QCOMPARE(runPortal({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fr")}), 2);
        QCOMPARE(runPortal({QStringLiteral("--db"), db, QStringLiteral("--fault"), QStringLiteral("teapot:3")}), 2);
        QCOMPARE(runPortal({QStringLiteral("--db"), db}), 2); // HTTPS only: no certificate
        // Offline bundle import, twice: the second changes nothing.
        const QJsonObject request{{QStringLiteral("service"), QStringLiteral("DongBoHoSoMC")},
                                  {QStringLiteral("isUpdating"), QStringLiteral("False")},
                                  {QStringLiteral("data"),
                                   QJsonArray{PortalHttp::sampleDossier(QStringLiteral("000.00.00.H34-260214-5001"))}}};
        QFile bundle(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("motcua-bundle")},
                                               {QStringLiteral("version"), QStringLiteral("1")},
                                               {QStringLiteral("madonvi"), m_portal.madonvi()},
                                               {QStringLiteral("requests"), QJsonArray{request}}})
                         .toJson());
        bundle.close();
        for (int round = 0; round < 2; ++round) {
            QByteArray out;
            QCOMPARE(
                runPortal({QStringLiteral("--db"), db, QStringLiteral("--import-bundle"), bundle.fileName()}, &out), 0);
            const QJsonObject r = QJsonDocument::fromJson(out).object();
            QCOMPARE(r.value(QLatin1String("SoYeuCau")).toString(), QStringLiteral("1"));
            QCOMPARE(r.value(QLatin1String("SoLoi")).toString(), QStringLiteral("0"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPortalProcess)
#include "test_portalprocess.moc"
