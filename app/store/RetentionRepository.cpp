#include "store/RetentionRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

namespace {

Result<int> run(Database& db, const QString& sql, const QDateTime& before)
{
    auto q = db.query(sql, QCoreApplication::translate("motcua::RetentionRepository", "removing old records"));
    if (!q)
        return q.error();
    if (Status s = q->bind(1, before).exec(); !s)
        return s.error();
    return db.changes();
}

} // namespace

Result<int> RetentionRepository::stripSentPayloads(const QDateTime& doneBefore)
{
    return run(m_db,
               QStringLiteral("UPDATE outbox SET payload = '{}' WHERE state = 'done' AND done_at <= ?1 "
                              "AND payload <> '{}'"),
               doneBefore);
}

Result<int> RetentionRepository::deleteDraftsBefore(const QDateTime& savedBefore)
{
    return run(m_db, QStringLiteral("DELETE FROM intake_drafts WHERE saved_at < ?1"), savedBefore);
}

Result<int> RetentionRepository::deleteKeptScansBefore(const QDateTime& addedBefore)
{
    return run(m_db, QStringLiteral("DELETE FROM kept_scans WHERE added_at < ?1"), addedBefore);
}

} // namespace motcua
