#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <sqlite3.h>

// The file's upkeep beside the commits: checkpoints, compaction, the full-text indexes' merges
// and the sync lane's durability setting. Opening, statements and errors are in Database.cpp.

namespace motcua {

Status Database::checkpointTruncate()
{
    return execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Status Database::vacuum()
{
    if (Status s = execute(QStringLiteral("VACUUM")); !s)
        return s;
    return checkpointTruncate();
}

Status Database::relaxDurabilityForBookkeeping()
{
    return execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Result<bool> Database::mergeTextIndexes(int pages)
{
    if (!m_db)
        return Error::storage(QCoreApplication::translate("motcua::Database", "The database is not open."));
    if (inTransaction())
        return false;
    QStringList tables;
    {
        Statement& st = prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                               "sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'"));
        while (st.next())
            tables.append(st.text(0));
        if (!st.error())
            return st.error().error();
    }
    bool more = false;
    int rc = SQLITE_OK;
    // Another connection writing (a sync lane): merge next time rather than wait for it.
    sqlite3_busy_timeout(m_db, 0);
    for (QString table : std::as_const(tables)) {
        table.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        Statement& st = prepare(QStringLiteral("INSERT INTO \"%1\"(\"%1\", rank) VALUES ('merge', ?1)").arg(table));
        if (!st.isValid()) {
            rc = SQLITE_ERROR;
            break;
        }
        // FTS5 changes at least two rows when a merge did some work.
        const sqlite3_int64 before = sqlite3_total_changes64(m_db);
        sqlite3_bind_int(st.handle(), 1, pages);
        rc = sqlite3_step(st.handle());
        rc = sqlite3_reset(st.handle());
        if ((rc & 0xff) == SQLITE_BUSY) {
            more = true;
            rc = SQLITE_OK;
        } else if (rc != SQLITE_OK) {
            break;
        }
        more = more || sqlite3_total_changes64(m_db) - before >= 2;
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (rc != SQLITE_OK)
        return storageError(QCoreApplication::translate("motcua::Database", "merging the search index"));
    return more;
}

} // namespace motcua
