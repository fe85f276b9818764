#include "portal/PortalServer.h"

#include "portal/PortalCatalogue.h"
#include "portal/PortalListener.h"
#include "portal/PortalLog.h"
#include "portal/PortalPage.h"
#include "portal/PortalReply.h"
#include "portal/PortalServices.h"
#include "portal/PortalSessions.h"
#include "portal/PortalStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <functional>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcPortal, "motcua.portal")

namespace motcua {

namespace {

constexpr qint64 kMaxBody = PortalListener::kMaxBody;

const char* statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

bool PortalServer::wantsClose(const QHttpServerRequest& request)
{
    return request.value(QByteArrayLiteral("connection")).toLower().contains("close");
}

struct PortalServer::Private
{
    SystemClock systemClock;
    const Clock* clock = nullptr;
    std::unique_ptr<PortalBackend> store;
    PortalCatalogue catalogue;
    std::unique_ptr<PortalServices> services;
    std::unique_ptr<PortalAuth> sessions;
    std::unique_ptr<PortalNational> national;
    QSslConfiguration tls;
    bool tlsSet = false;
};

PortalServer::PortalServer(PortalServerConfig config, QObject* parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>())
    , m_config(std::move(config))
    , m_shared(std::make_shared<Shared>(m_config.seed))
{
    d->clock = m_config.clock ? m_config.clock : &d->systemClock;
    d->sessions =
        std::make_unique<PortalSessions>(*d->clock, m_config.sessionTtl, m_config.username, m_config.password);
}

PortalServer::~PortalServer() = default;

PortalBackend& PortalServer::store()
{
    return *d->store;
}

PortalNational* PortalServer::nationalEndpoint() const
{
    return d->national.get();
}

const Clock& PortalServer::clock() const
{
    return *d->clock;
}

void PortalServer::setAuth(std::unique_ptr<PortalAuth> auth)
{
    d->sessions = std::move(auth);
}

PortalServices& PortalServer::services()
{
    return *d->services;
}

void PortalServer::expireSessions()
{
    d->sessions->expireAll();
}

void PortalServer::setBundleOpener(BundleOpener opener)
{
    d->services->setBundleOpener(std::move(opener));
}

Status PortalServer::open(const QString& databasePath, const QByteArray& catalogueJson)
{
    const QString folder =
        m_config.filesFolder.isEmpty() ? databasePath + QStringLiteral(".files") : m_config.filesFolder;
    auto store = std::make_unique<PortalStore>();
    if (Status s = store->open(databasePath, folder, *d->clock, m_config.numbering); !s)
        return s;
    d->national = std::make_unique<PortalNational>(store->db(), *d->clock, m_config.username, m_config.password,
                                                   m_config.sessionTtl, m_config.national);
    return open(std::move(store), catalogueJson);
}

Status PortalServer::open(std::unique_ptr<PortalBackend> backend, const QByteArray& catalogueJson)
{
    if (Status s = catalogueJson.isEmpty() ? d->catalogue.loadDemo() : d->catalogue.load(catalogueJson); !s)
        return s;
    d->store = std::move(backend);
    d->services = std::make_unique<PortalServices>(*d->store, d->catalogue, *d->clock, m_config.numbering);
    return {};
}

Status PortalServer::setTls(const QString& certificatePath, const QString& keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    QFile keyFile(keyPath);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::PortalServer", "Cannot read the certificate or the private key (PEM files)."));
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::badInput(
            QCoreApplication::translate("motcua::PortalServer", "The private key is not an RSA or EC key in PEM."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->tls = tls;
    d->tlsSet = true;
    return {};
}

Result<quint16> PortalServer::start(const QHostAddress& address, quint16 port, bool sharedPort)
{
    if (!d->services)
        return Error::internal(QStringLiteral("PortalServer::start before open"));
    auto server = PortalListener::listen(address, port, d->tlsSet ? &d->tls : nullptr, sharedPort, this);
    if (!server)
        return server.error();
    bind(*server);
    const quint16 bound = (*server)->serverPort();
    qCInfo(lcPortal) << "portal listening on" << address.toString() << bound << (d->tlsSet ? "https" : "http");
    return bound;
}

QByteArray PortalServer::head(int status, const QByteArray& contentType, qint64 length, bool close,
                              const QByteArray& extraHeaders)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    h += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
    h += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    h += extraHeaders;
    h += "\r\n";
    return h;
}

void PortalServer::send(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body,
                        bool close, const QByteArray& extraHeaders)
{
    socket->write(head(status, contentType, body.size(), close, extraHeaders) + body);
    if (close)
        socket->disconnectFromHost();
}

PortalServer::Answer PortalServer::reply(const PortalReply& r, FaultInjector::Kind fault)
{
    return {200, QByteArrayLiteral("application/json; charset=utf-8"), {}, r.toBytes(), fault, {}};
}

PortalServer::Answer PortalServer::faultStatus(FaultInjector::Kind fault)
{
    const int status = fault == FaultInjector::Kind::Http500 ? 500 : 503;
    return {status,
            QByteArrayLiteral("text/plain"),
            status == 503 ? QByteArrayLiteral("Retry-After: 1\r\n") : QByteArray(),
            QByteArrayLiteral("fault injected\n"),
            FaultInjector::Kind::None,
            {}};
}

struct PortalServer::AheadChunk
{
    Answer refusal; // its retry stores the chunk, or says it is still ahead
    QPointer<QTcpSocket> socket;
    bool close;
    QDeadlineTimer patience;
    int pauseMs;
};

void PortalServer::deliver(QTcpSocket* socket, const Answer& a, bool close)
{
    if (a.retry) {
        // Answered from the event loop once the chunk before has come (or patience ran out):
        // this thread serves other requests, that one perhaps, meanwhile.
        awaitChunk(std::make_shared<AheadChunk>(AheadChunk{a, socket, close, QDeadlineTimer(kChunkPatienceMs), 5}));
        return;
    }
    if (a.status != 200)
        send(socket, a.status, a.contentType, a.body, close, a.headers);
    else
        replyBody(socket, a.body, a.fault, close);
}

void PortalServer::replyBody(QTcpSocket* socket, const QByteArray& body, FaultInjector::Kind fault, bool close)
{
    static const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    switch (fault) {
    case FaultInjector::Kind::Delay: {
        // The work is done; only the answer is late. The socket is the timer's context, so a
        // client that gave up (and closed) cancels it.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_config.faultDelayMs, socket, [guard, body, close]() {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                send(guard, 200, json, body, close);
        });
        return;
    }
    case FaultInjector::Kind::Drop:
        // Promise the whole body, send half, hang up: the client sees the connection closed
        // mid-body after the work was done.
        socket->write(head(200, json, body.size(), true, {}) + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    case FaultInjector::Kind::Malformed:
        send(socket, 200, json, QByteArrayLiteral("{\"error_code\": \"0\", \"result\": [{\"MaHoSo\": <garbage"), close);
        return;
    default:
        send(socket, 200, json, body, close);
    }
}

// Clients that send a request's head and body in two writes with Nagle's algorithm on (Qt's
// own HTTP client among them) hold the body until the head is acknowledged; a delayed ACK then
// costs ~40 ms a request on a kept-alive connection. The portal acknowledges at once: set when
// bytes arrive (a pending ACK leaves at once) and after each answer leaves, since sending
// re-arms delayed ACKs.
void PortalServer::acknowledgeAtOnce(QTcpSocket* socket)
{
#ifdef TCP_QUICKACK
    const auto set = [socket] {
        const int on = 1;
        const qintptr fd = socket->socketDescriptor();
        if (fd >= 0)
            ::setsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    set();
    if (!socket->property("motcua.quickack").toBool()) {
        socket->setProperty("motcua.quickack", true);
        QObject::connect(socket, &QIODevice::bytesWritten, socket, set);
        // On arrival too: a pending delayed ACK of the request's head goes out now.
        QObject::connect(socket, &QIODevice::readyRead, socket, set);
        if (auto* tls = qobject_cast<QSslSocket*>(socket))
            QObject::connect(tls, &QSslSocket::encryptedBytesWritten, socket, set);
    }
#else
    Q_UNUSED(socket)
#endif
}

bool PortalServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (m_config.quickAck)
        acknowledgeAtOnce(socket);
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool close = wantsClose(request);
    if (request.body().size() > kMaxBody) {
        send(socket, 413, "text/plain", "request body too large\n", true);
        return true;
    }
    const bool isPage = path == QLatin1String("/") || path == QLatin1String("/index.html");
    const bool isForm = path == QLatin1String("/decide") && post;
    if (isPage || isForm) {
        int status = 403;
        QByteArray headers;
        if (!allowAdmin(request, true, &status, &headers)) {
            send(socket, status, "text/plain; charset=utf-8", "sign in as a center administrator\n", close, headers);
            return true;
        }
        if (isPage)
            page(socket, close);
        else
            decideFromForm(request, socket);
        return true;
    }
    if (d->national && (path == QLatin1String("/qg/mapi/login") || path == QLatin1String("/qg/mapi/g"))) {
        if (!post) {
            send(socket, 405, "text/plain", "use POST\n", close, "Allow: POST\r\n");
            return true;
        }
        ++m_shared->requests;
        national(path, request, socket);
        return true;
    }
    if (path.startsWith(QLatin1String("/mapi/_"))) {
        admin(path, request, socket);
        return true;
    }
    if (path == QLatin1String("/mapi/login") || path == QLatin1String("/mapi/g") ||
        path == QLatin1String("/mapi/tep")) {
        if (!post) {
            send(socket, 405, "text/plain", "use POST\n", close, "Allow: POST\r\n");
            return true;
        }
        deliver(socket, *answer(path, request.body(), request.value(QByteArrayLiteral("authorization"))), close);
        return true;
    }
    return false;
}

std::optional<PortalServer::Answer> PortalServer::answer(const QString& path, const QByteArray& body,
                                                         const QByteArray& authorization)
{
    if (path == QLatin1String("/mapi/login")) {
        ++m_shared->requests;
        return login(body);
    }
    if (path == QLatin1String("/mapi/g")) {
        ++m_shared->requests;
        return serve(QJsonDocument::fromJson(body), authorization, nullptr);
    }
    if (path != QLatin1String("/mapi/tep"))
        return std::nullopt;
    ++m_shared->requests;
    // The JSON envelope, one line feed, then the chunk's bytes (PROTOCOL.md 3.7). Compact
    // JSON holds no raw line feed, so the first one ends the envelope.
    const qsizetype end = body.indexOf('\n');
    const QJsonDocument doc = end < 0 ? QJsonDocument() : QJsonDocument::fromJson(body.first(end));
    // A view of the bytes after the line feed, no copy: `body` outlives the call.
    const QByteArray chunk =
        end < 0 ? QByteArray() : QByteArray::fromRawData(body.constData() + end + 1, body.size() - end - 1);
    return serve(doc, authorization, &chunk);
}

void PortalServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(socket, 404, "text/plain", "not found\n", wantsClose(request));
}

PortalServer::Answer PortalServer::login(const QByteArray& body)
{
    const FaultInjector::Kind fault = m_shared->faults.next(QStringLiteral("login"), false);
    if (fault == FaultInjector::Kind::Http500 || fault == FaultInjector::Kind::Http503)
        return faultStatus(fault);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        return reply(
            PortalReply::failure(PortalCode::NotJson, QCoreApplication::translate("motcua::PortalServer",
                                                                                  "The request is not a JSON object.")),
            fault);
    }
    const QJsonObject o = doc.object();
    const QString user = o.value(QLatin1String("username")).toString();
    const QString password = o.value(QLatin1String("password")).toString();
    if (user.isEmpty() || password.isEmpty()) {
        return reply(
            PortalReply::failure(PortalCode::MissingField,
                                 QCoreApplication::translate("motcua::PortalServer",
                                                             "Fields \"username\" and \"password\" are required.")),
            fault);
    }
    const auto opened = d->sessions->login(user, password);
    if (!opened) {
        qCInfo(lcPortal) << "login refused";
        return reply(PortalReply::failure(PortalCode::LoginFailed, opened.error().message), fault);
    }
    const PortalAuth::Session s = *opened;
    return reply(PortalReply::success(
                     {{QStringLiteral("session"), s.token},
                      {QStringLiteral("expires"), toVietnam(s.expires).toString(QStringLiteral("yyyyMMddHHmmss"))},
                      {QStringLiteral("expires_in"), QString::number(d->sessions->ttl())}}),
                 fault);
}

