// The portal client's HTTPS transport (app/sync/HttpsTransport.cpp) against a scripted TLS
// server in the same thread: the request as written, answers with a length, chunked or ending
// at the close, an interim 100, answers cut off or not HTTP, connection reuse, a kept-alive
// connection the server closed, the transfer timeout, and a pin refused before any byte of the
// request leaves.
#include "TestCertificates.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

// Reads requests (head and Content-Length body) from each connection and answers each with
// the script's bytes; a script may close the connection after answering.
class ScriptedServer : public QObject
{
public:
    struct Answer
    {
        QByteArray bytes;    // written as they are
        bool close = false;  // close the connection after writing
        bool silent = false; // write nothing, keep the connection open
        bool hangUp = false; // close without answering
    };
    std::function<Answer(int index)> script;
    QList<QByteArray> requests; // head and body of each complete request
    int connections = 0;
    qint64 bytesAfterHandshake = 0;

    bool listen(const TestCertificates& certs)
    {
        QFile cf(certs.serverCertificate), kf(certs.serverKey);
        if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setLocalCertificateChain(QSslCertificate::fromData(cf.readAll()));
        tls.setPrivateKey(QSslKey(kf.readAll(), QSsl::Ec));
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto* s = qobject_cast<QSslSocket*>(m_server.nextPendingConnection()))
                accept(s);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept(QSslSocket* s)
    {
        ++connections;
        s->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QSslSocket::readyRead, s, [this, s, buffer] {
            const QByteArray in = s->readAll();
            bytesAfterHandshake += in.size();
            buffer->append(in);
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qint64 length = 0;
                for (const QByteArray& line : buffer->left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                requests.append(buffer->left(end + 4 + length));
                buffer->remove(0, end + 4 + length);
                const Answer a = script(int(requests.size()) - 1);
                if (a.silent)
                    return;
                if (a.hangUp) {
                    s->disconnectFromHost();
                    return;
                }
                s->write(a.bytes);
                if (a.close) {
                    s->disconnectFromHost();
                    return;
                }
            }
        });
    }

    QSslServer m_server;
};

