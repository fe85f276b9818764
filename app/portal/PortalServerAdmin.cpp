// PortalServer: the admin endpoints tests drive (PROTOCOL.md, section 6).
#include "portal/PortalBackend.h"
#include "portal/PortalReply.h"
#include "portal/PortalServer.h"
#include "portal/PortalServices.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace motcua {

namespace {

QByteArray jsonBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void PortalServer::admin(const QString& path, const QHttpServerRequest& request, QTcpSocket* socket)
{
    static const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    const bool close = wantsClose(request);
    int status = 403;
    QByteArray headers;
    if (!allowAdmin(request, false, &status, &headers)) {
        send(socket, status, "text/plain", "admin endpoints need an administrator (PROTOCOL.md, section 6)\n", close,
             headers);
        return;
    }
    const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
    const std::optional<PortalReply> r = adminReply(path, in, officer(request));
    if (!r) {
        send(socket, 404, "text/plain", "unknown admin endpoint\n", close);
        return;
    }
    send(socket, 200, json, jsonBytes(r->toJson()), close);
}

std::optional<PortalReply> PortalServer::adminReply(const QString& path, const QJsonObject& in, const QString& officer)
{
    if (path == QLatin1String("/mapi/_fault")) {
        const QString name = in.value(QLatin1String("fault")).toString();
        bool known = false;
        const FaultInjector::Kind kind = FaultInjector::fromName(name, &known);
        QString rate = in.value(QLatin1String("rate")).toString();
        if (rate.isEmpty())
            rate = in.value(QLatin1String("count")).toString();
        Status s =
            known ? m_shared->faults.set(kind, rate, in.value(QLatin1String("service")).toString())
                  : Status(Error::badInput(QCoreApplication::translate("motcua::PortalServerAdmin", "Unknown fault.")));
        return s ? PortalReply::success({{QStringLiteral("fault"), FaultInjector::name(m_shared->faults.kind())}})
                 : PortalReply::failure(PortalCode::BadValue, s.error().message);
    }
    if (path == QLatin1String("/mapi/_decide")) {
        QString who = in.value(QLatin1String("NguoiXuLy")).toString();
        if (who.isEmpty())
            who = officer;
        auto decided = store().decide(in.value(QLatin1String("MaHoSo")).toString(),
                                      in.value(QLatin1String("TrangThaiHoSo")).toString(),
                                      in.value(QLatin1String("NoiDungXuLy")).toString(), who, services().portalNow());
        if (!decided) {
            return PortalReply::failure(decided.error().code == Error::NotFound ? PortalCode::NotFound
                                                                                : PortalCode::BadValue,
                                        decided.error().message);
        }
        return PortalReply::success({{QStringLiteral("Moc"), QString::number(*decided)}});
    }
    if (path == QLatin1String("/mapi/_stats")) {
        auto stats = store().stats();
        if (!stats)
            return PortalReply::failure(PortalCode::ServerFailure, stats.error().message);
        QJsonObject out = *stats;
        out.insert(QStringLiteral("requests"), QString::number(m_shared->requests.load()));
        out.insert(QStringLiteral("faults_fired"), QString::number(m_shared->faults.fired()));
        out.insert(QStringLiteral("fault"), FaultInjector::name(m_shared->faults.kind()));
        return PortalReply::success(out);
    }
    if (path == QLatin1String("/mapi/_national_mode") && nationalEndpoint()) {
        // {"wrap": "1"|"0", "numeric": "1"|"0", "bearer": TOKEN|""}: what is given changes.
        NationalOptions o = nationalEndpoint()->options();
        if (in.contains(QLatin1String("wrap")))
            o.wrapReplies = in.value(QLatin1String("wrap")).toString() == QLatin1String("1");
        if (in.contains(QLatin1String("numeric")))
            o.numericCodes = in.value(QLatin1String("numeric")).toString() == QLatin1String("1");
        if (in.contains(QLatin1String("bearer")))
            o.bearerToken = in.value(QLatin1String("bearer")).toString();
        nationalEndpoint()->setOptions(o);
        return PortalReply::success();
    }
    if (path == QLatin1String("/mapi/_national") && nationalEndpoint()) {
        // {"MaHoSo"}: that record with its rows (empty when not stored); {}: the counts.
        const QString code = in.value(QLatin1String("MaHoSo")).toString();
        auto got = code.isEmpty() ? nationalEndpoint()->stats() : nationalEndpoint()->dossier(code);
        return got ? PortalReply::success(*got) : PortalReply::failure(PortalCode::ServerFailure, got.error().message);
    }
    if (path == QLatin1String("/mapi/_dossier")) {
        auto detail = store().dossierDetail(in.value(QLatin1String("MaHoSo")).toString());
        if (!detail)
            return PortalReply::failure(PortalCode::ServerFailure, detail.error().message);
        if (!detail->has_value()) {
            return PortalReply::failure(
                PortalCode::NotFound,
                QCoreApplication::translate("motcua::PortalServerAdmin", "No dossier with this code."));
        }
        // The SHA-256 of the bytes actually stored, so tests prove byte identity end to end.
        QJsonObject out = **detail;
        QJsonArray files;
        for (const QJsonValue& v : out.value(QLatin1String("files")).toArray()) {
            QJsonObject f = v.toObject();
            const QByteArray bytes = store().fileContent(f.value(QLatin1String("sha256")).toString());
            f.insert(QStringLiteral("stored_sha256"),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            f.insert(QStringLiteral("stored_size"), QString::number(bytes.size()));
            files.append(f);
        }
        out.insert(QStringLiteral("files"), files);
        return PortalReply::success(out);
    }
    if (path == QLatin1String("/mapi/_expire")) {
        expireSessions();
        return PortalReply::success();
    }
    return std::nullopt;
}

} // namespace motcua
