#pragma once

#include "core/Result.h"

#include <QString>

#include <pqxx/pqxx>

#include <memory>
#include <string>

namespace motcua {

// The center server's one connection to PostgreSQL (libpqxx) and its versioned schema: the
// migrations resources/center/schema/NNN_*.sql, applied in order under an advisory lock so two
// processes starting at once do not race. A database whose schema is newer than this program
// knows is refused with a message that says so.
class CenterDatabase
{
public:
    // A libpq connection string ("host=... dbname=... user=..."; empty: the PG* environment).
    explicit CenterDatabase(QString conninfo);
    ~CenterDatabase();

    // Connects (again, after a lost connection) when needed.
    Status connect();
    pqxx::connection& connection() { return *m_conn; }
    // Forgets a broken connection; the next request connects again.
    void drop() { m_conn.reset(); }

    // The newest schema version this program knows (the number of the last migration).
    static int knownVersion();
    // The database's schema version, 0 when it has none yet.
    Result<int> version();
    // Creates or upgrades the schema to knownVersion(); refuses a newer one.
    Status migrate();
    // Ok when the schema is exactly knownVersion(); otherwise what to do.
    Status requireCurrent();

    // Runs `body` in one transaction, mapping the client library's exceptions to Storage
    // errors (never with personal data: only the server's message). `body` commits itself.
    template<typename T, typename F> Result<T> transact(F&& body)
    {
        if (Status s = connect(); !s)
            return s.error();
        try {
            pqxx::work w(*m_conn);
            return body(w);
        } catch (const pqxx::broken_connection& e) {
            drop();
            return failure(e.what());
        } catch (const std::exception& e) {
            if (!m_conn || !m_conn->is_open())
                drop();
            return failure(e.what());
        }
    }

    static std::string str(const QString& s) { return s.toStdString(); }
    static QString text(const pqxx::field& f) { return QString::fromUtf8(f.c_str(), static_cast<qsizetype>(f.size())); }

private:
    static Error failure(const char* what);

    QString m_conninfo;
    std::unique_ptr<pqxx::connection> m_conn;
};

} // namespace motcua
