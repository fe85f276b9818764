#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "sync/OutboxStore.h"
#include "sync/PortalConfig.h"
#include "sync/SyncRunner.h"
#include "sync/SyncTypes.h"

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

// A warning the Sync page and the status bar show (guard rails of issue 7).
struct SyncWarning
{
    QString key;  // "catalogue_old", "holidays_old", "stuck", "failed", "alarm", "conflicts"
    QString text; // translated
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