PortalServer::Answer PortalServer::serve(const QJsonDocument& doc, const QByteArray& authorization,
                                         const QByteArray* chunk)
{
    const QJsonObject o = doc.object();
    const QString name = chunk ? QStringLiteral("MC_TaiTep") : o.value(QLatin1String("service")).toString();
    const bool isAdd =
        name == QLatin1String("DongBoHoSoMC") &&
        o.value(QLatin1String("isUpdating")).toString().compare(QLatin1String("True"), Qt::CaseInsensitive) != 0;
    const FaultInjector::Kind fault = m_shared->faults.next(name, isAdd);
    if (fault == FaultInjector::Kind::Http500 || fault == FaultInjector::Kind::Http503) {
        qCDebug(lcPortal) << "fault" << (fault == FaultInjector::Kind::Http500 ? 500 : 503) << name;
        return faultStatus(fault);
    }
    if (!doc.isObject()) {
        return reply(
            PortalReply::failure(PortalCode::NotJson, QCoreApplication::translate("motcua::PortalServer",
                                                                                  "The request is not a JSON object.")),
            fault);
    }
    // The online submissions are the national system's to give: behind the same gateway token
    // as its national-shape endpoint when the bearer switch is on (docs/protocol.md 11.1).
    if ((name == QLatin1String("MC_LayHoSoTrucTuyen") || name == QLatin1String("MC_LayTepTrucTuyen")) && d->national &&
        !d->national->bearerOk(authorization)) {
        return reply(
            PortalReply::failure(
                PortalCode::LoginFailed,
                QCoreApplication::translate("motcua::PortalServer", "The gateway's bearer token is missing or wrong.")),
            fault);
    }
    const QString token = o.value(QLatin1String("session")).toString();
    const Result<QString> who =
        token.isEmpty() ? Result<QString>(Error::notFound(QString())) : d->sessions->check(token);
    if (!who) {
        return reply(
            PortalReply::failure(PortalCode::SessionInvalid,
                                 QCoreApplication::translate("motcua::PortalServer",
                                                             "The session is unknown or expired; log in again.")),
            fault);
    }
    if (fault == FaultInjector::Kind::Expired) {
        d->sessions->end(token);
        return reply(PortalReply::failure(
                         PortalCode::SessionInvalid,
                         QCoreApplication::translate("motcua::PortalServer", "The session expired; log in again.")),
                     FaultInjector::Kind::None);
    }
    const QString madonvi = o.value(QLatin1String("madonvi")).toString();
    PortalReply r;
    std::function<PortalReply()> retry; // set when an upload chunk came before the one before it
    if (madonvi.isEmpty()) {
        r = PortalReply::failure(PortalCode::MissingField,
                                 QCoreApplication::translate("motcua::PortalServer", "Field \"madonvi\" is missing."));
    } else if (auto refused = vet(o, *who)) {
        r = *refused;
    } else if (!chunk) {
        r = d->services->call(o, madonvi);
        if (r.ahead)
            retry = [this, o, madonvi] { return d->services->call(o, madonvi); };
    } else if (const QString named = o.value(QLatin1String("service")).toString(); !named.isEmpty() && named != name) {
        r = PortalReply::failure(
            PortalCode::UnknownService,
            QCoreApplication::translate("motcua::PortalServer", "Only MC_TaiTep is sent to /mapi/tep, not \"%1\".")
                .arg(named.left(60)));
    } else {
        r = d->services->uploadBytes(o, *chunk);
        if (r.ahead) {
            // `chunk` may view the request's body: the bytes are copied for the later tries.
            retry = [this, o, bytes = QByteArray(chunk->constData(), chunk->size())] {
                return d->services->uploadBytes(o, bytes);
            };
        }
    }
    Answer a = finish(name, std::move(r), fault);
    if (retry) {
        // An upload chunk that overtook the one before it: tried again while its patience lasts.
        a.retry = [this, retry, name, fault]() -> std::optional<Answer> {
            PortalReply again = retry();
            if (again.ahead)
                return std::nullopt;
            return finish(name, std::move(again), fault);
        };
    }
    return a;
}