QByteArray ok(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace

class TestHttpsTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certs;
    std::unique_ptr<ScriptedServer> m_server;

    PortalConfig config(int timeoutMs = 5000) const
    {
        PortalConfig c;
        c.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
        c.caCertificates = QSslCertificate::fromPath(m_certs->caCertificate);
        c.timeoutMs = timeoutMs;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::make(m_dir.path(), &error);
        QVERIFY2(m_certs.has_value(), qPrintable(error));
    }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen(*m_certs));
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray json = QByteArrayLiteral("{\"error_code\":\"0\",\"Ten\":\"Sở Tư pháp\"}");
        QTest::newRow("length") << ok(json) << false << int(HttpExchange::Answered) << 200 << json;
        QTest::newRow("chunked") << QByteArray(
                                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        "5;ext=1\r\n{\"a\":\r\n3\r\n\"b\"\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                 << false << int(HttpExchange::Answered) << 200 << QByteArray("{\"a\":\"b\"}");
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"x\":1}") << true
                                     << int(HttpExchange::Answered) << 200 << QByteArray("{\"x\":1}");
        QTest::newRow("interim 100") << "HTTP/1.1 100 Continue\r\n\r\n" + ok(json) << false
                                     << int(HttpExchange::Answered) << 200 << json;
        QTest::newRow("http 503") << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 5\r\n\r\nbusy\n")
                                  << false << int(HttpExchange::Answered) << 503 << QByteArray("busy\n");
        QTest::newRow("cut mid-body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"half\":") << true
                                      << int(HttpExchange::Network) << 200 << QByteArray();
        QTest::newRow("not http") << QByteArray("SMTP ready\r\n\r\n") << true << int(HttpExchange::Network) << 0
                                  << QByteArray();
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << int(HttpExchange::Network) << 200 << QByteArray();
    }

    void answers()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, closeAfter);
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_server->script = [&](int) { return ScriptedServer::Answer{reply, closeAfter}; };
        auto transport = makeHttpsTransport(config());
        const QByteArray request = QByteArrayLiteral("{\"service\":\"LayDanhSachTTHC\"}");
        const HttpExchange x = transport->post(QStringLiteral("/mapi/g"), request);
        QCOMPARE(int(x.outcome), outcome);
        QCOMPARE(x.httpStatus, status);
        QCOMPARE(x.body, body);
        if (x.outcome != HttpExchange::Answered)
            QVERIFY(!x.error.isEmpty());
        // The request as written: one POST with its length and the body as given.
        QCOMPARE(m_server->requests.size(), 1);
        const QByteArray& r = m_server->requests.first();
        QVERIFY2(r.startsWith("POST /mapi/g HTTP/1.1\r\n"), r.constData());
        QVERIFY(
            r.contains(QByteArray(QByteArray("\r\nHost: 127.0.0.1:") + QByteArray::number(m_server->port()) + "\r\n")));
        QVERIFY(r.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(r.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(request.size()) + "\r\n")));
        QVERIFY(r.endsWith(QByteArray("\r\n\r\n" + request)));
    }

    void keptAliveAndReopened()
    {
        // The connection is kept for the next request. Request 2 meets a connection the server
        // hangs up on without answering (as one closed while idle): it goes once more on a new
        // connection, as request 3.
        m_server->script = [](int i) {
            ScriptedServer::Answer a{ok("{\"n\":" + QByteArray::number(i) + "}")};
            a.hangUp = i == 2;
            return a;
        };
        auto transport = makeHttpsTransport(config());
        const QByteArray big(3 * 1024 * 1024 + 5, 'z'); // a binary chunk, head and body apart
        const QList<QByteArray> expected{"{\"n\":0}", "{\"n\":1}", "{\"n\":3}", "{\"n\":4}"};
        for (int i = 0; i < 4; ++i) {
            const HttpExchange x = transport->post(QStringLiteral("/mapi/tep"), i == 0 ? big : QByteArray("x"), i == 0);
            QCOMPARE(int(x.outcome), int(HttpExchange::Answered));
            QCOMPARE(x.body, expected.at(i));
        }
        QCOMPARE(m_server->requests.size(), 5);
        QVERIFY(m_server->requests.at(0).contains("\r\nContent-Type: application/octet-stream\r\n"));
        QVERIFY(m_server->requests.at(0).endsWith(big));
        QCOMPARE(m_server->requests.at(3), m_server->requests.at(2));
        QCOMPARE(m_server->connections, 2);
    }

    void hungUpOnANewConnectionIsNotResent()
    {
        // Only a reused connection is tried again: a new one that fails is an answer.
        m_server->script = [](int) {
            ScriptedServer::Answer a;
            a.hangUp = true;
            return a;
        };
        const HttpExchange x = makeHttpsTransport(config())->post(QStringLiteral("/mapi/g"), QByteArrayLiteral("{}"));
        QCOMPARE(int(x.outcome), int(HttpExchange::Network));
        QCOMPARE(m_server->requests.size(), 1);
    }

    void timeout()
    {
        m_server->script = [](int) { return ScriptedServer::Answer{{}, false, true}; };
        auto transport = makeHttpsTransport(config(300));
        QElapsedTimer t;
        t.start();
        const HttpExchange x = transport->post(QStringLiteral("/mapi/g"), QByteArrayLiteral("{}"));
        QCOMPARE(int(x.outcome), int(HttpExchange::Timeout));
        QVERIFY(t.elapsed() >= 250);
        QVERIFY(t.elapsed() < 5000);
        // The next request does not reuse the abandoned connection.
        m_server->script = [](int) { return ScriptedServer::Answer{ok("{}")}; };
        QCOMPARE(int(transport->post(QStringLiteral("/mapi/g"), QByteArrayLiteral("{}")).outcome),
                 int(HttpExchange::Answered));
        QCOMPARE(m_server->connections, 2);
    }

    void pinRefusedBeforeTheRequestLeaves()
    {
        m_server->script = [](int) { return ScriptedServer::Answer{ok("{}")}; };
        PortalConfig c = config();
        c.pinSha256 = QCryptographicHash::hash("not the server's key", QCryptographicHash::Sha256);
        auto transport = makeHttpsTransport(c);
        const HttpExchange x =
            transport->post(QStringLiteral("/mapi/login"), QByteArrayLiteral("{\"password\":\"p\"}"));
        QCOMPARE(int(x.outcome), int(HttpExchange::Tls));
        QVERIFY(!x.error.isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_server->bytesAfterHandshake, 0);
        QVERIFY(m_server->requests.isEmpty());
    }

    void untrustedCertificate()
    {
        m_server->script = [](int) { return ScriptedServer::Answer{ok("{}")}; };
        PortalConfig c = config();
        QString error;
        const auto other = TestCertificates::make(m_dir.path(), &error, QStringLiteral("other-"));
        QVERIFY2(other.has_value(), qPrintable(error));
        c.caCertificates = QSslCertificate::fromPath(other->caCertificate);
        const HttpExchange x = makeHttpsTransport(c)->post(QStringLiteral("/mapi/login"), QByteArrayLiteral("{}"));
        QCOMPARE(int(x.outcome), int(HttpExchange::Tls));
        QVERIFY(m_server->requests.isEmpty());
    }

    void nobodyListening()
    {
        PortalConfig c = config(2000);
        m_server.reset(); // the port is closed now
        const HttpExchange x = makeHttpsTransport(c)->post(QStringLiteral("/mapi/g"), QByteArrayLiteral("{}"));
        QCOMPARE(int(x.outcome), int(HttpExchange::Network));
        QCOMPARE(x.httpStatus, 0);
        QVERIFY(!x.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpsTransport)
#include "test_httpstransport.moc"
