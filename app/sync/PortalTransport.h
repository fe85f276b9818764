#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>

namespace motcua {

struct PortalConfig;

// What came back from one HTTP exchange.
struct HttpExchange
{
    enum Outcome {
        Answered, // an HTTP reply with a complete body (any status)
        Network,  // refused, reset, dropped mid-body, DNS: the portal was not (fully) heard
        Timeout,  // no complete answer within the timeout
        Tls,      // certificate or pin refused: never retried silently
    };
    Outcome outcome = Network;
    int httpStatus = 0;
    QByteArray body;
    QString error; // for people, already translated
};

// The network endpoint seam (docs/architecture.md#test-seams): PortalClient speaks JSON through
// it. The real one is HTTPS (HttpsTransport); an object lives and is used in one thread.
class PortalTransport
{
public:
    virtual ~PortalTransport() = default;
    // Blocking POST of a body (JSON unless `binary`: application/octet-stream) to `path` below
    // the portal's URL.
    virtual HttpExchange post(const QString& path, const QByteArray& body, bool binary) = 0;
    HttpExchange post(const QString& path, const QByteArray& body) { return post(path, body, false); }

    // The same in two steps, so the caller can work while the portal does: start() sends and
    // returns, finish() waits for the answer. One exchange at a time. By default start()
    // does the whole exchange at once.
    virtual void start(const QString& path, const QByteArray& body, bool binary)
    {
        m_started = post(path, body, binary);
    }
    virtual HttpExchange finish() { return std::exchange(m_started, HttpExchange{}); }
    // Between start() and finish(): blocks until the whole request has left (or the exchange
    // ended), so a second request on another connection surely follows it. By default start()
    // has done the whole exchange already.
    virtual void waitSent() {}

private:
    HttpExchange m_started;
};

// HTTPS, HTTP/1.1 over one kept-alive TLS connection with Nagle's algorithm off: TLS 1.2 or
// newer; when the configuration pins a CA only that CA is trusted (not the system's), when it
// pins a public key any other key is refused even with a valid chain, before any byte of the
// request is sent. Blocks the calling thread in a local event loop; the transfer timeout is
// the configuration's timeoutMs without progress.
std::unique_ptr<PortalTransport> makeHttpsTransport(const PortalConfig& config);

} // namespace motcua
