// The servers' listening side (app/portal/PortalListener): requests too large refused from their
// headers before the body is read, chunked bodies cut at the same limit, a request within the
// limits served as before, and one port shared by several servers.
#include "PortalHttp.h"
#include "TestCertificates.h"
#include "portal/PortalListener.h"
#include "portal/PortalServer.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

class TestPortalListener : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certs;
    std::unique_ptr<PortalServer> m_server;
    quint16 m_port = 0;

    std::unique_ptr<PortalServer> makeServer(const QString& name)
    {
        PortalServerConfig config;
        config.username = QStringLiteral("u");
        config.password = QStringLiteral("p");
        auto server = std::make_unique<PortalServer>(config);
        if (!server->open(m_dir.filePath(name)) || !server->setTls(m_certs->serverCertificate, m_certs->serverKey))
            return nullptr;
        return server;
    }

    // A TLS connection to the server, handshake done.
    std::unique_ptr<QSslSocket> connectTls(quint16 port)
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration c = socket->sslConfiguration();
        c.setCaCertificates(QSslCertificate::fromPath(m_certs->caCertificate));
        socket->setSslConfiguration(c);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!waitFor([&] { return socket->isEncrypted(); }, 5000))
            return nullptr;
        return socket;
    }

    // Spins the event loop (the server runs in it) until `done` or the time is up.
    template<typename F> static bool waitFor(F done, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QTest::qWait(5);
        return done();
    }

    // What the server answers to `bytes` sent, then `more` written in pieces while the
    // connection stays open; the status line's code (0: none within the time).
    static int answer(QSslSocket& socket, const QByteArray& bytes, const QByteArray& more = {},
                      QByteArray* all = nullptr)
    {
        socket.write(bytes);
        QByteArray got;
        qsizetype sent = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 8000) {
            if (sent < more.size() && socket.state() == QAbstractSocket::ConnectedState &&
                socket.bytesToWrite() < 256 * 1024) {
                socket.write(more.mid(sent, 64 * 1024));
                sent += 64 * 1024;
            }
            QTest::qWait(2);
            got += socket.readAll();
            if (got.contains("\r\n\r\n") && (socket.state() == QAbstractSocket::UnconnectedState ||
                                             !got.contains("Connection: close") || got.endsWith('\n')))
                break;
        }
        if (all)
            *all = got;
        if (!got.startsWith("HTTP/1.1 "))
            return 0;
        return got.mid(9, 3).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::make(m_dir.path(), &error);
        QVERIFY2(m_certs, qPrintable(error));
        m_server = makeServer(QStringLiteral("portal.db"));
        QVERIFY(m_server);
        auto port = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = *port;
    }

    void refusedFromTheHeaders_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST /mapi/g HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
        QTest::newRow("declared 100 MB") << start + "Content-Length: 104857600\r\n\r\n" << 413;
        QTest::newRow("declared one byte over")
            << start + "Content-Length: " + QByteArray::number(PortalListener::kMaxBody + 1) + "\r\n\r\n"
            << 413;
        QTest::newRow("declared 9 GB") << start + "Content-Length: 9663676416\r\n\r\n" << 413;
        QTest::newRow("head of 20 KiB") << start + "X-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n" << 431;
        QTest::newRow("head never ending") << start + QByteArray(PortalListener::kMaxHead + 10, 'b') << 431;
    }

    // Only the head is sent: the answer comes without a byte of the body, and the connection ends.
    void refusedFromTheHeaders()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        auto socket = connectTls(m_port);
        QVERIFY(socket);
        QByteArray all;
        QCOMPARE(answer(*socket, head, {}, &all), status);
        QVERIFY(all.contains("Connection: close"));
        QVERIFY(waitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    // No length declared: the body is counted as it comes and cut at the limit.
    void chunkedBodyCut()
    {
        auto socket = connectTls(m_port);
        QVERIFY(socket);
        QByteArray body;
        const QByteArray piece(1024 * 1024, 'x');
        for (int i = 0; i < 10; ++i)
            body += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        const QByteArray head = "POST /mapi/g HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        QCOMPARE(answer(*socket, head, body), 413);
    }

    // Within the limits the request reaches the portal as before, also after refusals, and a
    // large body (4 MiB, an attachment chunk's size) is still read whole.
    void withinLimitsServed()
    {
        auto socket = connectTls(m_port);
        QVERIFY(socket);
        const QByteArray body = "{\"username\":\"u\",\"password\":\"p\"}";
        QByteArray all;
        QCOMPARE(answer(*socket,
                        "POST /mapi/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body,
                        {}, &all),
                 200);
        QVERIFY(all.contains("session"));

        QList<QSslCertificate> ca = QSslCertificate::fromPath(m_certs->caCertificate);
        QUrl base(QStringLiteral("https://127.0.0.1"));
        base.setPort(m_port);
        PortalHttp http(base, ca.first());
        const auto big =
            http.postRaw(QStringLiteral("/mapi/g"), QByteArray(4 * 1024 * 1024, ' '), "application/json", {}, 20000);
        QCOMPARE(big.status, 200);
        QVERIFY(big.isJson);
        QVERIFY(!http.login(QStringLiteral("u"), QStringLiteral("p")).isEmpty());
    }

    // Two servers on one port when both ask for it; without it the second is refused.
    void sharedPort()
    {
        auto a = makeServer(QStringLiteral("a.db"));
        auto b = makeServer(QStringLiteral("b.db"));
        auto c = makeServer(QStringLiteral("c.db"));
        QVERIFY(a && b && c);
        auto pa = a->start(QHostAddress::LocalHost, 0, true);
        QVERIFY(pa.ok());
        auto pb = b->start(QHostAddress::LocalHost, *pa, true);
        QVERIFY2(pb.ok(), pb ? "" : qPrintable(pb.error().message));
        QCOMPARE(*pb, *pa);
        QVERIFY(!c->start(QHostAddress::LocalHost, *pa, false).ok());

        // Connections reach both.
        QList<QSslCertificate> ca = QSslCertificate::fromPath(m_certs->caCertificate);
        QUrl base(QStringLiteral("https://127.0.0.1"));
        base.setPort(*pa);
        for (int i = 0; i < 40 && (a->requestCount() == 0 || b->requestCount() == 0); ++i) {
            auto socket = connectTls(*pa);
            QVERIFY(socket);
            const QByteArray body = "{\"username\":\"u\",\"password\":\"p\"}";
            QCOMPARE(answer(*socket, "POST /mapi/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                     "Content-Type: application/json\r\nContent-Length: " +
                                         QByteArray::number(body.size()) + "\r\n\r\n" + body),
                     200);
        }
        QVERIFY(a->requestCount() > 0);
        QVERIFY(b->requestCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalListener)
#include "test_portallistener.moc"
