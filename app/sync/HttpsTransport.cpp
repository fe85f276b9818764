// HTTPS transport of the portal client (PortalTransport.h): HTTP/1.1 over one kept-alive
// QSslSocket with Nagle's algorithm off.
//
// Why not QNetworkAccessManager: it writes a request's head and its body separately and gives
// no hook to turn Nagle off, so on a kept-alive connection the end of every body waited for
// the server's delayed ACK (~40 ms on Linux, up to 200 ms on Windows servers): with many small
// requests that was most of the time a sync pass took. Here the socket has TCP_NODELAY, and
// a request is not written before the connection is encrypted and its key checked against
// the pin, so no byte of it ever reaches a portal that fails the pin.

#include "core/Logging.h"
#include "sync/HttpResponseReader.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace motcua {

namespace {

// What went wrong on the connection, as a clause for "The portal cannot be reached: %1" —
// in the interface language and saying what to check, never the socket's English text.
QString socketErrorText(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "its server refused the connection (the server is not running, or "
                                           "the address or port is wrong). Work goes on offline and is sent "
                                           "later; if this lasts, call the administrator");
    case QAbstractSocket::HostNotFoundError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "its address could not be found (check the network cable or "
                                           "Wi-Fi and the portal's address). Work goes on offline and is "
                                           "sent later");
    case QAbstractSocket::RemoteHostClosedError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "its server closed the connection. It is tried again by itself");
    case QAbstractSocket::SocketTimeoutError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the connection took too long. It is tried again by itself");
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::TemporaryError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the network is not available (check the network cable or "
                                           "Wi-Fi). Work goes on offline and is sent later");
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the network's proxy did not let the connection through; call "
                                           "the administrator");
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QCoreApplication::translate("motcua::HttpsTransport", "the secure connection could not be set up");
    case QAbstractSocket::SocketResourceError:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "this computer has run out of network resources; restart the "
                                           "app");
    default:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the connection failed (code %1). It is tried again by itself")
            .arg(static_cast<int>(error));
    }
}

