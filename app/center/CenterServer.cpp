#include "center/CenterServer.h"

#include "center/CenterAccounts.h"
#include "center/CenterAuth.h"
#include "center/CenterFeed.h"
#include "center/CenterLog.h"
#include "center/CenterStore.h"
#include "core/PortalProtocol.h"
#include "portal/PortalReply.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcCenter, "motcua.center")

namespace motcua {

CenterServer::CenterServer(PortalServerConfig config, Identity identity, CenterAuth& auth, bool faultsAllowed,
                           QObject* parent)
    : PortalServer(config, parent)
    , m_identity(std::move(identity))
    , m_auth(auth)
    , m_faultsAllowed(faultsAllowed)
    , m_numbering(config.numbering)
{}

bool CenterServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/center/join") || path == PortalProtocol::accountLookupPath()) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            send(socket, 405, "text/plain", "use POST\n", wantsClose(request), "Allow: POST\r\n");
            return true;
        }
        if (path == QLatin1String("/center/join"))
            join(request, socket);
        else
            lookupAccount(request, socket);
        return true;
    }
    return PortalServer::handleRequest(request, socket);
}

void CenterServer::join(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
    const QString code = in.value(QLatin1String("code")).toString();
    PortalReply r;
    if (code.isEmpty()) {
        r = PortalReply::failure(PortalCode::MissingField,
                                 QCoreApplication::translate("motcua::CenterServer", "Field \"code\" is missing."));
    } else if (auto joined = m_auth.join(code, in.value(QLatin1String("name")).toString()); !joined) {
        r = PortalReply::failure(joined.error().code == Error::Storage ? PortalCode::ServerFailure
                                                                       : PortalCode::LoginFailed,
                                 joined.error().message);
    } else if (auto keys = m_accounts ? m_accounts->joinFields() : Result<QJsonObject>(QJsonObject()); !keys) {
        r = PortalReply::failure(PortalCode::ServerFailure, keys.error().message);
    } else {
        r = PortalReply::success({{QStringLiteral("station"), QString::number(joined->station)},
                                  {QStringLiteral("username"), joined->username},
                                  {QStringLiteral("password"), joined->secret},
                                  {QStringLiteral("madonvi"), m_identity.agency},
                                  {QStringLiteral("center"), m_identity.name},
                                  {QStringLiteral("max_stations"), QString::number(m_numbering.maxStations)},
                                  {QStringLiteral("fallback_start"), QString::number(m_numbering.fallbackStart)}});
        for (auto it = keys->begin(); it != keys->end(); ++it)
            r.fields.insert(it.key(), it.value());
    }
    send(socket, 200, "application/json; charset=utf-8", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact),
         wantsClose(request));
}

void CenterServer::lookupAccount(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
    bool ok = false;
    const int station = in.value(QLatin1String("station")).toString().toInt(&ok);
    const QString key = in.value(QLatin1String("key")).toString();
    const QString username = in.value(QLatin1String("username")).toString();
    PortalReply r;
    if (!ok || station < 1 || key.isEmpty() || username.trimmed().isEmpty()) {
        r = PortalReply::failure(
            PortalCode::MissingField,
            QCoreApplication::translate("motcua::CenterServer",
                                        "Fields \"station\", \"key\" and \"username\" are needed."));
    } else if (!m_accounts) {
        r = PortalReply::failure(PortalCode::UnknownService,
                                 QCoreApplication::translate("motcua::CenterServer", "This center keeps no accounts."));
    } else if (Status allowed = m_auth.checkLookup(station, key); !allowed) {
        r = PortalReply::failure(allowed.error().code == Error::Storage ? PortalCode::ServerFailure
                                                                        : PortalCode::LoginFailed,
                                 allowed.error().message);
    } else if (auto account = m_accounts->lookup(username); !account) {
        r = PortalReply::failure(account.error().code == Error::NotFound ? PortalCode::NotFound
                                                                         : PortalCode::ServerFailure,
                                 account.error().message);
    } else {
        // Never the name in the log: which accounts exist is the center's business.
        qCInfo(lcCenter) << "account handed to the login screen of station" << station;
        r = PortalReply::success({{QStringLiteral("result"), *account}});
    }
    send(socket, 200, "application/json; charset=utf-8", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact),
         wantsClose(request));
}

QString CenterServer::basicUser(const QHttpServerRequest& request, QString* password)
{
    const QByteArray header = request.value(QByteArrayLiteral("authorization"));
    if (!header.startsWith("Basic "))
        return QString();
    const QString pair = QString::fromUtf8(QByteArray::fromBase64(header.mid(6).trimmed()));
    const qsizetype colon = pair.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return QString();
    if (password)
        *password = pair.mid(colon + 1);
    return pair.left(colon);
}

bool CenterServer::allowAdmin(const QHttpServerRequest& request, bool pageOrForm, int* status, QByteArray* headers)
{
    *status = 401;
    *headers = QByteArrayLiteral("WWW-Authenticate: Basic realm=\"motcua-center\", charset=\"UTF-8\"\r\n");
    if (!pageOrForm && request.url().path() == QLatin1String("/mapi/_fault") && !m_faultsAllowed) {
        *status = 403;
        headers->clear();
        return false;
    }
    QString password;
    const QString user = basicUser(request, &password);
    if (user.isEmpty())
        return false;
    auto ok = m_auth.checkAdmin(user, password);
    if (!ok)
        qCInfo(lcCenter) << "administrator sign-in refused";
    return ok.ok();
}

std::optional<PortalReply> CenterServer::vet(const QJsonObject& request, const QString& who)
{
    // The center's dossier feed, to every enrolled station (CenterFeed.h).
    if (request.value(QLatin1String("service")).toString() == CenterFeed::serviceName()) {
        if (auto* center = dynamic_cast<CenterStore*>(&store()))
            return CenterFeed(center->database()).serve(request);
    }
    // The center's own account services are answered here, for the station signed in.
    if (m_accounts) {
        if (auto answered = m_accounts->serve(request, who))
            return answered;
    }
    // A station leases numbers only under the number it was enrolled with, so two workstations
    // never share one offline range.
    if (request.value(QLatin1String("service")).toString() == QLatin1String("MC_CapDaiSo") &&
        request.value(QLatin1String("May")).toString() != who) {
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::CenterServer",
                                        "This workstation is enrolled as station %1; \"May\" must be %1.")
                .arg(who));
    }
    // A station reports its own audit trail's head only.
    if (request.value(QLatin1String("service")).toString() == QLatin1String("MC_DauChuoi") &&
        (request.value(QLatin1String("May")).toString() != who || request.contains(QLatin1String("TuGoi")))) {
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::CenterServer",
                                        "This workstation is enrolled as station %1; \"May\" must be %1.")
                .arg(who));
    }
    return std::nullopt;
}

QString CenterServer::pageTitle() const
{
    const QString name = m_identity.name.isEmpty() ? m_identity.agency : m_identity.name;
    return QCoreApplication::translate("motcua::CenterServer", "%1 — center's server").arg(name);
}

QString CenterServer::officer(const QHttpServerRequest& request) const
{
    const QString user = basicUser(request);
    return user.isEmpty() ? QStringLiteral("center") : user.left(60);
}

} // namespace motcua
