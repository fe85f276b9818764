#pragma once

#include "center/CenterConfig.h"
#include "core/Backoff.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace motcua {

class CenterDatabase;
class Clock;
class PortalClient;

// Pulls the citizens' online submissions from the national portal (PROTOCOL.md 3.17, 3.18) into
// the center's dossiers: each one with its files complete, SHA-256 checked, and the cursor moved
// in the same transaction, so a pull cut off anywhere resumes without a double and never leaves
// a submission half stored. Stored as ma_hoso = ma_truc_tuyen = the reference, kenh 2,
// trang_thai 1; the feed then carries it to every workstation. Blocking; one per thread.
class CenterOnlinePull
{
public:
    CenterOnlinePull(CenterDatabase& db, const CenterConfig& config, const Clock& clock);
    ~CenterOnlinePull();

    // Whether the national settings can be used; BadInput naming the key when not.
    static Status checkSettings(const CenterConfig& config);

    struct Pass
    {
        QStringList stored;  // references stored by this pass
        int alreadyHeld = 0; // pulled again after a cut-off, already stored
    };
    // Pulls until the portal has nothing more. A failure is counted (online_pull.failures) and
    // returned; what was stored before it stays stored.
    Result<Pass> pass();
    // Seconds until the next pass: the interval, or the back-off after failures in a row.
    qint64 nextDelaySecs();

private:
    Result<QByteArray> download(const QString& sha256, qint64 size);
    Result<bool> store(const QJsonObject& entry, const QList<QByteArray>& files, qint64 cursor);
    Status recordFailure(const QString& reason);

    CenterDatabase& m_db;
    const CenterConfig& m_config;
    const Clock& m_clock;
    std::unique_ptr<PortalClient> m_client;
    Backoff m_backoff;
    int m_intervalSecs = 60;
};

} // namespace motcua