void PortalServer::awaitChunk(std::shared_ptr<AheadChunk> a)
{
    // The one before is normally a few milliseconds behind, so the first looks come quickly;
    // then they thin out, so that a chunk whose predecessor was lost (refused, dropped, its
    // client gone) costs few transactions while it waits.
    const int pause = static_cast<int>(qMin<qint64>(a->pauseMs, qMax<qint64>(1, a->patience.remainingTime())));
    a->pauseMs = qMin(a->pauseMs * 2, 100);
    QTimer::singleShot(pause, this, [this, a] {
        if (!a->socket)
            return; // the client is gone: nobody waits for the answer
        std::optional<Answer> taken = a->refusal.retry();
        if (!taken && !a->patience.hasExpired()) {
            awaitChunk(a);
            return;
        }
        Answer last = taken ? *taken : a->refusal;
        last.retry = nullptr;
        deliver(a->socket, last, a->close);
    });
}

PortalServer::Answer PortalServer::finish(const QString& name, PortalReply r, FaultInjector::Kind fault)
{
    if (fault == FaultInjector::Kind::Exists && r.ok()) {
        // Stored, yet answered as if an earlier, lost attempt had stored it.
        r = PortalReply::failure(PortalCode::AlreadyExists,
                                 QCoreApplication::translate("motcua::PortalServer", "The dossier already exists."));
    }
    qCDebug(lcPortal) << "service" << name << "code" << static_cast<int>(r.code);
    return reply(r, fault);
}

