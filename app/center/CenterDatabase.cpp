#include "center/CenterDatabase.h"

#include "center/CenterLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

// Q_INIT_RESOURCE declares a function and must be used outside any namespace.
static void motcuaInitCenterResources()
{
    Q_INIT_RESOURCE(center);
}

namespace motcua {

namespace {

constexpr auto kSchemaFolder = ":/motcua/center/schema";
// Any constant shared by the center's processes: the migration lock.
constexpr qint64 kMigrationLock = 0x6d6f74637561; // "motcua"

std::map<int, QString> migrations()
{
    motcuaInitCenterResources();
    std::map<int, QString> out;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    const QStringList files = QDir(QString::fromLatin1(kSchemaFolder)).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QRegularExpressionMatch m = name.match(f);
        if (m.hasMatch())
            out.emplace(m.captured(1).toInt(), QString::fromLatin1(kSchemaFolder) + QLatin1Char('/') + f);
    }
    return out;
}

} // namespace

CenterDatabase::CenterDatabase(QString conninfo)
    : m_conninfo(std::move(conninfo))
{}

CenterDatabase::~CenterDatabase() = default;

Error CenterDatabase::failure(const char* what)
{
    // The server's first line only: DETAIL (e.g. "Failing row contains (...)") can quote a row,
    // applicant's name included, and this message reaches the log and the client.
    QString message = QString::fromUtf8(what).trimmed();
    if (const qsizetype detail = message.indexOf(QLatin1Char('\n')); detail > 0)
        message.truncate(detail);
    message = message.trimmed();
    qCWarning(lcCenter) << "database:" << message;
    return Error::storage(QCoreApplication::translate("motcua::CenterDatabase", "PostgreSQL: %1").arg(message));
}

Status CenterDatabase::connect()
{
    if (m_conn && m_conn->is_open())
        return {};
    try {
        m_conn = std::make_unique<pqxx::connection>(str(m_conninfo));
    } catch (const std::exception& e) {
        m_conn.reset();
        return Error::storage(QCoreApplication::translate("motcua::CenterDatabase", "Cannot connect to PostgreSQL: %1")
                                  .arg(QString::fromUtf8(e.what()).trimmed()));
    }
    return {};
}

int CenterDatabase::knownVersion()
{
    const auto all = migrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

Result<int> CenterDatabase::version()
{
    return transact<int>([](pqxx::work& w) -> Result<int> {
        const pqxx::result t = w.exec("SELECT to_regclass('center_schema') IS NOT NULL");
        if (!t[0][0].as<bool>())
            return 0;
        const pqxx::result v = w.exec("SELECT coalesce(max(version), 0) FROM center_schema");
        return v[0][0].as<int>();
    });
}

Status CenterDatabase::migrate()
{
    const auto all = migrations();
    const int known = knownVersion();
    auto done = transact<int>([&](pqxx::work& w) -> Result<int> {
        // Serialises migrations of processes started together; released at commit.
        w.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
        w.exec("CREATE TABLE IF NOT EXISTS center_schema (version integer PRIMARY KEY, applied_at bigint NOT NULL)");
        int current = w.exec("SELECT coalesce(max(version), 0) FROM center_schema")[0][0].as<int>();
        if (current > known) {
            return Error::conflict(
                QCoreApplication::translate("motcua::CenterDatabase",
                                            "The database's schema is version %1, newer than this motcua-center "
                                            "knows (%2). Install the newer motcua-center; nothing was changed.")
                    .arg(current)
                    .arg(known));
        }
        int applied = 0;
        for (const auto& [number, path] : all) {
            if (number <= current)
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::internal(QStringLiteral("missing migration ") + path);
            w.exec(f.readAll().toStdString());
            w.exec_params(
                "INSERT INTO center_schema (version, applied_at) VALUES ($1, extract(epoch FROM now())::bigint)",
                number);
            current = number;
            ++applied;
        }
        w.commit();
        return applied;
    });
    if (!done)
        return done.error();
    qCInfo(lcCenter) << "schema at version" << known << "migrations applied:" << *done;
    return {};
}

Status CenterDatabase::requireCurrent()
{
    auto v = version();
    if (!v)
        return v.error();
    const int known = knownVersion();
    if (*v > known) {
        return Error::conflict(QCoreApplication::translate("motcua::CenterDatabase",
                                                           "The database's schema is version %1, newer than this "
                                                           "motcua-center knows (%2). Install the newer motcua-center.")
                                   .arg(*v)
                                   .arg(known));
    }
    if (*v < known) {
        return Error::conflict(
            QCoreApplication::translate("motcua::CenterDatabase",
                                        "The database's schema is version %1; this motcua-center needs %2. Run "
                                        "\"motcua-center init\" first.")
                .arg(*v)
                .arg(known));
    }
    return {};
}

} // namespace motcua
