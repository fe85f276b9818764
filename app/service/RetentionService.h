#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QString>

namespace motcua {

class Clock;
class Database;
class Settings;

// Personal data is kept only as long as it serves (Decree 13/2023 and the Law on Personal Data
// Protection: storage limitation). A purge
//   - empties the payload of outbox rows the portal acknowledged more than
//     retention.sentPayloadDays ago (the row keeps its code, kind and times),
//   - deletes intake drafts not saved for retention.draftDays,
//   - deletes kept scans older than retention.keptScanDays (their files go with the sweep the
//     caller runs next: AttachmentService::sweep),
//   - removes the pieces kept of downloads from the center not tried again for
//     retention.fetchPartDays (the folder set with setFetchPartsFolder).
// One transaction, audited "store.purge" with the counts when anything went. Run by
// `motcuactl store purge` and by the desktop app after each login.
class RetentionService
{
public:
    struct Counts
    {
        int payloads = 0;
        int drafts = 0;
        int keptScans = 0;
        int fetchParts = 0;
        int total() const { return payloads + drafts + keptScans + fetchParts; }
    };

    RetentionService(Database& db, Settings& settings, const Clock& clock);
    // Where downloads keep their pieces (AttachmentService::fetchPartsFolder); none by default.
    void setFetchPartsFolder(const QString& folder) { m_fetchParts = folder; }

    // Administrators (the app's own run acts as the system, an administrator).
    Result<Counts> purge(const Actor& by);

private:
    Database& m_db;
    Settings& m_settings;
    const Clock& m_clock;
    QString m_fetchParts;
};

} // namespace motcua
