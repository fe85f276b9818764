#include "sync/CenterJoin.h"
#include "store/SettingKeys.h"

#include "store/Settings.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

namespace {

// The address, the code and the CA checked; the configuration of the exchange.
Result<PortalConfig> joinConfig(const QUrl& url, const QString& caPath, const QString& code)
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterJoin", "The center's address must be an https:// address."));
    }
    if (code.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::CenterJoin", "Enter the one-time code."));
    const QString ca = QFileInfo(caPath).absoluteFilePath();
    PortalConfig config;
    config.url = url;
    QFile caFile(ca);
    if (caFile.open(QIODevice::ReadOnly))
        config.caCertificates = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    if (config.caCertificates.isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterJoin", "The file %1 holds no PEM certificate.").arg(ca));
    }
    return config;
}

} // namespace

Result<JoinAnswer> requestJoin(const QUrl& url, const QString& caPath, const QString& code, const QString& stationName,
                               int timeoutMs)
{
    auto config = joinConfig(url, caPath, code);
    if (!config)
        return config.error();
    config->timeoutMs = timeoutMs;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code.trimmed()},
                                                      {QStringLiteral("name"), stationName.left(100)}})
                                .toJson(QJsonDocument::Compact);
    const HttpExchange answer = makeHttpsTransport(*config)->post(QStringLiteral("/center/join"), body);
    if (answer.outcome != HttpExchange::Answered || answer.httpStatus != 200) {
        const QString why = answer.error.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.httpStatus) : answer.error;
        return Error::storage(
            QCoreApplication::translate("motcua::CenterJoin", "The center did not answer: %1").arg(why));
    }
    const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
    if (reply.value(QLatin1String("error_code")).toString() != QLatin1String("0")) {
        const QString why = reply.value(QLatin1String("error_message")).toString().left(300);
        return Error::forbidden(
            why.isEmpty() ? QCoreApplication::translate("motcua::CenterJoin", "The center refused the code.") : why);
    }
    bool ok = false;
    JoinAnswer out;
    out.joined.station = reply.value(QLatin1String("station")).toString().toInt(&ok);
    out.joined.center = reply.value(QLatin1String("center")).toString().left(200);
    out.joined.madonvi = reply.value(QLatin1String("madonvi")).toString();
    out.joined.verifyKey = QByteArray::fromBase64(reply.value(QLatin1String("khoa_ky")).toString().toLatin1());
    out.joined.accountKey = QByteArray::fromBase64(reply.value(QLatin1String("khoa_tai_khoan")).toString().toLatin1());
    out.username = reply.value(QLatin1String("username")).toString();
    out.secret = reply.value(QLatin1String("password")).toString();
    if (!ok || out.joined.station < 1 || out.username.isEmpty() || out.secret.isEmpty()) {
        return Error::storage(QCoreApplication::translate("motcua::CenterJoin",
                                                          "The center's answer is incomplete; nothing was changed."));
    }
    return out;
}

Result<JoinedCenter> keepJoin(Settings& settings, const QUrl& url, const QString& caPath, const JoinAnswer& answer)
{
    if (!settings.isUnlocked()) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CenterJoin", "Sign in again: the center's credential is sealed under the data key."));
    }
    const JoinedCenter& joined = answer.joined;
    // The values checked by the settings' rules first, the credential last.
    const std::pair<QLatin1StringView, QString> values[] = {
        {SettingKey::CenterAgencyCode, joined.madonvi},
        {SettingKey::StationNumber, QString::number(joined.station)},
        {SettingKey::CenterServerName, joined.center},
        {SettingKey::CenterCaFile, QFileInfo(caPath).absoluteFilePath()},
        {SettingKey::CenterUsername, answer.username},
        {SettingKey::CenterPassword, answer.secret},
        {SettingKey::CenterUrl, url.toString()},
    };
    for (const auto& [key, value] : values) {
        if (Status st = settings.set(key, value); !st)
            return st.error();
    }
    return joined;
}

Result<JoinedCenter> joinCenter(Settings& settings, const QUrl& url, const QString& caPath, const QString& code,
                                const QString& stationName)
{
    if (auto config = joinConfig(url, caPath, code); !config)
        return config.error();
    // Refused before the code is spent: the credential could not be kept.
    if (!settings.isUnlocked()) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CenterJoin", "Sign in again: the center's credential is sealed under the data key."));
    }
    auto answer = requestJoin(url, caPath, code, stationName);
    if (!answer)
        return answer.error();
    return keepJoin(settings, url, caPath, *answer);
}

} // namespace motcua
