#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "portal/BundleOpener.h"
#include "portal/FaultInjector.h"
#include "portal/PortalNational.h"
#include "store/DossierCodeAllocator.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace motcua {

class PortalAuth;
class PortalBackend;
class PortalServices;
struct PortalReply;

struct PortalServerConfig
{
    QString username = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
    QString adminSecret;          // empty: the admin endpoints answer 403
    int sessionTtl = 600;         // seconds (the national portal's callers cache 10 minutes)
    int faultDelayMs = 20000;     // the "delay" fault: past any sane client timeout
    quint32 seed = 1;             // probabilistic faults, reproducible
    CodeNumbering numbering;      // must match the center's stations (DossierCodeAllocator.h)
    QString filesFolder;          // empty: "<database>.files"
    const Clock* clock = nullptr; // null: the system clock
    bool quickAck = true;         // false: ACKs delayed as a stock TCP stack does (to measure clients)
    NationalOptions national;     // the national-shape endpoint (/qg/mapi/*), on the SQLite store only
};

// The reference portal over HTTPS (PROTOCOL.md): /mapi/login, /mapi/g, /mapi/tep, the admin endpoints,
// the HTML page, and faults per request. Runs in the caller's event loop, one thread.
//
// Replies are written to the socket directly rather than through QHttpServerResponder, because
// the faults need what a responder cannot do: answer later, or stop in the middle of the body.
class PortalServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit PortalServer(PortalServerConfig config, QObject* parent = nullptr);
    ~PortalServer() override;

    // Opens the database (and the attachments folder) and loads the catalogue the portal
    // serves: `catalogueJson` in our catalogue shape, or the demo center's when empty.
    Status open(const QString& databasePath, const QByteArray& catalogueJson = {});
    // The same over another backend (the center server's PostgreSQL).
    Status open(std::unique_ptr<PortalBackend> backend, const QByteArray& catalogueJson = {});
    // Replaces the shared account of PortalServerConfig (the center's enrolled stations).
    void setAuth(std::unique_ptr<PortalAuth> auth);
    // PEM certificate (leaf first, chain after) and private key (RSA or EC); TLS 1.2 or newer.
    Status setTls(const QString& certificatePath, const QString& keyPath);
    // Listens; returns the port (useful with port 0). `sharedPort`: other servers may listen on
    // the same port (SO_REUSEPORT), as the center's worker threads do.
    Result<quint16> start(const QHostAddress& address, quint16 port, bool sharedPort = false);

    Status setFault(const QString& spec) { return m_shared->faults.set(spec); }
    FaultInjector& faults() { return m_shared->faults; }
    void setBundleOpener(BundleOpener opener);

    PortalBackend& store();
    PortalServices& services();
    // The national-shape endpoint; null on a store other than the reference portal's own.
    PortalNational* nationalEndpoint() const;
    const Clock& clock() const;
    qint64 requestCount() const { return m_shared->requests.load(); }
    // Serves with `other`'s fault and request count, so servers answering on one port (the
    // center's worker threads) are one server to the admin endpoints.
    void shareStateWith(const PortalServer& other) { m_shared = other.m_shared; }
    // Ends every session now: clients must log in again (error 2).
    void expireSessions();

    // One answer of the protocol's endpoints before it meets a socket: its status, content
    // type, extra header lines and body, and the fault still to apply to a 200 body (delay,
    // drop, malformed).
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray headers;
        QByteArray body;
        FaultInjector::Kind fault = FaultInjector::Kind::None;
        // Set on an upload chunk that came before the one before it: tries it again; nullopt
        // while that one has still not come. In process, a caller may simply call it again.
        std::function<std::optional<Answer>()> retry;
    };
    // A POST to /mapi/login, /mapi/g or /mapi/tep without HTTP: `body` as posted,
    // `authorization` the header's value. Counted, and its fault drawn, as a request over the
    // network is; nullopt for any other path. The server answers its connections with it;
    // tests call it to run the portal in process.
    std::optional<Answer> answer(const QString& path, const QByteArray& body, const QByteArray& authorization);
    // An admin endpoint (/mapi/_*, PROTOCOL.md section 6) for a caller already let in, with its
    // JSON body; `officer` signs decisions that name nobody. nullopt for an unknown endpoint.
    std::optional<PortalReply> adminReply(const QString& path, const QJsonObject& in, const QString& officer);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

    // May this request see the page or call an admin action (the decide form, /mapi/_*)? The
    // reference portal shows its page to anyone and guards /mapi/_* with PortalServerConfig::adminSecret.
    // Who answers false also sets `*status` (401, 403) and `*headers` of the refusal.
    virtual bool allowAdmin(const QHttpServerRequest& request, bool pageOrForm, int* status, QByteArray* headers);
    // A last check of a service call by the account `who` that the session belongs to; a reply
    // here refuses the call. The reference portal lets every call through.
    virtual std::optional<PortalReply> vet(const QJsonObject& request, const QString& who);
    // The officer named on decisions taken through the page or the admin endpoints.
    virtual QString officer(const QHttpServerRequest& request) const;
    // The heading of the HTML page.
    virtual QString pageTitle() const;
    // More HTML at the end of the page (the center's relay section); none by default.
    virtual QByteArray pageSections() { return {}; }

    // How long a chunk that arrived before the one it follows waits for it.
    static constexpr int kChunkPatienceMs = 1500;

    static void send(QTcpSocket* socket, int status, const QByteArray& contentType, const QByteArray& body, bool close,
                     const QByteArray& extraHeaders = {});
    static bool wantsClose(const QHttpServerRequest& request);

