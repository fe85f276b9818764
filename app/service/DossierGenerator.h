#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace motcua {

class Database;
class Clock;
class Settings;
class CatalogueService;
class CalendarService;

// A fixed pseudo-random generator (splitmix64) with its own mappings to ranges, so a seed
// gives the same data with every compiler and standard library (std::uniform_*_distribution
// does not promise that).
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next();
    // Uniform in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n);
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform in [0, 1).
    double unit();
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

struct GeneratorOptions
{
    qint64 dossiers = 10000;
    int years = 10;         // history ends now and starts this many years before
    std::uint64_t seed = 1; // same seed, same clock time: the same rows
    int batchSize = 50000;  // dossiers per transaction
    // Outbox rows are kept for dossiers received in the last N days ('done', a short tail
    // still 'queued'); older ones have been synced and purged. 0 keeps one for every dossier.
    int outboxDays = 30;
    // Called after every few thousand dossiers and once at the end.
    std::function<void(qint64 done, qint64 total)> progress;
};

struct GeneratorSummary
{
    qint64 dossiers = 0;
    qint64 components = 0;
    qint64 fees = 0;
    qint64 events = 0;
    qint64 audit = 0;
    qint64 outbox = 0;
    qint64 open = 0;    // not in a closed state at the end
    qint64 overdue = 0; // open with the appointment passed
    QDate firstDay;     // Vietnam dates of the first and last receipt
    QDate lastDay;
    qint64 elapsedMs = 0;
};

/*
 * Fills a database with realistic historical dossiers of the demo center, reproducibly:
 * the rows depend only on the seed, the options and the clock's "now" (the end of the
 * history). What it writes, per dossier:
 *  - an applicant: Vietnamese names with their real surname shares and full diacritics,
 *    highland names of the province, organisations; addresses across the province's
 *    communes; 12-digit citizen IDs with the province prefix; mobile numbers;
 *  - a procedure of the catalogue in force (all departments), a channel (the online share
 *    grows over the years; days off receive only online dossiers), the catalogue's papers
 *    and fees;
 *  - a code {agency}-{yyMMdd}-{NNNN} numbered per day in order of receipt (each day's numbers
 *    are recorded in code_blocks as a used lease, so live intake continues after them);
 *  - the appointment from the real work calendar (CalendarService::calendar());
 *  - a history consistent with the dates: received, processing, supplement requested and
 *    received, awaiting fees, done early / on time / late, returned; or refused, withdrawn,
 *    stopped. Steps after "now" have not happened: such dossiers are open, some overdue;
 *  - an audit row per dossier and, for recent dossiers, the outbox rows.
 *
 * The bulk load runs with synchronous=OFF and the rollback journal in memory, the filled
 * tables' secondary indexes and the FTS triggers dropped (rebuilt once at the end, then
 * ANALYZE); the connection's usual settings (WAL, synchronous=FULL) are restored. A run cut
 * off by a crash or power loss leaves a database to delete.
 */
class DossierGenerator
{
public:
    DossierGenerator(Database& db, Settings& settings, CatalogueService& catalogue, CalendarService& calendar,
                     const Clock& clock);

    // Refuses (Conflict) a database that already holds dossiers, and (BadInput) options
    // that would need more than 4,999 numbers on one day.
    Result<GeneratorSummary> run(const GeneratorOptions& options);

    // Folded name queries a clerk would type, drawn from the generator's distributions:
    // "nguyen van hung", "tran thi", "le hoa", "pham minh tu"... (benchmarks).
    static QStringList nameQueries(std::uint64_t seed, int count);

private:
    Database& m_db;
    Settings& m_settings;
    CatalogueService& m_catalogue;
    CalendarService& m_calendar;
    const Clock& m_clock;
};

} // namespace motcua
