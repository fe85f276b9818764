#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

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

Status migrate(Database& db, const QString& schemaDir)
{
    if (!db.isOpen())
        return Error::storage(QCoreApplication::translate("motcua", "The database is not open."));
    const QMap<int, QString> all = scripts(schemaDir);
    if (all.isEmpty())
        return Error::internal(
            QCoreApplication::translate("motcua", "No database schema scripts were found in %1.").arg(schemaDir));
    const int known = all.lastKey();
    const int current = db.userVersion();
    if (current > known) {
        return Error::conflict(QCoreApplication::translate("motcua",
                                                           "This database was written by a newer version of MotCua "
                                                           "Desk (schema %1; this version knows up to %2). Update the "
                                                           "app.")
                                   .arg(current)
                                   .arg(known));
    }
    if (current == known)
        return {};

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (auto it = all.upperBound(current); it != all.end(); ++it) {
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::internal(
                QCoreApplication::translate("motcua", "Cannot read the schema script %1.").arg(it.value()));
        const QString sql = QString::fromUtf8(file.readAll());
        Status s = db.execute(sql);
        if (!s) {
            return Error::storage(
                QCoreApplication::translate("motcua", "Upgrading the database to schema %1 failed: %2")
                    .arg(it.key())
                    .arg(s.error().message));
        }
        qCInfo(lcStore) << "applied schema" << it.key();
    }
    // PRAGMA user_version is part of the transaction: it moves only if every script ran.
    Status s = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(known));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace motcua
