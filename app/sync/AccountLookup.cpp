#include "sync/AccountLookup.h"

#include "core/PortalProtocol.h"
#include "sync/AccountSync.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

namespace P = PortalProtocol;

Result<CenterAccountRow> fetchAccountBeforeLogin(const KeyFile::Content::CenterLookup& center, const QString& username,
                                                 int timeoutMs)
{
    PortalConfig config;
    config.url = QUrl(center.url);
    config.timeoutMs = timeoutMs;
    QFile ca(center.caFile);
    if (ca.open(QIODevice::ReadOnly))
        config.caCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
    if (!config.isConfigured() || config.url.scheme() != QLatin1String("https") || config.caCertificates.isEmpty()) {
        // Never the system's CAs: without the pinned certificate the center is not asked.
        return Error::storage(QCoreApplication::translate(
            "motcua::AccountLookup", "The center's address or certificate kept for logins cannot be used."));
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("station"), QString::number(center.station)},
                                                      {QStringLiteral("key"), center.key},
                                                      {QStringLiteral("username"), username.trimmed().left(64)}})
                                .toJson(QJsonDocument::Compact);
    const HttpExchange answer = makeHttpsTransport(config)->post(P::accountLookupPath(), body);
    if (answer.outcome != HttpExchange::Answered || answer.httpStatus != 200) {
        const QString why = answer.error.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.httpStatus) : answer.error;
        return Error::storage(
            QCoreApplication::translate("motcua::AccountLookup", "The center did not answer: %1").arg(why));
    }
    QJsonParseError parsed;
    const QJsonObject reply = QJsonDocument::fromJson(answer.body, &parsed).object();
    if (parsed.error != QJsonParseError::NoError || reply.isEmpty())
        return Error::storage(
            QCoreApplication::translate("motcua::AccountLookup", "The center's answer is not understood."));
    switch (P::errorCode(reply)) {
    case P::Code::Ok:
        break;
    case P::Code::NotFound:
        return Error::notFound(
            QCoreApplication::translate("motcua::AccountLookup", "The center has no account of that name."));
    case P::Code::LoginFailed:
        return Error::forbidden(
            QCoreApplication::translate("motcua::AccountLookup", "The center refused this workstation: %1")
                .arg(P::errorMessage(reply).left(300)));
    default:
        return Error::storage(QCoreApplication::translate("motcua::AccountLookup", "The center refused: %1")
                                  .arg(P::errorMessage(reply).left(300)));
    }
    Result<CenterAccountRow> row = AccountSync::fromJson(reply.value(QLatin1String("result")).toObject());
    if (!row)
        return Error::storage(row.error().message);
    if (row->username.compare(username.trimmed(), Qt::CaseInsensitive) != 0)
        return Error::storage(
            QCoreApplication::translate("motcua::AccountLookup", "The center answered with another account."));
    return row;
}

} // namespace motcua