// A certificate problem as a short phrase in the interface language.
QString sslErrorText(const QSslError& e)
{
    switch (e.error()) {
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("motcua::HttpsTransport", "the certificate has expired");
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the certificate is not valid yet (check this computer's date)");
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("motcua::HttpsTransport", "the certificate is for another address");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return QCoreApplication::translate("motcua::HttpsTransport",
                                           "the certificate is not signed by the configured authority");
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("motcua::HttpsTransport", "the certificate has been revoked");
    default:
        return QCoreApplication::translate("motcua::HttpsTransport", "the certificate was refused (code %1)")
            .arg(static_cast<int>(e.error()));
    }
}

class HttpsTransport final : public PortalTransport
{
public:
    explicit HttpsTransport(const PortalConfig& config)
        : m_config(config)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // Only the pinned CA, never the system's: with a key pin alone the list is empty, so the
        // chain fails and is accepted only for the pinned key (sslErrors below); with neither,
        // nothing is trusted.
        m_ssl.setCaCertificates(config.caCertificates);
    }

    ~HttpsTransport() override { drop(); }

    using PortalTransport::post;
    HttpExchange post(const QString& path, const QByteArray& body, bool binary) override
    {
        start(path, body, binary);
        return finish();
    }

    void start(const QString& path, const QByteArray& body, bool binary) override
    {
        m_path = path;
        m_body = body; // shared, not copied: the caller keeps it alive until finish()
        m_binary = binary;
        m_started = true;
        m_retried = false;
        send();
    }

    HttpExchange finish() override
    {
        if (!m_started) {
            HttpExchange out;
            out.error = QCoreApplication::translate("motcua::HttpsTransport", "No request was sent to the portal.");
            return out;
        }
        m_started = false;
        HttpExchange out = await();
        // A kept-alive connection the portal had closed while idle fails before any answer:
        // the request goes once more on a new connection (every portal call is idempotent).
        if (out.outcome == HttpExchange::Network && m_reused && !m_reader.started() && !m_retried) {
            m_retried = true;
            qCDebug(lcSync) << "kept-alive connection closed by the portal; sending again";
            drop();
            send();
            out = await();
        }
        // A connection is kept only when the answer ended cleanly after the whole request left
        // (a portal may answer early, an error before the body is read).
        const bool unsent = m_socket && (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0);
        m_body = QByteArray();
        if (out.outcome != HttpExchange::Answered || !m_reader.keepAlive() || unsent)
            drop();
        return out;
    }

    void waitSent() override
    {
        if (!m_started || sent() || ended())
            return;
        m_waitingSent = true;
        runLoop();
        m_waitingSent = false;
    }

private:
    // The request is written and has left this process for the kernel.
    bool sent() const
    {
        return m_written && m_socket && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0;
    }

    bool ended() const
    {
        return m_failure || !m_socket || m_socket->state() == QAbstractSocket::UnconnectedState ||
               m_reader.state() == HttpResponseReader::Done || m_reader.state() == HttpResponseReader::Bad;
    }

    // Opens the connection if needed and writes the request once it is encrypted and pinned.
    void send()
    {
        m_reader.reset();
        m_failure.reset();
        m_written = false;
        m_reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->isEncrypted();
        if (!m_reused) {
            drop();
            connectSocket();
        } else {
            write();
        }
    }

    void connectSocket()
    {
        m_socket = std::make_unique<QSslSocket>();
        m_tlsError.clear();
        m_pinRefused = false;
        QSslSocket* s = m_socket.get();
        s->setSslConfiguration(m_ssl);
        s->setReadBufferSize(0);
        QObject::connect(s, &QSslSocket::connected, s, [s] {
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            s->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        });
        QObject::connect(s, &QSslSocket::sslErrors, s, [this, s](const QList<QSslError>& errors) {
            // With a key pin and no CA pin, a self-signed portal is trusted by its key alone:
            // chain errors are ignored only when the presented key is the pinned one.
            if (!m_config.pinSha256.isEmpty() && m_config.caCertificates.isEmpty() &&
                keyMatches(s->peerCertificate())) {
                s->ignoreSslErrors(errors);
                return;
            }
            QStringList texts;
            for (const QSslError& e : errors) {
                if (!texts.contains(sslErrorText(e)))
                    texts.append(sslErrorText(e));
            }
            m_tlsError = texts.join(QStringLiteral("; "));
        });
        QObject::connect(s, &QSslSocket::encrypted, s, [this, s] {
            if (!m_config.pinSha256.isEmpty() && !keyMatches(s->peerCertificate())) {
                m_pinRefused = true;
                s->abort();
                finishWith(HttpExchange::Tls);
                return;
            }
            write();
        });
        QObject::connect(s, &QSslSocket::readyRead, s, [this, s] {
            armTimer();
            m_reader.feed(s->readAll());
            if (m_reader.state() == HttpResponseReader::Done || m_reader.state() == HttpResponseReader::Bad)
                quit();
        });
        QObject::connect(s, &QSslSocket::encryptedBytesWritten, s, [this](qint64) {
            armTimer();
            if (m_waitingSent && sent())
                quit();
        });
        QObject::connect(s, &QSslSocket::disconnected, s, [this] {
            m_reader.closed();
            quit();
        });
        QObject::connect(s, &QSslSocket::errorOccurred, s, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                m_reader.closed();
            quit();
        });
        s->connectToHostEncrypted(m_config.url.host(), static_cast<quint16>(m_config.url.port(443)));
    }

    void write()
    {
        if (m_written || !m_socket)
            return;
        m_written = true;
        // The path replaces the URL's own (PROTOCOL.md: /mapi/login, /mapi/g, /mapi/tep).
        const QUrl& url = m_config.url;
        const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        QByteArray head;
        head.reserve(256);
        head += "POST " + m_path.toUtf8() + " HTTP/1.1\r\nHost: " + (host.contains(':') ? '[' + host + ']' : host);
        if (url.port() > 0 && url.port() != 443)
            head += ':' + QByteArray::number(url.port());
        head += m_binary ? "\r\nContent-Type: application/octet-stream" : "\r\nContent-Type: application/json";
        if (!m_config.bearerToken.isEmpty())
            head += "\r\nAuthorization: Bearer " + m_config.bearerToken;
        head += "\r\nAccept: application/json\r\nCharset: utf-8\r\nConnection: keep-alive\r\nContent-Length: " +
                QByteArray::number(m_body.size()) + "\r\n\r\n";
        // Small bodies go with their head in one write (one TLS record, one segment).
        if (m_body.size() <= 16 * 1024) {
            m_socket->write(head + m_body);
        } else {
            m_socket->write(head);
            m_socket->write(m_body);
        }
    }

    // Runs a local event loop (in the calling thread) until the answer is complete, the
    // connection fails or the transfer timeout fires.
    HttpExchange await()
    {
        if (!ended())
            runLoop();
        return outcome();
    }

    // The local event loop, until quit() (an answer, a failure, the request sent while
    // waitSent() waits) or the transfer timeout. Other connections of the thread move too.
    void runLoop()
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [this] { finishWith(HttpExchange::Timeout); });
        m_loop = &loop;
        m_timer = &timer;
        armTimer();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_loop = nullptr;
        m_timer = nullptr;
    }

    void quit()
    {
        if (m_loop)
            m_loop->quit();
    }

    HttpExchange outcome()
    {
        HttpExchange out;
        out.httpStatus = m_reader.status();
        if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError)
            qCDebug(lcSync).noquote() << "socket:" << m_socket->errorString();
        const QString socketError =
            m_socket ? socketErrorText(m_socket->error()) : socketErrorText(QAbstractSocket::UnknownSocketError);
        if (m_pinRefused || (m_failure && *m_failure == HttpExchange::Tls)) {
            out.outcome = HttpExchange::Tls;
            out.error = QCoreApplication::translate(
                "motcua::HttpsTransport",
                "The portal presented a certificate whose key is not the pinned one; sync is stopped.");
        } else if (!m_tlsError.isEmpty() ||
                   (m_socket && m_socket->error() == QAbstractSocket::SslHandshakeFailedError)) {
            out.outcome = HttpExchange::Tls;
            out.error = QCoreApplication::translate("motcua::HttpsTransport",
                                                    "The portal's certificate is not trusted (%1); sync is stopped.")
                            .arg(m_tlsError.isEmpty() ? socketError : m_tlsError);
        } else if (m_failure && *m_failure == HttpExchange::Timeout) {
            out.outcome = HttpExchange::Timeout;
            out.error = QCoreApplication::translate("motcua::HttpsTransport", "The portal did not answer within %1 s.")
                            .arg(m_config.timeoutMs / 1000.0);
        } else if (m_reader.state() == HttpResponseReader::Done) {
            out.outcome = HttpExchange::Answered;
            out.body = m_reader.body();
        } else if (m_reader.status() >= 200) {
            // The status line came, the body did not end: dropped mid-body.
            out.outcome = HttpExchange::Network;
            out.error = QCoreApplication::translate("motcua::HttpsTransport", "The portal's answer was cut off: %1")
                            .arg(m_reader.state() == HttpResponseReader::Bad
                                     ? QCoreApplication::translate("motcua::HttpsTransport", "not a valid HTTP answer")
                                     : socketError);
        } else {
            out.outcome = HttpExchange::Network;
            out.httpStatus = 0;
            out.error = QCoreApplication::translate("motcua::HttpsTransport", "The portal cannot be reached: %1")
                            .arg(m_reader.state() == HttpResponseReader::Bad
                                     ? QCoreApplication::translate("motcua::HttpsTransport", "not a valid HTTP answer")
                                     : socketError);
        }
        return out;
    }

    void finishWith(HttpExchange::Outcome outcome)
    {
        m_failure = outcome;
        if (m_socket)
            m_socket->abort();
        quit();
    }

    // The transfer timeout: the portal must make progress (accept bytes, send bytes) within
    // timeoutMs, so a large chunk on a slow link is not cut off while it moves.
    void armTimer()
    {
        if (m_timer)
            m_timer->start(m_config.timeoutMs);
    }

    bool keyMatches(const QSslCertificate& cert) const
    {
        return QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256) == m_config.pinSha256;
    }

    void drop()
    {
        if (!m_socket)
            return;
        QSslSocket* s = m_socket.get();
        QObject::disconnect(s, nullptr, nullptr, nullptr);
        s->abort();
        m_socket.reset();
    }

    PortalConfig m_config;
    QSslConfiguration m_ssl;
    std::unique_ptr<QSslSocket> m_socket;
    QEventLoop* m_loop = nullptr; // while await() runs
    QTimer* m_timer = nullptr;    // the same
    HttpResponseReader m_reader;
    std::optional<HttpExchange::Outcome> m_failure; // timeout or pin, decided here
    QString m_tlsError;
    bool m_pinRefused = false;
    QString m_path;
    QByteArray m_body;
    bool m_binary = false;
    bool m_started = false; // between start() and finish()
    bool m_written = false; // the request went to the current socket
    bool m_reused = false;  // the current exchange runs on a connection used before
    bool m_retried = false;
    bool m_waitingSent = false; // in waitSent()
};

} // namespace

std::unique_ptr<PortalTransport> makeHttpsTransport(const PortalConfig& config)
{
    return std::make_unique<HttpsTransport>(config);
}

} // namespace motcua
