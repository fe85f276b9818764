#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/DossierCodeAllocator.h"

#include <QString>

namespace motcua {

class Database;

// The center's side of dossier numbering (see DossierCodeAllocator.h): hands out disjoint
// blocks of the lease range 1 .. fallbackStart-1 per agency and day, and records who got
// which. It keeps its own tables in its own database (the portal serves it later); a
// station's database never holds them.
class CodeLeaseAuthority
{
public:
    CodeLeaseAuthority(Database& db, const Clock& clock, CodeNumbering numbering = {});

    // Creates the tables if missing. Call once after opening the database.
    Status init();

    // A block of up to `size` numbers for `station`; the last block of a day may be shorter.
    // Conflict when the day's lease range is used up; BadInput on a bad agency, day
    // ('yyMMdd'), station or size.
    Result<CodeBlock> lease(const QString& agency, const QString& day, int station, int size);

    // Numbers still leasable for (agency, day).
    Result<int> available(const QString& agency, const QString& day);

private:
    Database& m_db;
    const Clock& m_clock;
    CodeNumbering m_numbering;
};

} // namespace motcua
