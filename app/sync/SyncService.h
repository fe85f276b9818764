#pragma once

#include "core/Result.h"
#include "core/SyncTypes.h"
#include "core/Types.h"
#include "store/OutboxStore.h"
#include "sync/PortalConfig.h"
#include "sync/SyncRunner.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace motcua {

class Clock;
class Database;
class Settings;

// What an offline export wrote.
struct BundleSummary
{
    QString path;
    int dossiers = 0;
    int history = 0;
    int attachments = 0;
    int requests = 0;
    qint64 bytes = 0;
};

// A warning the Sync page and the status bar show (docs/architecture.md#sync, guard rails).
struct SyncWarning
{
    QString key;  // "catalogue_old", "holidays_old", "stuck", "failed", "alarm", "conflicts"
    QString text; // translated
};

// A status decided on the portal that met a local change not sent yet (sync_conflicts), as
// the conflicts dialog shows it.
struct SyncConflict
{
    qint64 id = 0;
    QString dossierCode;
    QString applicant; // empty when the dossier is gone
    bool dossierExists = false;
    int localState = 0;        // DossierState now (at detection when the dossier is gone)
    QString localStateName;    // translated
    int portalState = 0;       // national TrangThaiHoSo code
    QString portalStateName;   // translated
    QString portalNote;        // NoiDungXuLy
    QDateTime portalDecidedAt; // ThoiDiemXuLy; invalid when the portal gave none
    QDateTime detectedAt;
    // An online submission this station decided while another counter's decision reached the
    // center first (FeedRepository::yieldOnline): the code this station's decision was recorded
    // under and gave up (its receipt's, or the online reference), empty for other conflicts.
    // The dossier already has the center's code and state; localState is this station's
    // decision. Such a conflict is settled the center's way only.
    QString voidedCode;
};

// How a clerk settles a conflict.
enum class ConflictResolution {
    Portal, // take the central decision; the local change is superseded
    Local,  // keep the local change; it goes out to the portal
};

// The sync features as the GUI and the CLI use them, over the app's database: one pass now,
// pause and resume, retry, counts, warnings and the offline export. Changes made by people
// (pause, resume, retry, export) are checked against the role and audited.
class SyncService
{
public:
    SyncService(Database& db, Settings& settings, const Clock& clock);

    // Portal settings; BadInput when they cannot be used.
    Result<PortalConfig> config();
    // Options of a pass over this database; `force` for "Sync now".
    Result<SyncOptions> options(bool force);
    void setAttachmentReader(AttachmentReader reader) { m_reader = std::move(reader); }
    const AttachmentReader& attachmentReader() const { return m_reader; }
    const Clock& clock() const { return m_clock; }

    // One pass, blocking (the CLI; the GUI runs SyncEngine).
    Result<SyncReport> syncNow(bool force = true);

    bool isPaused();
    Status pause(const Actor& actor);
    Status resume(const Actor& actor);
    // Failed (or all pending when `ids` is empty) rows due now; clears kind back-offs.
    Result<int> retryNow(const Actor& actor, const QList<qint64>& ids = {});

    Result<SyncCounts> counts();
    bool isOnline();
    QString alarm();
    QList<KindState> kinds();
    QList<SyncWarning> warnings();

    // Open conflicts, oldest first.
    Result<QList<SyncConflict>> conflicts();
    // Settles conflict `id` in one transaction with an audit row (sync.conflict_resolve).
    // Portal: the dossier takes the portal's state as a pull would have booked it (event and
    // audit by the portal account) and a fresh dossier record of that state is queued, so the
    // older pending record cannot overwrite the decision once acknowledged. Local: the pending
    // record goes out as it is. Conflict when already resolved, NotFound when the conflict or
    // its dossier is gone; nothing changes then.
    Status resolveConflict(const Actor& actor, qint64 id, ConflictResolution how);

    // Pending work as a signed, encrypted bundle (OfflineBundle.h) for the portal's import.
    // Rows stay queued: the portal ignores what it already has.
    Result<BundleSummary> exportBundle(const Actor& actor, const QString& path);

    OutboxStore& store() { return m_store; }
    Database& db() { return m_db; }

private:
    Status audit(const Actor& actor, const QString& action, const QJsonObject& details);

    Database& m_db;
    Settings& m_settings;
    const Clock& m_clock;
    OutboxStore m_store;
    AttachmentReader m_reader;
};

} // namespace motcua
