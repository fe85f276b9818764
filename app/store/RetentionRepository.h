#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace motcua {

class Database;

// The rows retention removes or empties (RetentionService). Plain row access; never opens a
// transaction: the caller wraps the three in theirs.
class RetentionRepository
{
public:
    explicit RetentionRepository(Database& db)
        : m_db(db)
    {}

    // Outbox rows sent and acknowledged (state 'done') at or before `doneBefore` keep their code,
    // kind and times; the payload, a full copy of the dossier with the applicant's personal
    // data, becomes "{}". Returns how many rows were emptied.
    Result<int> stripSentPayloads(const QDateTime& doneBefore);
    // Intake drafts last saved before `savedBefore`.
    Result<int> deleteDraftsBefore(const QDateTime& savedBefore);
    // Kept scans added before `addedBefore` (their files go with the next sweep).
    Result<int> deleteKeptScansBefore(const QDateTime& addedBefore);

private:
    Database& m_db;
};

} // namespace motcua
