// HTTPS transport of the portal client (PortalTransport.h).

#include "core/Logging.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>

namespace motcua {

namespace {

class HttpsTransport final : public PortalTransport
{
public:
    explicit HttpsTransport(const PortalConfig& config)
        : m_config(config)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!config.caCertificates.isEmpty())
            m_ssl.setCaCertificates(config.caCertificates); // only the pinned CA, not the system's
    }

    using PortalTransport::post;
    HttpExchange post(const QString& path, const QByteArray& body, bool binary) override
    {
        start(path, body, binary);
        return finish();
    }

    void start(const QString& path, const QByteArray& body, bool binary) override
    {
        QUrl url = m_config.url;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, binary ? QByteArrayLiteral("application/octet-stream")
                                                                     : QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Charset"), QByteArrayLiteral("utf-8"));
        request.setSslConfiguration(m_ssl);
        request.setTransferTimeout(m_config.timeoutMs);
        // The reference portal speaks HTTP/1.1; keep-alive reuses the TLS session.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

        // QNetworkAccessManager sends from its own thread: the request goes out while the
        // caller works, until finish().
        m_reply = m_nam.post(request, body);
        m_pinRefused = false;
        m_tlsError.clear();
        QNetworkReply* reply = m_reply;
        const QByteArray pin = m_config.pinSha256;
        auto keyMatches = [pin](const QSslCertificate& cert) {
            return QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256) == pin;
        };
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [this, reply, pin, keyMatches](const QList<QSslError>& errors) {
                             // With a key pin and no CA pin, a self-signed portal is trusted by its key alone:
                             // chain errors are ignored only when the presented key is the pinned one.
                             if (!pin.isEmpty() && m_config.caCertificates.isEmpty() &&
                                 keyMatches(reply->sslConfiguration().peerCertificate())) {
                                 reply->ignoreSslErrors(errors);
                                 return;
                             }
                             QStringList texts;
                             for (const QSslError& e : errors)
                                 texts.append(e.errorString());
                             m_tlsError = texts.join(QStringLiteral("; "));
                         });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, pin, keyMatches] {
            if (!pin.isEmpty() && !keyMatches(reply->sslConfiguration().peerCertificate())) {
                m_pinRefused = true;
                reply->abort();
            }
        });
    }

    HttpExchange finish() override
    {
        HttpExchange out;
        QNetworkReply* reply = std::exchange(m_reply, nullptr);
        if (!reply) {
            out.outcome = HttpExchange::Network;
            out.error = QCoreApplication::translate("motcua", "No request was sent to the portal.");
            return out;
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);

        const QNetworkReply::NetworkError error = reply->error();
        out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_pinRefused) {
            out.outcome = HttpExchange::Tls;
            out.error = QCoreApplication::translate(
                "motcua", "The portal presented a certificate whose key is not the pinned one; sync is stopped.");
        } else if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsError.isEmpty()) {
            out.outcome = HttpExchange::Tls;
            out.error =
                QCoreApplication::translate("motcua", "The portal's certificate is not trusted (%1); sync is stopped.")
                    .arg(m_tlsError.isEmpty() ? reply->errorString() : m_tlsError);
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            out.outcome = HttpExchange::Timeout;
            out.error = QCoreApplication::translate("motcua", "The portal did not answer within %1 s.")
                            .arg(m_config.timeoutMs / 1000.0);
        } else if (error != QNetworkReply::NoError && out.httpStatus == 0) {
            out.outcome = HttpExchange::Network;
            out.error =
                QCoreApplication::translate("motcua", "The portal cannot be reached: %1").arg(reply->errorString());
        } else {
            out.body = reply->readAll();
            // A body cut short (connection closed mid-body) is a network failure even when
            // the status line arrived.
            if (error != QNetworkReply::NoError && out.httpStatus == 200) {
                out.outcome = HttpExchange::Network;
                out.error = QCoreApplication::translate("motcua", "The portal's answer was cut off: %1")
                                .arg(reply->errorString());
            } else {
                out.outcome = HttpExchange::Answered;
            }
        }
        // Finished and out of its signals: safe to delete now (a worker thread may never run
        // an event loop that would process deleteLater).
        delete reply;
        return out;
    }

    ~HttpsTransport() override
    {
        if (m_reply) {
            m_reply->abort();
            delete m_reply;
        }
    }

private:
    PortalConfig m_config;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QNetworkReply* m_reply = nullptr;
    bool m_pinRefused = false;
    QString m_tlsError;
};

} // namespace

std::unique_ptr<PortalTransport> makeHttpsTransport(const PortalConfig& config)
{
    return std::make_unique<HttpsTransport>(config);
}

} // namespace motcua
