#include "FakePortal.h"

#include "portal/PortalReply.h"
#include "portal/PortalServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QThread>

namespace motcua::test {

namespace {

// What a client's transport does with the bytes that came back: the portal's own faults
// (drop, malformed, delay) as the link would show them.
HttpExchange delivered(const PortalServer::Answer& a)
{
    HttpExchange x;
    x.outcome = HttpExchange::Answered;
    x.httpStatus = a.status;
    x.body = a.body;
    switch (a.fault) {
    case FaultInjector::Kind::Drop:
        x.outcome = HttpExchange::Network;
        x.body.clear();
        x.error = QStringLiteral("The portal's answer was cut off (the portal's drop fault).");
        break;
    case FaultInjector::Kind::Malformed:
        x.body = QByteArrayLiteral("{\"error_code\": \"0\", \"result\": [{\"MaHoSo\": <garbage");
        break;
    case FaultInjector::Kind::Delay:
        // The portal's delay is past any client's timeout (PortalServerConfig::faultDelayMs).
        x.outcome = HttpExchange::Timeout;
        x.httpStatus = 0;
        x.body.clear();
        x.error = QStringLiteral("The portal did not answer in time (the portal's delay fault).");
        break;
    default:
        break;
    }
    return x;
}

void collectItems(const QJsonObject& o, QStringList* items)
{
    for (const char* key : {"MaHoSo", "MaTep"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty() && !items->contains(v))
            items->append(v);
    }
}

class FakeTransport final : public PortalTransport
{
public:
    FakeTransport(FakePortal& portal, int timeoutMs)
        : m_portal(portal)
        , m_timeoutMs(timeoutMs)
    {}
    using PortalTransport::post;
    HttpExchange post(const QString& path, const QByteArray& body, bool binary) override
    {
        Q_UNUSED(binary) // the path says it (/mapi/tep)
        return m_portal.exchange(path, body, m_timeoutMs);
    }

private:
    FakePortal& m_portal;
    int m_timeoutMs;
};

} // namespace

FakePortal::FakePortal() = default;
FakePortal::~FakePortal() = default;

bool FakePortal::open()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    PortalServerConfig config;
    config.username = username();
    config.password = password();
    m_server = std::make_unique<PortalServer>(config);
    if (Status s = m_server->open(m_dir.filePath(QStringLiteral("portal.db"))); !s) {
        m_error = s.error().message;
        return false;
    }
    return true;
}

QUrl FakePortal::url() const
{
    return QUrl(QStringLiteral("https://portal.invalid"));
}

QString FakePortal::username() const
{
    return QStringLiteral("portal-test");
}

QString FakePortal::password() const
{
    return QStringLiteral("portal-test-password");
}

QString FakePortal::pinSha256() const
{
    // Never checked (no TLS here); a station's settings need a pin or a CA all the same.
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("in-process portal"), QCryptographicHash::Sha256).toBase64());
}

void FakePortal::addRule(const Rule& rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append({rule, 0});
}

void FakePortal::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    m_override = {};
}

void FakePortal::setOverride(Override o)
{
    QMutexLocker lock(&m_mutex);
    m_override = std::move(o);
}

QList<FakePortal::Request> FakePortal::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakePortal::Request> FakePortal::requests(const QString& service) const
{
    QList<Request> out;
    for (const Request& r : requests()) {
        if (r.service == service)
            out.append(r);
    }
    return out;
}

void FakePortal::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

TransportFactory FakePortal::transport()
{
    return [this](const PortalConfig& config) -> std::unique_ptr<PortalTransport> {
        return std::make_unique<FakeTransport>(*this, config.timeoutMs);
    };
}

std::optional<FakePortal::Fault> FakePortal::faultFor(const Request& r, Rule* rule)
{
    for (Active& a : m_rules) {
        const Rule& w = a.rule;
        if ((!w.path.isEmpty() && w.path != r.path) || (!w.service.isEmpty() && w.service != r.service) ||
            (!w.item.isEmpty() && !r.items.contains(w.item)))
            continue;
        const int n = a.seen++;
        if (n < w.skip || (w.count >= 0 && n >= w.skip + w.count))
            continue;
        *rule = w;
        return w.fault;
    }
    return std::nullopt;
}

