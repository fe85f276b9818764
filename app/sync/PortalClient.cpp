#include "sync/PortalClient.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"

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

namespace {

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

PortalAnswer PortalClient::exchange(const QString& path, const QByteArray& body)
{
    ++m_requests;
    return answer(m_transport->post(path, body));
}

PortalAnswer PortalClient::answer(const HttpExchange& x)
{
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
        r.message =
            QCoreApplication::translate("motcua::PortalClient", "The portal answered HTTP %1.").arg(x.httpStatus);
        return r;
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(x.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        r.outcome = PortalAnswer::Transport;
        r.message = QCoreApplication::translate("motcua::PortalClient", "The portal's answer is not valid JSON.");
        return r;
    }
    r.body = doc.object();
    // Provincial gateways wrap the reply as {"message": "<json>"} (docs/domain.md#the-national-portal).
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
    PortalAnswer r = exchange(P::loginPath(), compact(QJsonObject{{QStringLiteral("username"), m_config.username},
                                                                  {QStringLiteral("password"), m_config.password}}));
    if (r.outcome == PortalAnswer::Refused) {
        r.outcome = PortalAnswer::Login;
        r.message =
            QCoreApplication::translate("motcua::PortalClient", "The portal refused the user name or password of this "
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
        r.message = QCoreApplication::translate("motcua::PortalClient", "The portal's login answer has no session.");
    }
    return r;
}

PortalAnswer PortalClient::call(const QString& service, const QJsonObject& fields)
{
    return call(service, fields, {}, {});
}

bool PortalClient::sessionValid() const
{
    return !m_session.isEmpty() && m_clock.now() < m_sessionExpires;
}

QByteArray PortalClient::body(const Started& call) const
{
    QJsonObject envelope = call.fields;
    envelope.insert(QStringLiteral("session"), m_session);
    envelope.insert(QStringLiteral("madonvi"), m_config.madonvi);
    envelope.insert(QStringLiteral("service"), call.service);
    QByteArray bytes = compact(envelope);
    if (call.binary) {
        // Compact JSON holds no raw line feed: the first one ends the envelope.
        bytes.reserve(bytes.size() + 1 + call.rawJson.size());
        bytes.append('\n').append(call.rawJson);
    } else if (!call.key.isEmpty()) {
        // The envelope is never empty ("session" and the others): end it with one more
        // member. A key of ours needs no escaping.
        bytes.chop(1);
        bytes.reserve(bytes.size() + call.key.size() + call.rawJson.size() + 5);
        bytes.append(",\"").append(call.key.data(), call.key.size()).append("\":").append(call.rawJson).append('}');
    }
    return bytes;
}

PortalAnswer PortalClient::call(const QString& service, const QJsonObject& fields, QLatin1StringView key,
                                const QByteArray& rawJson)
{
    start(service, fields, key, rawJson);
    return finish();
}

void PortalClient::start(const QString& service, const QJsonObject& fields, QLatin1StringView key,
                         const QByteArray& rawJson)
{
    start(Started{service, fields, key, rawJson, false, std::nullopt});
}

void PortalClient::start(Started call)
{
    m_started = std::move(call);
    if (!sessionValid()) {
        PortalAnswer l = login();
        if (!l.ok()) {
            m_started->early = l;
            return;
        }
    }
    ++m_requests;
    m_transport->start(m_started->binary ? P::uploadPath() : P::servicePath(), body(*m_started), m_started->binary);
}

void PortalClient::waitSent()
{
    if (m_started && !m_started->early)
        m_transport->waitSent();
}

PortalAnswer PortalClient::finish()
{
    if (!m_started) {
        PortalAnswer r;
        r.message = QCoreApplication::translate("motcua::PortalClient", "No request was sent to the portal.");
        return r;
    }
    Started started = std::move(*m_started);
    m_started.reset();
    if (started.early)
        return *started.early;
    PortalAnswer r = answer(m_transport->finish());
    if (r.outcome != PortalAnswer::Refused || r.code != P::Code::SessionExpired)
        return r;
    // The session ended (expired, portal restarted): log in again and resend once.
    qCInfo(lcSync) << "session expired; logging in again";
    m_session.clear();
    PortalAnswer l = login();
    if (!l.ok())
        return l;
    ++m_requests;
    r = answer(m_transport->post(started.binary ? P::uploadPath() : P::servicePath(), body(started), started.binary));
    if (r.outcome == PortalAnswer::Refused && r.code == P::Code::SessionExpired) {
        r.outcome = PortalAnswer::Transport;
        r.reached = true;
        r.message = QCoreApplication::translate("motcua::PortalClient", "The portal ended the session twice in a row.");
    }
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

PortalAnswer PortalClient::syncDossiers(const QByteArray& dossiersJson, bool updating)
{
    startSyncDossiers(dossiersJson, updating);
    return finish();
}

PortalAnswer PortalClient::appendHistory(const QByteArray& rowsJson)
{
    startAppendHistory(rowsJson);
    return finish();
}

void PortalClient::startSyncDossiers(const QByteArray& dossiersJson, bool updating)
{
    start(QStringLiteral("DongBoHoSoMC"), {{QStringLiteral("isUpdating"), P::flag(updating)}},
          QLatin1StringView("data"), dossiersJson);
}

void PortalClient::startAppendHistory(const QByteArray& rowsJson)
{
    start(QStringLiteral("CapNhatTienDoHoSoMC"), {}, QLatin1StringView("data"), rowsJson);
}

PortalAnswer PortalClient::uploadState(const QString& sha256)
{
    return call(QStringLiteral("MC_TrangThaiTep"), {{QStringLiteral("MaTep"), sha256}});
}

PortalAnswer PortalClient::uploadChunk(const QString& sha256, const QString& dossierCode, const QString& fileName,
                                       qint64 total, qint64 offset, const QByteArray& chunk)
{
    startUploadChunk(sha256, dossierCode, fileName, total, offset, chunk);
    return finish();
}

void PortalClient::startUploadChunk(const QString& sha256, const QString& dossierCode, const QString& fileName,
                                    qint64 total, qint64 offset, const QByteArray& chunk, const QJsonObject& paper)
{
    QJsonObject fields{{QStringLiteral("MaTep"), sha256},
                       {QStringLiteral("MaHoSo"), dossierCode},
                       {QStringLiteral("TenTep"), fileName},
                       {QStringLiteral("TongKichThuoc"), QString::number(total)},
                       {QStringLiteral("ViTri"), QString::number(offset)}};
    for (auto it = paper.constBegin(); it != paper.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    // The chunk's bytes follow the envelope as they are (/mapi/tep): no base64, no JSON
    // string of several megabytes to write and for the portal to read.
    start(Started{QStringLiteral("MC_TaiTep"), fields, {}, chunk, true, std::nullopt});
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
