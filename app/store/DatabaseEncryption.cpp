#include "store/DatabaseEncryption.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <sqlite3.h>

namespace motcua {

namespace {

// Row counts of every table (full-text shadow tables included), by name.
Result<QMap<QString, qint64>> rowCounts(Database& db)
{
    QStringList tables;
    {
        auto q =
            db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                     QCoreApplication::translate("motcua::DatabaseEncryption", "counting the rows of the database"));
        if (!q)
            return q.error();
        while (q->next())
            tables.append(q->text(0));
        if (!q->error())
            return q->error().error();
    }
    QMap<QString, qint64> counts;
    for (const QString& table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto q =
            db.query(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted),
                     QCoreApplication::translate("motcua::DatabaseEncryption", "counting the rows of the database"));
        if (!q)
            return q.error();
        if (!q->next())
            return q->error() ? Error::storage(QStringLiteral("no count")) : q->error().error();
        counts.insert(table, q->int64(0));
    }
    return counts;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

bool leaveWal(Database& db)
{
    // Another program's lock is an answer, not something to wait for.
    (void)db.execute(QStringLiteral("PRAGMA busy_timeout = 0"));
    auto q = db.query(QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QCoreApplication::translate("motcua::DatabaseEncryption", "leaving the write-ahead log"));
    return q && q->next() && q->text(0).toLower() == QLatin1String("delete");
}

Result<EncryptionReport> encryptInPlace(Database& db, const QByteArray& key, const std::function<Status()>& beforeSwap)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = db.path();
    if (db.isKeyed() || path.isEmpty() || path == QLatin1String(":memory:"))
        return Error::badInput(
            QCoreApplication::translate("motcua::DatabaseEncryption", "Only a plain database file can be encrypted."));
    const Error busy = Error::conflict(QCoreApplication::translate(
        "motcua::DatabaseEncryption",
        "The database is open in another program; it is encrypted at a later administrator login."));
    if (Database::openConnectionsOn(path) > 1 || db.inTransaction())
        return busy;

    // Leaving WAL needs the file to itself, and the exclusive locking mode keeps it so: no
    // other program can read or write the plain file until this connection closes.
    (void)db.execute(QStringLiteral("PRAGMA busy_timeout = 0"));
    // A WAL checkpoint of this process would hold the file too (reopening resumes them).
    db.pauseCheckpoints();
    // The WAL goes with the plain file: its frames are plain pages, and left beside the
    // encrypted file they would be read as its own.
    int persist = 0;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    auto restore = [&db, &path] {
        QByteArray none;
        (void)db.reopen(path, none);
    };
    if (!leaveWal(db) || !db.execute(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;"))) {
        restore();
        return busy;
    }

    EncryptionReport report;
    report.bytesBefore = QFileInfo(path).size();
    const QString copy = path + QStringLiteral(".encrypting");
    const QString plainCopy = path + QStringLiteral(".plain-copy");
    removeWithCompanions(copy);
    auto fail = [&](const Error& error) -> Error {
        restore();
        removeWithCompanions(copy);
        qCWarning(lcStore).noquote() << "database not encrypted:" << error.message;
        return error;
    };

    const Result<QMap<QString, qint64>> before = rowCounts(db);
    if (!before)
        return fail(before.error());
    const int version = db.userVersion();
    if (Status s = db.exportEncrypted(copy, key); !s)
        return fail(s.error());
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database check;
        if (Status s = check.open(copy, key); !s)
            return fail(s.error());
        const Result<QMap<QString, qint64>> after = rowCounts(check);
        if (!after)
            return fail(after.error());
        if (*after != *before || check.userVersion() != version)
            return fail(Error::storage(QCoreApplication::translate(
                "motcua::DatabaseEncryption",
                "The encrypted copy of the database differs from the original; the original is kept.")));
        // One file: the copy's WAL folded in before it takes the original's place.
        (void)check.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        report.rows += it.value();
    report.tables = static_cast<int>(before->size());

    if (beforeSwap) {
        if (Status s = beforeSwap(); !s)
            return fail(s.error());
    }
    QFile::remove(plainCopy);
    if (!QFile::rename(path, plainCopy))
        return fail(Error::storage(
            QCoreApplication::translate("motcua::DatabaseEncryption", "Cannot rename the database %1 to %2.")
                .arg(path, plainCopy)));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
        QFile::remove(copy + suffix);
    }
    if (!QFile::rename(copy, path)) {
        QFile::rename(plainCopy, path);
        return fail(Error::storage(
            QCoreApplication::translate("motcua::DatabaseEncryption", "Cannot rename the database %1 to %2.")
                .arg(copy, path)));
    }
    if (Status s = db.reopen(path, key); !s) {
        // Back to the plain file, checked and unchanged.
        QFile::remove(path);
        QFile::rename(plainCopy, path);
        return fail(s.error());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    removeWithCompanions(plainCopy);
    report.bytesAfter = QFileInfo(path).size();
    report.milliseconds = timer.elapsed();
    qCInfo(lcStore) << "database encrypted in place:" << report.tables << "tables," << report.rows << "rows,"
                    << report.bytesBefore << "->" << report.bytesAfter << "bytes in" << report.milliseconds << "ms";
    return report;
}

} // namespace motcua