HttpExchange FakePortal::exchange(const QString& path, const QByteArray& body, int timeoutMs)
{
    Request req;
    req.path = path;
    // /mapi/tep: the JSON envelope, a line feed, the chunk's bytes.
    const bool upload = path == QLatin1String("/mapi/tep");
    req.envelope = QJsonDocument::fromJson(upload ? body.left(qMax<qsizetype>(0, body.indexOf('\n'))) : body).object();
    req.service = path == QLatin1String("/mapi/login") ? QStringLiteral("login")
                  : upload                             ? QStringLiteral("MC_TaiTep")
                                                       : req.envelope.value(QLatin1String("service")).toString();
    collectItems(req.envelope, &req.items);
    for (const QJsonValue& v : req.envelope.value(QLatin1String("data")).toArray())
        collectItems(v.toObject(), &req.items);

    QMutexLocker lock(&m_mutex);
    HttpExchange x;
    if (m_override) {
        if (std::optional<HttpExchange> own = m_override(req)) {
            req.faulted = true;
            m_requests.append(req);
            return *own;
        }
    }
    Rule rule(QString(), Fault::Status);
    const std::optional<Fault> fault = faultFor(req, &rule);
    req.faulted = fault.has_value();
    if (fault == Fault::Status) {
        x.outcome = HttpExchange::Answered;
        x.httpStatus = rule.status;
        x.body = QByteArrayLiteral("fault injected\n");
        m_requests.append(req);
        return x;
    }
    if (fault == Fault::Unreachable) {
        x.outcome = HttpExchange::Network;
        x.error = QStringLiteral("The portal cannot be reached (a test's fault).");
        m_requests.append(req);
        return x;
    }
    std::optional<PortalServer::Answer> a = m_server->answer(path, body, {});
    // In process, requests come one at a time: a chunk ahead of the one before is tried once
    // more (the network server waits a while for the one before instead).
    if (a && a->retry) {
        if (std::optional<PortalServer::Answer> again = a->retry())
            a = std::move(again);
    }
    if (!a) {
        x.outcome = HttpExchange::Answered;
        x.httpStatus = 404;
        x.body = QByteArrayLiteral("not found\n");
        m_requests.append(req);
        return x;
    }
    req.served = a->status == 200;
    if (req.served && a->fault == FaultInjector::Kind::None) {
        const QJsonObject reply = QJsonDocument::fromJson(a->body).object();
        req.errorCode = reply.value(QLatin1String("error_code")).toString().toInt();
    }
    m_requests.append(req);
    x = delivered(*a);
    lock.unlock();
    if (!fault)
        return x;
    switch (*fault) {
    case Fault::LostReply:
        x.outcome = HttpExchange::Network;
        x.httpStatus = 200;
        x.body.clear();
        x.error = QStringLiteral("The portal's answer was cut off (a test's fault).");
        break;
    case Fault::Garbled:
        x.outcome = HttpExchange::Answered;
        x.httpStatus = 200;
        x.body = QByteArrayLiteral("{\"error_code\": \"0\", \"result\": [<garbled");
        break;
    case Fault::Delay:
        QThread::msleep(static_cast<unsigned long>(qMin(rule.delayMs, timeoutMs)));
        if (rule.delayMs < timeoutMs)
            break;
        [[fallthrough]];
    case Fault::Timeout:
        x.outcome = HttpExchange::Timeout;
        x.httpStatus = 0;
        x.body.clear();
        x.error = QStringLiteral("The portal did not answer in time (a test's fault).");
        break;
    case Fault::Status:
    case Fault::Unreachable:
        break;
    }
    return x;
}

bool FakePortal::decide(const QString& code, const QString& status, const QString& content)
{
    QMutexLocker lock(&m_mutex);
    const auto r = m_server->adminReply(QStringLiteral("/mapi/_decide"),
                                        {{QStringLiteral("MaHoSo"), code},
                                         {QStringLiteral("TrangThaiHoSo"), status},
                                         {QStringLiteral("NoiDungXuLy"), content}},
                                        QStringLiteral("portal"));
    return r && r->ok();
}

QJsonObject FakePortal::stats()
{
    QMutexLocker lock(&m_mutex);
    const auto r = m_server->adminReply(QStringLiteral("/mapi/_stats"), {}, QStringLiteral("portal"));
    return r ? r->toJson() : QJsonObject();
}

QJsonObject FakePortal::dossier(const QString& code)
{
    QMutexLocker lock(&m_mutex);
    const auto r = m_server->adminReply(QStringLiteral("/mapi/_dossier"), {{QStringLiteral("MaHoSo"), code}},
                                        QStringLiteral("portal"));
    return r && r->ok() ? r->toJson() : QJsonObject();
}

} // namespace motcua::test
