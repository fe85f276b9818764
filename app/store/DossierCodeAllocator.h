#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace motcua {

class Clock;
class Database;

/*
 * Dossier codes: {agency}-{yyMMdd}-{NNNN} (docs/domain.md#dossier-codes), e.g.
 * 000.00.06.H56-231027-0361. The day is the Vietnam date of receipt; NNNN runs 0001–9999 per
 * agency per day. Every workstation (station) of one center shares the agency code, and some
 * of them stay offline all day, yet no two may ever mint the same code.
 *
 * How collisions are made impossible: the day's sequence space is split in two disjoint parts.
 *
 *   1 .. fallbackStart-1         leased in blocks (blockSize numbers) by the center's
 *                                CodeLeaseAuthority while the station is online. The authority
 *                                keeps one counter per agency and day and never hands out a
 *                                number twice.
 *   fallbackStart .. 9999        split into maxStations equal, disjoint ranges by station number:
 *                                station k owns fallbackStart + (k-1)*size .. fallbackStart +
 *                                k*size - 1, size = (10000 - fallbackStart) / maxStations. No
 *                                coordination is needed: the station number is configured once
 *                                per workstation and is unique within the center.
 *
 * With the defaults (fallbackStart 5000, blockSize 50, maxStations 10) the center leases
 * 0001–4999 and station 3 falls back to 6000–6499 when offline.
 *
 * A station mints only from blocks recorded in its own table code_blocks: first from the day's
 * leased blocks, then (when they are used up) it asks the lease source for a new block, and if
 * that fails (offline) it takes numbers from its fallback range. When the fallback range is used
 * up too, minting fails with a Conflict telling the clerk to connect; a code is never guessed.
 *
 * mint() must run inside the caller's Transaction, the one that inserts the dossier: it advances
 * code_blocks.next in that transaction, so a dossier that is not saved gives its number back and
 * a saved one can never lose it. A block leased inside a transaction that rolls back is lost to
 * this station (the center still counts it as leased): numbers are wasted, never duplicated.
 * prefetch() leases ahead while online, outside any dossier's transaction, so intake never
 * waits on the network; a lease made during mint() is the fallback for a cold start.
 */

// A run of sequence numbers [first, last] of one agency and day.
struct CodeBlock
{
    int first = 0;
    int last = 0;
    int size() const { return last - first + 1; }
};

// How a center splits its daily sequence space. The settings layer stores these; every
// station of a center and its lease authority must use the same fallbackStart and maxStations.
struct CodeNumbering
{
    static constexpr int kMaxSequence = 9999; // four digits

    int fallbackStart = 5000; // first number of the offline ranges; leases use 1 .. fallbackStart-1
    int maxStations = 10;     // stations sharing the offline ranges
    int blockSize = 50;       // numbers per lease

    int fallbackSize() const { return (kMaxSequence + 1 - fallbackStart) / maxStations; }
    // Station k's offline range (k in 1..maxStations).
    CodeBlock fallbackRange(int station) const;
    // Ok, or BadInput naming what is wrong (ranges too small, station out of range).
    Status validate(int station) const;
};

class DossierCodeAllocator
{
public:
    struct Config
    {
        int station = 1; // this workstation's number within the center, 1..numbering.maxStations
        CodeNumbering numbering;
        const Clock* clock = nullptr; // stamps code_blocks.created_at; null: the system clock
    };
    // Asks the center for a block of `size` numbers of (agency, day 'yyMMdd'). A failure
    // (network down, center refuses) means offline: the allocator falls back.
    using LeaseSource = std::function<Result<CodeBlock>(const QString& agency, const QString& day, int size)>;

    DossierCodeAllocator(Database& stationDb, Config config);

    const Config& config() const { return m_config; }
    void setConfig(Config config) { m_config = config; }
    // An empty function means offline.
    void setLeaseSource(LeaseSource source);

    // Next code for a dossier of `agency` received at `receivedAt`. Must be called inside the
    // caller's open Transaction (see above); Internal error otherwise. Conflict when this
    // station has no number left for the day.
    Result<QString> mint(const QString& agency, const QDateTime& receivedAt);

    // Leases a block for (agency, Vietnam `day`) when fewer than half a block of leased
    // numbers remain. Uses its own transaction (a savepoint inside an open one). Returns the
    // lease source's error when offline; a missing source is an error too.
    Status prefetch(const QString& agency, const QDate& day);

    struct Remaining
    {
        int leased = 0;   // unused numbers in leased blocks
        int fallback = 0; // unused numbers of this station's offline range
    };
    Result<Remaining> remaining(const QString& agency, const QDate& day);

    // 'yyMMdd' of the Vietnam date of an instant: 2026-02-13T23:30Z → "260214".
    static QString dayKey(const QDateTime& at);
    static QString dayKey(const QDate& vietnamDay);
    static QString formatCode(const QString& agency, const QString& day, int sequence);
    // How many blocks `db` has recorded as leased for (agency, day): a lease source names its
    // next request after it.
    static Result<int> leasedBlocks(Database& db, const QString& agency, const QString& day);

private:
    Result<CodeBlock> leaseBlock(const QString& agency, const QString& day);
    Status recordBlock(const QString& agency, const QString& day, const CodeBlock& block, const QString& source);
    // The next number of a block of `source` for (agency, day) lying within `within`.
    Result<int> takeFrom(const QString& agency, const QString& day, const QString& source,
                         const CodeBlock& within = {1, 9999});

    Database& m_db;
    Config m_config;
    LeaseSource m_source;
};

} // namespace motcua
