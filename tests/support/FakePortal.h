#pragma once

#include "TestPortal.h"
#include "sync/PortalTransport.h"
#include "sync/SyncRunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {
class PortalServer;
}

namespace motcua::test {

// The reference portal in process, for fast tests of the sync engine: a PortalServer over a
// SQLite file in a temporary folder, whose protocol endpoints a PortalTransport calls directly
// (no socket, no TLS), so a pass takes milliseconds. The tests over the real executable and
// TLS (PortalFixture) stay the outer ring; this one decides, per request, what the link does.
//
// Rules pick requests by path, service and item (a dossier code or file SHA-256 the request
// carries) and put a fault on them: an HTTP error or an unreachable portal before the portal
// sees the request, or after the portal did the work a reply that is lost, garbled, late or
// never comes. An override sees every request first and may answer it itself. Everything is
// deterministic: a rule fires on the matching requests it counts, in the order they come.
// Thread-safe: the lanes of a pass run in threads of their own and share one portal.
class FakePortal : public TestPortal
{
public:
    enum class Fault {
        Status,      // answered with `status` (500, 503...) without reaching the portal
        Unreachable, // no answer at all, the portal never sees it (refused, no route)
        LostReply,   // the portal did the work; the answer is cut off after its status line
        Garbled,     // the portal did the work; the answer is not JSON
        Timeout,     // the portal did the work; no answer came in time
        Delay,       // the portal did the work; the answer comes after `delayMs` (a timeout
                     // when that is past the client's)
    };

    // Which requests, and what happens to them: Rule(service, fault).on(code).skipping(2).only(1).
    struct Rule
    {
        Rule(QString service, Fault fault)
            : service(std::move(service))
            , fault(fault)
        {}
        Rule& atPath(const QString& p)
        {
            path = p;
            return *this;
        }
        Rule& on(const QString& i)
        {
            item = i;
            return *this;
        }
        Rule& withStatus(int s)
        {
            status = s;
            return *this;
        }
        Rule& lasting(int ms)
        {
            delayMs = ms;
            return *this;
        }
        Rule& skipping(int n)
        {
            skip = n;
            return *this;
        }
        Rule& only(int n)
        {
            count = n;
            return *this;
        }

        QString path;    // "/mapi/login", "/mapi/g", "/mapi/tep"; empty: any
        QString service; // "DongBoHoSoMC", "MC_TaiTep", "login"...; empty: any
        QString item;    // a dossier code or file SHA-256 the request carries; empty: any
        Fault fault = Fault::Status;
        int status = 503;
        int delayMs = 0;
        int skip = 0;   // matching requests let through before the fault starts
        int count = -1; // requests faulted then; -1: every one after `skip`
    };

    // One request as the fake saw it, in arrival order.
    struct Request
    {
        QString path;
        QString service;      // "login" for /mapi/login
        QStringList items;    // the dossier codes (MaHoSo) and file SHA-256 (MaTep) it carries
        QJsonObject envelope; // the request object (for /mapi/tep, without the bytes)
        bool faulted = false; // a rule or the override answered it
        bool served = false;  // the portal did the work
        int errorCode = -999; // the portal's error_code when it answered one
    };

    // Sees each request before the rules: an exchange to answer it with, or nullopt to go on.
    using Override = std::function<std::optional<HttpExchange>(const Request& request)>;

    FakePortal();
    ~FakePortal() override;
    FakePortal(const FakePortal&) = delete;
    FakePortal& operator=(const FakePortal&) = delete;

    // Opens the portal's database; false with errorString() set when it cannot.
    bool open();
    QString errorString() const { return m_error; }
    PortalServer& server() { return *m_server; }

    void addRule(const Rule& rule);
    void clearRules();
    void setOverride(Override o);
    QList<Request> requests() const;
    void clearRequests();
    // The requests of one service, in order.
    QList<Request> requests(const QString& service) const;

    // For SyncOptions::transport: every lane's client speaks to this portal.
    TransportFactory transport() override;
    // One exchange, as a client's transport does it (the client's timeout in `timeoutMs`).
    HttpExchange exchange(const QString& path, const QByteArray& body, int timeoutMs);

    // A central decision on `code` as the portal's page takes one (PROTOCOL.md, section 6).
    bool decide(const QString& code, const QString& status, const QString& content = {});

    // TestPortal
    QUrl url() const override;
    QString username() const override;
    QString password() const override;
    QString caPath() const override { return {}; }
    QString pinSha256() const override;
    bool isCenter() const override { return false; }
    QString madonvi() const override { return QStringLiteral("000.00.00.H34"); }
    QJsonObject stats() override;
    QJsonObject dossier(const QString& code) override;

private:
    struct Active
    {
        Rule rule;
        int seen; // matching requests so far
    };
    std::optional<Fault> faultFor(const Request& r, Rule* rule);

    QTemporaryDir m_dir;
    std::unique_ptr<PortalServer> m_server;
    QString m_error;
    mutable QMutex m_mutex;
    QList<Active> m_rules;
    Override m_override;
    QList<Request> m_requests;
};

} // namespace motcua::test
