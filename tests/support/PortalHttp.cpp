#include "PortalHttp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>

namespace motcua::test {

PortalHttp::PortalHttp(QUrl base, QSslCertificate ca)
    : m_base(std::move(base))
    , m_ca(std::move(ca))
{}

QNetworkRequest PortalHttp::request(const QString& path, const Headers& headers) const
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest r(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_ca}); // only our CA: the system's are not trusted here
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    r.setSslConfiguration(tls);
    for (const auto& [key, value] : headers)
        r.setRawHeader(key, value);
    return r;
}

PortalHttp::Result PortalHttp::run(QNetworkReply* reply, int timeoutMs)
{
    Result out;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        out.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.error = reply->error();
    out.errorString = reply->errorString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parseError);
    out.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    out.json = doc.object();
    reply->deleteLater();
    return out;
}

PortalHttp::Result PortalHttp::postRaw(const QString& path, const QByteArray& body, const QByteArray& contentType,
                                       const Headers& headers, int timeoutMs)
{
    QNetworkRequest r = request(path, headers);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return run(m_nam.post(r, body), timeoutMs);
}

PortalHttp::Result PortalHttp::post(const QString& path, const QJsonObject& body, const Headers& headers, int timeoutMs)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"),
                   headers, timeoutMs);
}

PortalHttp::Result PortalHttp::get(const QString& path, const Headers& headers, int timeoutMs)
{
    return run(m_nam.get(request(path, headers)), timeoutMs);
}

QString PortalHttp::login(const QString& username, const QString& password)
{
    const Result r = post(QStringLiteral("/mapi/login"),
                          {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (r.code() != QLatin1String("0"))
        return QString();
    return r.json.value(QLatin1String("session")).toString();
}

PortalHttp::Result PortalHttp::call(const QString& session, const QString& madonvi, const QString& service,
                                    QJsonObject fields, int timeoutMs)
{
    fields.insert(QStringLiteral("session"), session);
    fields.insert(QStringLiteral("madonvi"), madonvi);
    fields.insert(QStringLiteral("service"), service);
    return post(QStringLiteral("/mapi/g"), fields, {}, timeoutMs);
}

QJsonObject PortalHttp::sampleDossier(const QString& code)
{
    return QJsonObject{{QStringLiteral("MaHoSo"), code},
                       {QStringLiteral("MaTTHC"), QStringLiteral("1.000426")},
                       {QStringLiteral("ChuHoSo"), QStringLiteral("Trần Thị B")},
                       {QStringLiteral("KenhThucHien"), QStringLiteral("2")},
                       {QStringLiteral("NgayTiepNhan"), QStringLiteral("20260213150000")},
                       {QStringLiteral("NgayHenTra"), QStringLiteral("20260225170000")},
                       {QStringLiteral("TrangThaiHoSo"), QStringLiteral("2")},
                       {QStringLiteral("DonViXuLy"), QStringLiteral("Sở Tư pháp")}};
}

QJsonObject PortalHttp::sampleAdd(const QString& code)
{
    return {{QStringLiteral("isUpdating"), QStringLiteral("False")},
            {QStringLiteral("data"), QJsonArray{sampleDossier(code)}}};
}

} // namespace motcua::test