void PortalServer::national(const QString& path, const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool close = wantsClose(request);
    const bool isLogin = path.endsWith(QLatin1String("/login"));
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    const QString name = isLogin ? QStringLiteral("login") : o.value(QLatin1String("service")).toString();
    const bool isAdd = name == QLatin1String("DongBoHoSoMC") &&
                       o.value(QLatin1String("isUpdating")).toString() != QLatin1String("True");
    const FaultInjector::Kind fault = m_shared->faults.next(name, isAdd);
    if (fault == FaultInjector::Kind::Http500 || fault == FaultInjector::Kind::Http503) {
        const int status = fault == FaultInjector::Kind::Http500 ? 500 : 503;
        send(socket, status, "text/plain", "fault injected\n", close, status == 503 ? "Retry-After: 1\r\n" : "");
        return;
    }
    if (fault == FaultInjector::Kind::Expired && !isLogin)
        d->national->endSessions();
    const QByteArray authorization = request.value(QByteArrayLiteral("authorization"));
    QString service;
    QByteArray body = isLogin ? d->national->login(request.body(), authorization)
                              : d->national->call(request.body(), authorization, &service);
    if (fault == FaultInjector::Kind::Exists && isAdd) {
        // Stored (when the call was good), answered as if a lost earlier try had stored it.
        body = d->national->existsReply();
    }
    qCDebug(lcPortal) << "national" << name;
    replyBody(socket, body, fault == FaultInjector::Kind::Expired ? FaultInjector::Kind::None : fault, close);
}

