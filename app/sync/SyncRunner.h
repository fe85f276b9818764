#pragma once

#include "core/Result.h"
#include "core/SyncTypes.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace motcua {

class Clock;

// Reads an attachment's bytes for an outbox item of kind 'attachment'. The payload is
// {code, sha256, size, fileName} (plus the store's attachment id); the store's
// AttachmentService::read(id) is the real reader. The bytes returned must be the ones whose
// SHA-256 is the payload's: the reader checks (the store hashes what it decrypts) and the
// sender does not hash them again. Without a reader attachments wait (failed, retried) and
// say why.
using AttachmentReader = std::function<Result<QByteArray>(const OutboxItem& item)>;
// Makes the transport for one lane (the network endpoint seam); empty: HTTPS.
using TransportFactory = std::function<std::unique_ptr<PortalTransport>(const PortalConfig&)>;

struct SyncOptions
{
    PortalConfig config;
    const Clock* clock = nullptr; // null: the system clock
    bool force = false;           // "Sync now": ignore back-off and retry times
    QList<SyncKind> kinds;        // empty: every kind
    AttachmentReader attachments;
    TransportFactory transport;
    const std::atomic<bool>* cancel = nullptr; // set from another thread to stop between requests
    // The center's dossier feed (CenterFeedPull): dossiers per page, and a report after each
    // page committed (dossiers pulled in this pass, and how many were waiting when it began).
    int feedPage = 500;
    std::function<void(qint64 pulled, qint64 total)> feedProgress;
};

// What one pass did.
struct SyncReport
{
    bool reached = false; // the portal answered at least once: online
    QString alarm;        // TLS or credentials refused: sync is stopped until fixed
    int dossiers = 0;     // outbox rows acknowledged, per kind
    int history = 0;
    int attachments = 0;
    int failed = 0; // rows that failed in this pass
    int statusApplied = 0;
    int conflicts = 0;
    int leased = 0;
    int feedDossiers = 0; // dossiers of the center's feed written here
    bool catalogueImported = false;
    int requests = 0;
    QStringList errors; // distinct messages of this pass, for people

    void merge(const SyncReport& other);
};

/*
 * One synchronisation pass over a station database, in lanes that run in parallel (at most
 * config.maxParallel at once), each with its own database connection and HTTPS client:
 *   - dossiers then their history rows (DongBoHoSoMC, CapNhatTienDoHoSoMC),
 *   - attachments (MC_TaiTep, resumable),
 *   - pulls: number-block lease, status changes decided centrally, the catalogue.
 * Each kind has its own back-off; one failing kind never holds back another. A TLS or
 * credentials refusal stops every lane and is reported as an alarm.
 *
 * Only one pass runs per database at a time (a lock file beside it, released by the OS when
 * a process dies). A pass starts by putting rows left in_flight by a dead process back in
 * the queue, so a SIGKILL at any moment loses nothing.
 */
class SyncRunner
{
public:
    SyncRunner(QString databasePath, SyncOptions options);

    // Runs one pass to its end. Conflict when another pass holds the lock; BadInput when no
    // portal is configured.
    Result<SyncReport> run();

private:
    QString m_path;
    SyncOptions m_options;
};

} // namespace motcua