private:
    static void acknowledgeAtOnce(QTcpSocket* socket);
    Answer login(const QByteArray& body);
    // /qg/mapi/login and /qg/mapi/g: the national shape (PortalNational), through the faults.
    void national(const QString& path, const QHttpServerRequest& request, QTcpSocket* socket);
    void replyBody(QTcpSocket* socket, const QByteArray& body, FaultInjector::Kind fault, bool close);
    // A parsed /mapi/g body (or /mapi/tep envelope with its `chunk`): fault, session, call.
    Answer serve(const QJsonDocument& doc, const QByteArray& authorization, const QByteArray* chunk);
    // A service's reply as an answer (the Exists fault applied), logged.
    Answer finish(const QString& name, PortalReply r, FaultInjector::Kind fault);
    // An answer written to the connection (a 200 body through its fault); one with a retry (an
    // upload chunk that overtook the one before it) is tried again from the event loop, so
    // this thread serves other requests (the one before, perhaps) meanwhile, and answered
    // when taken or when kChunkPatienceMs have passed.
    void deliver(QTcpSocket* socket, const Answer& answer, bool close);
    struct AheadChunk;
    void awaitChunk(std::shared_ptr<AheadChunk> chunk);
    void admin(const QString& path, const QHttpServerRequest& request, QTcpSocket* socket);
    void page(QTcpSocket* socket, bool close);
    void decideFromForm(const QHttpServerRequest& request, QTcpSocket* socket);

    // A protocol reply as an answer, to go through the fault (delay, drop, malformed); other
    // faults are handled before the request is processed.
    static Answer reply(const PortalReply& reply, FaultInjector::Kind fault);
    // The HTTP error a 500 or 503 fault answers with.
    static Answer faultStatus(FaultInjector::Kind fault);
    static QByteArray head(int status, const QByteArray& contentType, qint64 length, bool close,
                           const QByteArray& extraHeaders);

    struct Private;
    std::unique_ptr<Private> d;
    PortalServerConfig m_config;
    struct Shared
    {
        explicit Shared(quint32 seed)
            : faults(seed)
        {}
        FaultInjector faults;
        std::atomic<qint64> requests{0};
    };
    std::shared_ptr<Shared> m_shared;
};

} // namespace motcua
