#include "center/CenterWorkers.h"

#include "center/CenterAccounts.h"
#include "center/CenterAuth.h"
#include "center/CenterDatabase.h"
#include "center/CenterRelay.h"
#include "center/CenterServer.h"
#include "center/CenterStore.h"
#include "sync/OfflineBundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QSemaphore>
#include <QThread>

namespace motcua {

// One worker: its connection, its server, its event loop.
class CenterWorker : public QThread
{
public:
    CenterWorker(const CenterConfig& config, quint16 port, CenterWorker* first)
        : m_config(config)
        , m_port(port)
        , m_first(first)
    {}

    // Starts the thread and waits until it listens or failed.
    Result<quint16> begin()
    {
        start();
        m_ready.acquire();
        if (!m_error.message.isEmpty())
            return m_error;
        return m_port;
    }

protected:
    void run() override
    {
        SystemClock clock;
        CenterDatabase db(m_config.database);
        auto auth = std::make_unique<CenterAuth>(db, clock, m_config.sessionTtl);
        PortalServerConfig pc;
        pc.sessionTtl = m_config.sessionTtl;
        pc.faultDelayMs = m_config.faultDelayMs;
        pc.numbering = m_config.numbering;
        pc.clock = &clock;
        CenterServer server(pc, {m_config.agency, m_config.name}, *auth, m_config.testFaults);
        CenterAccounts accounts(db, clock, m_config.agency);
        server.setAccounts(&accounts);
        const bool relayed = !m_config.national.url.isEmpty();
        server.setRelayView([&db, relayed] { return CenterRelay::renderSection(db, relayed); });
        if (m_first)
            server.shareStateWith(*m_first->m_server);
        CenterAuth& stations = *auth;
        server.setAuth(std::move(auth));
        const auto started = [&]() -> Result<quint16> {
            if (Status s = server.open(std::make_unique<CenterStore>(db, m_config.numbering)); !s)
                return s.error();
            // Offline bundles only when signed by an enrolled, unrevoked station.
            server.setBundleOpener([&stations](const QByteArray& file) -> Result<QByteArray> {
                const int station = OfflineBundle::station(file);
                auto secret = station > 0 ? stations.bundleSecret(station)
                                          : Result<QString>(Error::forbidden(QCoreApplication::translate(
                                                "motcua::CenterWorkers",
                                                "The bundle is not signed by a workstation enrolled at this center.")));
                if (!secret)
                    return secret.error();
                auto payload = OfflineBundle::open(file, *secret);
                if (!payload)
                    return payload.error();
                // The audit trail's head inside is the signing station's, whatever it says.
                QJsonArray requests = payload->value(QLatin1String("requests")).toArray();
                for (qsizetype i = 0; i < requests.size(); ++i) {
                    QJsonObject r = requests.at(i).toObject();
                    if (r.value(QLatin1String("service")).toString() == QLatin1String("MC_DauChuoi")) {
                        r.insert(QStringLiteral("May"), QString::number(station));
                        requests.replace(i, r);
                    }
                }
                payload->insert(QStringLiteral("requests"), requests);
                return QJsonDocument(*payload).toJson(QJsonDocument::Compact);
            });
            if (Status s = server.setTls(m_config.certificate, m_config.key); !s)
                return s.error();
            auto address = m_config.address();
            if (!address)
                return address.error();
            return server.start(address->first, m_port, true);
        }();
        if (!started) {
            m_error = started.error();
            m_ready.release();
            return;
        }
        m_port = *started;
        m_server = &server;
        m_ready.release();
        exec();
        m_server = nullptr;
    }

private:
    CenterConfig m_config;
    quint16 m_port;
    CenterWorker* m_first;
    CenterServer* m_server = nullptr;
    Error m_error;
    QSemaphore m_ready;
};

CenterWorkers::CenterWorkers(CenterConfig config)
    : m_config(std::move(config))
{}

CenterWorkers::~CenterWorkers()
{
    stop();
}

Result<quint16> CenterWorkers::start()
{
    auto address = m_config.address();
    if (!address)
        return address.error();
    // The first worker takes the port (the configured one, or a free one for port 0); the others
    // join it there.
    quint16 port = address->second;
    for (int i = 0; i < m_config.workers; ++i) {
        auto worker = std::make_unique<CenterWorker>(m_config, port, i ? m_workers.front().get() : nullptr);
        auto listening = worker->begin();
        m_workers.push_back(std::move(worker));
        if (!listening) {
            stop();
            return listening.error();
        }
        port = *listening;
    }
    return port;
}

void CenterWorkers::stop()
{
    for (auto& worker : m_workers)
        worker->quit();
    for (auto& worker : m_workers)
        worker->wait();
    m_workers.clear();
}

} // namespace motcua
