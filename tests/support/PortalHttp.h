#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

#include <utility>

namespace motcua::test {

// A blocking HTTPS client for tests that pins one CA: every call spins its own event loop
// until the reply ends or `timeoutMs` passes (then the request is aborted).
class PortalHttp
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Result
    {
        int status = 0; // HTTP status, 0 when none arrived
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool timedOut = false;
        QJsonObject json; // the body when it is a JSON object
        bool isJson = false;
        QString code() const { return json.value(QLatin1String("error_code")).toString(); }
    };

    PortalHttp(QUrl base, QSslCertificate ca);
    void setBase(const QUrl& base) { m_base = base; }
    void setCa(const QSslCertificate& ca) { m_ca = ca; }

    Result post(const QString& path, const QJsonObject& body, const Headers& headers = {}, int timeoutMs = 10000);
    Result postRaw(const QString& path, const QByteArray& body, const QByteArray& contentType,
                   const Headers& headers = {}, int timeoutMs = 10000);
    Result get(const QString& path, const Headers& headers = {}, int timeoutMs = 10000);

    // POST /mapi/login; the session token or an empty string.
    QString login(const QString& username, const QString& password);
    // POST /mapi/g with the envelope {session, madonvi, service} and `fields`.
    Result call(const QString& session, const QString& madonvi, const QString& service, QJsonObject fields = {},
                int timeoutMs = 10000);

    // A valid DongBoHoSoMC dossier object with `code` (procedure 1.000426, online, received
    // 2026-02-13), and the fields of a call adding it.
    static QJsonObject sampleDossier(const QString& code);
    static QJsonObject sampleAdd(const QString& code);

private:
    Result run(QNetworkReply* reply, int timeoutMs);
    QNetworkRequest request(const QString& path, const Headers& headers) const;

    QUrl m_base;
    QSslCertificate m_ca;
    QNetworkAccessManager m_nam;
};

} // namespace motcua::test
