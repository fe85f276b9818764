#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <mutex>

// Q_INIT_RESOURCE declares a function and must be used outside any namespace.
static void motcuaInitCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace motcua {

namespace {

const QString kSchemaDir = QStringLiteral(":/motcua/schema");

// Scripts in `dir` by version: "001_initial.sql" → 1. Other files are ignored.
QMap<int, QString> scripts(const QString& dir)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[A-Za-z0-9_]+\\.sql$"));
    QMap<int, QString> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            out.insert(m.captured(1).toInt(), QDir(dir).filePath(file));
    }
    return out;
}

} // namespace

void initCoreResources()
{
    static std::once_flag once;
    std::call_once(once, [] { motcuaInitCoreResources(); });
}

int latestSchemaVersion()
{
    initCoreResources();
    const QMap<int, QString> all = scripts(kSchemaDir);
    return all.isEmpty() ? 0 : all.lastKey();
}

Status migrate(Database& db)
{
    initCoreResources();
    return migrate(db, kSchemaDir);
}

// Scripts 016 onwards were numbered on parallel branches and merged out of order: a database
// migrated to 18 before 017 existed never ran 017. Applied scripts are therefore recorded
// (table schema_scripts) and every script not yet applied runs, in order, even below
// user_version. A database from before that record holds every script up to its user_version
// except a late one whose probe finds its change missing.
struct LateScript
{
    int version;
    const char* probe; // counts what the script adds: 0 when it has not run
};
static const LateScript kLateScripts[] = {
    {16, "SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'mac'"},
    {17, "SELECT count(*) FROM pragma_table_info('users') WHERE name = 'failed_logins'"},
};

static Result<QSet<int>> appliedScripts(Database& db, int current, const QMap<int, QString>& all)
{
    bool recorded = false;
    {
        auto exists = db.query(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_scripts'"),
            QCoreApplication::translate("motcua::Migrations", "reading the schema version"));
        if (!exists)
            return exists.error();
        recorded = exists->next() && exists->integer(0) > 0;
    }
    QSet<int> applied;
    if (recorded) {
        auto q = db.query(QStringLiteral("SELECT version FROM schema_scripts"),
                          QCoreApplication::translate("motcua::Migrations", "reading the schema version"));
        if (!q)
            return q.error();
        while (q->next())
            applied.insert(q->integer(0));
        if (!q->error())
            return q->error().error();
        return applied;
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() <= current)
            applied.insert(it.key());
    }
    for (const LateScript& late : kLateScripts) {
        if (!applied.contains(late.version))
            continue;
        auto probe = db.query(QString::fromLatin1(late.probe),
                              QCoreApplication::translate("motcua::Migrations", "reading the schema version"));
        if (!probe)
            return probe.error();
        const bool present = probe->next() && probe->integer(0) > 0;
        if (!present)
            applied.remove(late.version);
    }
    return applied;
}

Status migrate(Database& db, const QString& schemaDir)
{
    if (!db.isOpen())
        return Error::storage(QCoreApplication::translate("motcua::Migrations", "The database is not open."));
    const QMap<int, QString> all = scripts(schemaDir);
    if (all.isEmpty())
        return Error::internal(
            QCoreApplication::translate("motcua::Migrations", "No database schema scripts were found in %1.")
                .arg(schemaDir));
    const int known = all.lastKey();
    const int current = db.userVersion();
    if (current > known) {
        return Error::conflict(QCoreApplication::translate("motcua::Migrations",
                                                           "This database was written by a newer version of MotCua "
                                                           "Desk (schema %1; this version knows up to %2). Update the "
                                                           "app.")
                                   .arg(current)
                                   .arg(known));
    }
    const Result<QSet<int>> applied = appliedScripts(db, current, all);
    if (!applied)
        return applied.error();
    QList<int> pending;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!applied->contains(it.key()))
            pending.append(it.key());
    }
    if (pending.isEmpty())
        return {};

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (int version : std::as_const(pending)) {
        QFile file(all.value(version));
        if (!file.open(QIODevice::ReadOnly))
            return Error::internal(
                QCoreApplication::translate("motcua::Migrations", "Cannot read the schema script %1.")
                    .arg(all.value(version)));
        const QString sql = QString::fromUtf8(file.readAll());
        Status s = db.execute(sql);
        if (!s) {
            return Error::storage(
                QCoreApplication::translate("motcua::Migrations", "Upgrading the database to schema %1 failed: %2")
                    .arg(version)
                    .arg(s.error().message));
        }
        qCInfo(lcStore) << "applied schema" << version;
    }
    // What ran is recorded with what ran before, in the same transaction.
    if (Status s =
            db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_scripts (version INTEGER PRIMARY KEY)"));
        !s)
        return s;
    auto record = db.query(QStringLiteral("INSERT OR IGNORE INTO schema_scripts (version) VALUES (?1)"),
                           QCoreApplication::translate("motcua::Migrations", "recording the schema version"));
    if (!record)
        return record.error();
    QList<int> done = applied->values();
    done.append(pending);
    for (int version : std::as_const(done)) {
        if (Status s = record->bind(1, version).exec(); !s)
            return s;
    }
    // PRAGMA user_version is part of the transaction: it moves only if every script ran.
    Status s = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(qMax(known, current)));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace motcua
