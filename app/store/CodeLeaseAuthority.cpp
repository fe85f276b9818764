#include "store/CodeLeaseAuthority.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace motcua {

CodeLeaseAuthority::CodeLeaseAuthority(Database& db, const Clock& clock, CodeNumbering numbering)
    : m_db(db)
    , m_clock(clock)
    , m_numbering(numbering)
{}

Status CodeLeaseAuthority::init()
{
    // The counter row is the single source of truth; code_leases is the record of who got
    // what (for support: which workstation used a number).
    return m_db.execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS code_lease_counters ("
                       "  agency TEXT NOT NULL, day TEXT NOT NULL, next INTEGER NOT NULL, PRIMARY KEY (agency, day)"
                       ") WITHOUT ROWID;"
                       "CREATE TABLE IF NOT EXISTS code_leases ("
                       "  id INTEGER PRIMARY KEY, agency TEXT NOT NULL, day TEXT NOT NULL, first INTEGER NOT NULL,"
                       "  last INTEGER NOT NULL, station INTEGER NOT NULL, leased_at INTEGER NOT NULL,"
                       "  CHECK (first <= last));"
                       "CREATE INDEX IF NOT EXISTS code_leases_agency_day ON code_leases(agency, day, first);"));
}

Result<int> CodeLeaseAuthority::available(const QString& agency, const QString& day)
{
    auto q = m_db.query(QStringLiteral("SELECT next FROM code_lease_counters WHERE agency = ?1 AND day = ?2"),
                        QCoreApplication::translate("motcua::CodeLeaseAuthority", "reading the numbers left to lease"));
    if (!q)
        return q.error();
    q->bind(1, agency).bind(2, day);
    int next = 1;
    if (q->next())
        next = q->integer(0);
    if (!q->error())
        return q->error().error();
    return std::max(0, m_numbering.fallbackStart - next);
}

Result<CodeBlock> CodeLeaseAuthority::lease(const QString& agency, const QString& day, int station, int size)
{
    static const QRegularExpression agencyRe(QStringLiteral("^[A-Za-z0-9._]+$"));
    static const QRegularExpression dayRe(QStringLiteral("^\\d{6}$"));
    if (!agencyRe.match(agency).hasMatch() || !dayRe.match(day).hasMatch() || station < 1 ||
        station > m_numbering.maxStations || size < 1) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CodeLeaseAuthority", "The request for dossier numbers is invalid."));
    }
    // BEGIN IMMEDIATE serialises leases even when several portal workers share the file.
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<int> left = available(agency, day);
    if (!left)
        return left.error();
    const int end = m_numbering.fallbackStart - 1;
    const int first = m_numbering.fallbackStart - *left;
    if (*left <= 0) {
        return Error::conflict(
            QCoreApplication::translate("motcua::CodeLeaseAuthority",
                                        "All dossier numbers the center can lease for %1 on %2 are used.")
                .arg(agency, day));
    }
    const CodeBlock block{first, std::min(end, first + size - 1)};

    auto counter =
        m_db.query(QStringLiteral("INSERT INTO code_lease_counters (agency, day, next) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (agency, day) DO UPDATE SET next = excluded.next"),
                   QCoreApplication::translate("motcua::CodeLeaseAuthority", "leasing a block of dossier numbers"));
    if (!counter)
        return counter.error();
    counter->bind(1, agency).bind(2, day).bind(3, block.last + 1);
    if (Status s = counter->exec(); !s)
        return s.error();

    auto record = m_db.query(
        QStringLiteral(
            "INSERT INTO code_leases (agency, day, first, last, station, leased_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        QCoreApplication::translate("motcua::CodeLeaseAuthority", "leasing a block of dossier numbers"));
    if (!record)
        return record.error();
    record->bind(1, agency)
        .bind(2, day)
        .bind(3, block.first)
        .bind(4, block.last)
        .bind(5, station)
        .bind(6, m_clock.now().toSecsSinceEpoch());
    if (Status s = record->exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcStore) << "leased" << block.first << block.last << "to station" << station;
    return block;
}

} // namespace motcua
