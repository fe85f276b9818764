#include "store/DossierCodeAllocator.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace motcua {

namespace {

const QString kLease = QStringLiteral("lease");
const QString kFallback = QStringLiteral("fallback");

bool validAgency(const QString& agency)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._]+$"));
    return re.match(agency).hasMatch();
}

QString readingBlocks()
{
    return QCoreApplication::translate("motcua::DossierCodeAllocator", "reading the blocks of dossier numbers");
}

} // namespace

// ---------------------------------------------------------------------------------------
// CodeNumbering

CodeBlock CodeNumbering::fallbackRange(int station) const
{
    const int size = fallbackSize();
    const int first = fallbackStart + (station - 1) * size;
    return CodeBlock{first, first + size - 1};
}

Status CodeNumbering::validate(int station) const
{
    if (fallbackStart < 2 || fallbackStart > kMaxSequence || maxStations < 1 || fallbackSize() < 1 || blockSize < 1 ||
        blockSize >= fallbackStart) {
        return Error::badInput(QCoreApplication::translate("motcua::DossierCodeAllocator",
                                                           "The dossier numbering settings are invalid (offline "
                                                           "ranges from %1 for %2 workstations, blocks of %3).")
                                   .arg(fallbackStart)
                                   .arg(maxStations)
                                   .arg(blockSize));
    }
    if (station < 1 || station > maxStations) {
        return Error::badInput(QCoreApplication::translate("motcua::DossierCodeAllocator",
                                                           "The workstation number must be between 1 and %1; it is %2.")
                                   .arg(maxStations)
                                   .arg(station));
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// DossierCodeAllocator

DossierCodeAllocator::DossierCodeAllocator(Database& stationDb, Config config)
    : m_db(stationDb)
    , m_config(config)
{}

void DossierCodeAllocator::setLeaseSource(LeaseSource source)
{
    m_source = std::move(source);
}

QString DossierCodeAllocator::dayKey(const QDateTime& at)
{
    return dayKey(toVietnam(at).date());
}

QString DossierCodeAllocator::dayKey(const QDate& vietnamDay)
{
    return vietnamDay.toString(QStringLiteral("yyMMdd"));
}

QString DossierCodeAllocator::formatCode(const QString& agency, const QString& day, int sequence)
{
    return agency + QLatin1Char('-') + day + QLatin1Char('-') +
           QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

// Takes the next number of the first non-exhausted block of `source`; NotFound when none.
Result<int> DossierCodeAllocator::takeFrom(const QString& agency, const QString& day, const QString& source,
                                           const CodeBlock& within)
{
    qint64 id = 0;
    int number = 0;
    {
        auto find = m_db.query(QStringLiteral("SELECT id, next FROM code_blocks WHERE agency = ?1 AND day = ?2 AND "
                                              "source = ?3 AND next <= last AND first >= ?4 AND last <= ?5 "
                                              "ORDER BY first LIMIT 1"),
                               readingBlocks());
        if (!find)
            return find.error();
        find->bind(1, agency).bind(2, day).bind(3, source).bind(4, within.first).bind(5, within.last);
        if (!find->next()) {
            if (Status s = find->error(); !s)
                return s.error();
            return Error::notFound(QString());
        }
        id = find->int64(0);
        number = find->integer(1);
    }
    auto advance = m_db.query(QStringLiteral("UPDATE code_blocks SET next = next + 1 WHERE id = ?1"),
                              QCoreApplication::translate("motcua::DossierCodeAllocator", "taking a dossier number"));
    if (!advance)
        return advance.error();
    advance->bind(1, id);
    if (Status s = advance->exec(); !s)
        return s.error();
    return number;
}

Status DossierCodeAllocator::recordBlock(const QString& agency, const QString& day, const CodeBlock& block,
                                         const QString& source)
{
    auto q =
        m_db.query(QStringLiteral("INSERT INTO code_blocks (agency, day, first, last, next, source, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?3, ?5, ?6)"),
                   QCoreApplication::translate("motcua::DossierCodeAllocator", "recording a block of dossier numbers"));
    if (!q)
        return q.error();
    q->bind(1, agency)
        .bind(2, day)
        .bind(3, block.first)
        .bind(4, block.last)
        .bind(5, source)
        .bind(6, m_config.clock ? m_config.clock->now().toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch());
    return q->exec();
}

// Asks the lease source for a block and checks it: a block outside the lease range, or
// overlapping one this station already holds, would break the no-collision guarantee, so it
// is refused (and the station falls back) rather than trusted.
Result<CodeBlock> DossierCodeAllocator::leaseBlock(const QString& agency, const QString& day)
{
    if (!m_source)
        return Error::conflict(QCoreApplication::translate("motcua::DossierCodeAllocator",
                                                           "The center cannot be reached to lease dossier "
                                                           "numbers."));
    Result<CodeBlock> block = m_source(agency, day, m_config.numbering.blockSize);
    if (!block)
        return block;
    const CodeBlock b = *block;
    bool ok = b.first >= 1 && b.first <= b.last && b.last < m_config.numbering.fallbackStart;
    if (ok) {
        auto overlap = m_db.query(QStringLiteral("SELECT count(*) FROM code_blocks WHERE agency = ?1 AND day = ?2 "
                                                 "AND first <= ?4 AND last >= ?3"),
                                  readingBlocks());
        if (!overlap)
            return overlap.error();
        ok = overlap->bind(1, agency).bind(2, day).bind(3, b.first).bind(4, b.last).next() && overlap->integer(0) == 0;
    }
    if (!ok) {
        qCWarning(lcStore) << "refusing leased block" << b.first << b.last << "for day" << day;
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierCodeAllocator",
                                        "The center leased dossier numbers %1–%2, which this workstation cannot use.")
                .arg(b.first)
                .arg(b.last));
    }
    return b;
}

Result<QString> DossierCodeAllocator::mint(const QString& agency, const QDateTime& receivedAt)
{
    if (Status s = m_config.numbering.validate(m_config.station); !s)
        return s.error();
    if (!validAgency(agency))
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierCodeAllocator", "The agency code \"%1\" is not valid.")
                .arg(agency));
    if (!receivedAt.isValid())
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierCodeAllocator", "The dossier has no time of receipt."));
    if (!m_db.inTransaction())
        return Error::internal(
            QCoreApplication::translate("motcua::DossierCodeAllocator",
                                        "A dossier code must be taken inside the transaction that saves the dossier."));

    const QString day = dayKey(receivedAt);

    // 1. A leased block of the day.
    Result<int> n = takeFrom(agency, day, kLease);
    if (n)
        return formatCode(agency, day, *n);
    if (n.error().code != Error::NotFound)
        return n.error();

    // 2. Online: lease a new block.
    if (m_source) {
        Result<CodeBlock> block = leaseBlock(agency, day);
        if (block) {
            if (Status s = recordBlock(agency, day, *block, kLease); !s)
                return s.error();
            n = takeFrom(agency, day, kLease);
            if (n)
                return formatCode(agency, day, *n);
            return n.error();
        }
        qCDebug(lcStore) << "no lease, using the offline range:" << block.error().message;
    }

    // 3. Offline: this station's own range (only its own: a workstation that got another number
    // by joining a center must not go on in the range of the number it had before).
    const CodeBlock range = m_config.numbering.fallbackRange(m_config.station);
    n = takeFrom(agency, day, kFallback, range);
    if (n)
        return formatCode(agency, day, *n);
    if (n.error().code != Error::NotFound)
        return n.error();

    bool started = false;
    {
        auto has = m_db.query(QStringLiteral("SELECT count(*) FROM code_blocks WHERE agency = ?1 AND day = ?2 AND "
                                             "source = 'fallback' AND first >= ?3 AND last <= ?4"),
                              readingBlocks());
        if (!has)
            return has.error();
        started =
            has->bind(1, agency).bind(2, day).bind(3, range.first).bind(4, range.last).next() && has->integer(0) > 0;
    }
    if (started) {
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierCodeAllocator",
                                        "This workstation has used all its offline dossier numbers for today "
                                        "(%1–%2). Connect to the center to lease more numbers.")
                .arg(range.first)
                .arg(range.last));
    }
    if (Status s = recordBlock(agency, day, range, kFallback); !s)
        return s.error();
    n = takeFrom(agency, day, kFallback, range);
    if (!n)
        return n.error();
    return formatCode(agency, day, *n);
}

