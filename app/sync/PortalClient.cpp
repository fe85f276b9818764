#include "sync/PortalClient.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "sync/PortalProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace motcua {

namespace P = PortalProtocol;

PortalClient::PortalClient(PortalConfig config, const Clock& clock, std::unique_ptr<PortalTransport> transport)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_transport(transport ? std::move(transport) : makeHttpsTransport(m_config))
{}

PortalClient::~PortalClient() = default;

PortalAnswer PortalClient::exchange(const QString& path, const QJsonObject& body)
{
    ++m_requests;
    const HttpExchange x = m_transport->post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    PortalAnswer r;
    switch (x.outcome) {
    case HttpExchange::Tls:
        r.outcome = PortalAnswer::Tls;
        r.message = x.error;
        return r;
    case HttpExchange::Network:
    case HttpExchange::Timeout:
        r.outcome = PortalAnswer::Transport;
        r.message = x.error;
        // A body cut off after the status line still means the portal is there.
        r.reached = x.httpStatus != 0;
        return r;
    case HttpExchange::Answered:
        break;
    }
    r.reached = true;
    if (x.httpStatus != 200) {
        r.outcome = PortalAnswer::Transport;
        r.message = QCoreApplication::translate("motcua", "The portal answered HTTP %1.").arg(x.httpStatus);
        return r;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(x.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        r.outcome = PortalAnswer::Transport;
        r.message = QCoreApplication::translate("motcua", "The portal's answer is not valid JSON.");
        return r;
    }
    r.body = doc.object();
    // Provincial gateways wrap the reply as {"message": "<json>"} (PORTAL-API.md 1.1 b).
    if (!r.body.contains(QStringLiteral("error_code"))) {
        const QJsonDocument inner =
            QJsonDocument::fromJson(r.body.value(QStringLiteral("message")).toString().toUtf8());
        if (inner.isObject())
            r.body = inner.object();
    }
    r.code = P::errorCode(r.body);
    r.message = P::errorMessage(r.body);
    r.outcome = r.code == P::Code::Ok ? PortalAnswer::Ok : PortalAnswer::Refused;
    return r;
}

PortalAnswer PortalClient::login()
{
    PortalAnswer r = exchange(P::loginPath(), QJsonObject{{QStringLiteral("username"), m_config.username},
                                                          {QStringLiteral("password"), m_config.password}});
    if (r.outcome == PortalAnswer::Refused) {
        r.outcome = PortalAnswer::Login;
        r.message = QCoreApplication::translate("motcua", "The portal refused the user name or password of this "
                                                          "center (%1); check the portal settings.")
                        .arg(r.message);
        return r;
    }
    if (!r.ok())
        return r;
    m_session = r.body.value(QStringLiteral("session")).toString();
    const qint64 ttl = P::number(r.body.value(QStringLiteral("expires_in")), 600);
    // Renew a little early so a long upload does not meet the expiry mid-way.
    m_sessionExpires = m_clock.now().addSecs(qMax<qint64>(ttl - 30, ttl / 2));
    if (m_session.isEmpty()) {
        r.outcome = PortalAnswer::Transport;
        r.message = QCoreApplication::translate("motcua", "The portal's login answer has no session.");
    }
    return r;
}

PortalAnswer PortalClient::call(const QString& service, const QJsonObject& fields)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_session.isEmpty() || m_clock.now() >= m_sessionExpires) {
            PortalAnswer l = login();
            if (!l.ok())
                return l;
        }
        QJsonObject body = fields;
        body.insert(QStringLiteral("session"), m_session);
        body.insert(QStringLiteral("madonvi"), m_config.madonvi);
        body.insert(QStringLiteral("service"), service);
        PortalAnswer r = exchange(P::servicePath(), body);
        if (r.outcome == PortalAnswer::Refused && r.code == P::Code::SessionExpired) {
            qCInfo(lcSync) << "session expired; logging in again";
            m_session.clear();
            continue;
        }
        return r;
    }
    PortalAnswer r;
    r.outcome = PortalAnswer::Transport;
    r.reached = true;
    r.message = QCoreApplication::translate("motcua", "The portal ended the session twice in a row.");
    return r;
}

PortalAnswer PortalClient::syncDossiers(const QJsonArray& dossiers, bool updating)
{
    return call(QStringLiteral("DongBoHoSoMC"),
                {{QStringLiteral("isUpdating"), P::flag(updating)}, {QStringLiteral("data"), dossiers}});
}

PortalAnswer PortalClient::appendHistory(const QJsonArray& rows)
{
    return call(QStringLiteral("CapNhatTienDoHoSoMC"), {{QStringLiteral("data"), rows}});
}

PortalAnswer PortalClient::uploadState(const QString& sha256)
{
    return call(QStringLiteral("MC_TrangThaiTep"), {{QStringLiteral("MaTep"), sha256}});
}

PortalAnswer PortalClient::uploadChunk(const QString& sha256, const QString& dossierCode, const QString& fileName,
                                       qint64 total, qint64 offset, const QByteArray& chunk)
{
    return call(QStringLiteral("MC_TaiTep"), {{QStringLiteral("MaTep"), sha256},
                                              {QStringLiteral("MaHoSo"), dossierCode},
                                              {QStringLiteral("TenTep"), fileName},
                                              {QStringLiteral("TongKichThuoc"), QString::number(total)},
                                              {QStringLiteral("ViTri"), QString::number(offset)},
                                              {QStringLiteral("DuLieu"), QString::fromLatin1(chunk.toBase64())}});
}

PortalAnswer PortalClient::leaseBlock(const QString& agency, const QString& day, int size, const QString& requestId)
{
    return call(QStringLiteral("MC_CapDaiSo"), {{QStringLiteral("MaCoQuan"), agency},
                                                {QStringLiteral("Ngay"), day},
                                                {QStringLiteral("May"), QString::number(m_config.station)},
                                                {QStringLiteral("SoLuong"), QString::number(size)},
                                                {QStringLiteral("MaYeuCau"), requestId}});
}

PortalAnswer PortalClient::statusChanges(const QString& cursor, int limit)
{
    return call(QStringLiteral("MC_LayTrangThai"),
                {{QStringLiteral("TuMoc"), cursor}, {QStringLiteral("SoLuong"), QString::number(limit)}});
}

PortalAnswer PortalClient::catalogue()
{
    return call(QStringLiteral("MC_LayDanhMuc"), {});
}

PortalAnswer PortalClient::procedureList()
{
    return call(QStringLiteral("LayDanhSachTTHC"), {});
}

} // namespace motcua