void PortalServer::page(QTcpSocket* socket, bool close)
{
    auto listed = d->store->newest(500);
    auto stats = d->store->stats();
    if (!listed || !stats) {
        send(socket, 500, "text/plain", "storage failure\n", close);
        return;
    }
    QByteArray html = PortalPage::render(*listed, *stats, d->services->portalNow(), pageTitle());
    QByteArray more = pageSections();
    if (d->national) {
        if (auto records = d->national->newest(500); records)
            more += PortalPage::renderNational(*records);
    }
    if (!more.isEmpty())
        html.replace(QByteArrayLiteral("</body></html>"), QByteArray(more + QByteArrayLiteral("</body></html>")));
    send(socket, 200, "text/html; charset=utf-8", html, close);
}

void PortalServer::decideFromForm(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // application/x-www-form-urlencoded: '+' is a space there, QUrlQuery does not know it.
    QByteArray body = request.body();
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    const QString code = form.queryItemValue(QStringLiteral("MaHoSo"), QUrl::FullyDecoded);
    const QString status = form.queryItemValue(QStringLiteral("TrangThaiHoSo"), QUrl::FullyDecoded);
    const QString content = form.queryItemValue(QStringLiteral("NoiDungXuLy"), QUrl::FullyDecoded);
    auto decided = d->store->decide(code, status, content, officer(request), d->services->portalNow());
    if (!decided) {
        send(socket, 400, "text/plain; charset=utf-8", decided.error().message.toUtf8() + '\n', wantsClose(request));
        return;
    }
    send(socket, 303, "text/plain", "decided\n", wantsClose(request), "Location: /\r\n");
}

bool PortalServer::allowAdmin(const QHttpServerRequest& request, bool pageOrForm, int* status, QByteArray* headers)
{
    Q_UNUSED(headers)
    if (pageOrForm)
        return true;
    *status = 403;
    const QByteArray given = request.value(QByteArrayLiteral("x-portal-admin"));
    return !m_config.adminSecret.isEmpty() && sameSecret(given, m_config.adminSecret.toUtf8());
}

std::optional<PortalReply> PortalServer::vet(const QJsonObject& request, const QString& who)
{
    Q_UNUSED(request)
    Q_UNUSED(who)
    return std::nullopt;
}

QString PortalServer::pageTitle() const
{
    return QCoreApplication::translate("motcua::PortalServer", "Reference portal");
}

QString PortalServer::officer(const QHttpServerRequest& request) const
{
    Q_UNUSED(request)
    return QStringLiteral("portal");
}

} // namespace motcua
