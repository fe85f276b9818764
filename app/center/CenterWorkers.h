#pragma once

#include "center/CenterConfig.h"
#include "core/Result.h"
#include "portal/BundleOpener.h"

#include <memory>
#include <vector>

namespace motcua {

class CenterWorker;

// `motcua-center serve`: CenterConfig::workers CenterServer instances, each on its own thread
// with its own PostgreSQL connection, all accepting on the configured port (SO_REUSEPORT, the
// kernel spreads the connections). A request waits on its own transaction only, so while one
// worker waits for a commit the others go on serving. They keep nothing but what PostgreSQL
// holds, like separate processes would; the injected fault of the test endpoint is shared.
class CenterWorkers
{
public:
    CenterWorkers(CenterConfig config, BundleOpener bundles);
    ~CenterWorkers();

    // Starts every worker; the port once all of them listen, or the first one's error.
    Result<quint16> start();
    // Ends the workers' event loops and waits for them.
    void stop();

private:
    CenterConfig m_config;
    BundleOpener m_bundles;
    std::vector<std::unique_ptr<CenterWorker>> m_workers;
};

} // namespace motcua