Result<int> DossierCodeAllocator::leasedBlocks(Database& db, const QString& agency, const QString& day)
{
    auto q =
        db.query(QStringLiteral("SELECT count(*) FROM code_blocks WHERE agency = ?1 AND day = ?2 AND source = 'lease'"),
                 readingBlocks());
    if (!q)
        return q.error();
    const int blocks = q->bind(1, agency).bind(2, day).next() ? q->integer(0) : 0;
    if (Status s = q->error(); !s)
        return s.error();
    return blocks;
}

Result<DossierCodeAllocator::Remaining> DossierCodeAllocator::remaining(const QString& agency, const QDate& day)
{
    auto q = m_db.query(
        QStringLiteral("SELECT source, sum(last - next + 1), count(*) FROM code_blocks "
                       "WHERE agency = ?1 AND day = ?2 GROUP BY source"),
        QCoreApplication::translate("motcua::DossierCodeAllocator", "reading the blocks of dossier numbers"));
    if (!q)
        return q.error();
    q->bind(1, agency).bind(2, dayKey(day));
    Remaining r;
    r.fallback = m_config.numbering.fallbackSize();
    while (q->next()) {
        if (q->text(0) == kLease)
            r.leased = q->integer(1);
        else
            r.fallback = q->integer(1);
    }
    if (!q->error())
        return q->error().error();
    return r;
}

Status DossierCodeAllocator::prefetch(const QString& agency, const QDate& day)
{
    if (Status s = m_config.numbering.validate(m_config.station); !s)
        return s;
    if (!validAgency(agency))
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierCodeAllocator", "The agency code \"%1\" is not valid.")
                .arg(agency));
    Result<Remaining> left = remaining(agency, day);
    if (!left)
        return left.error();
    if (left->leased >= std::max(1, m_config.numbering.blockSize / 2))
        return {};
    const QString key = dayKey(day);
    // The network call happens before the transaction so the write lock is never held
    // while waiting for the center.
    Result<CodeBlock> block = leaseBlock(agency, key);
    if (!block)
        return block.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = recordBlock(agency, key, *block, kLease); !s)
        return s;
    return tx.commit();
}

} // namespace motcua
