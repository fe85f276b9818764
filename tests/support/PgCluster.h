#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace motcua::test {

// A throwaway PostgreSQL cluster for tests of motcua-center: initdb and pg_ctl of Debian's
// postgresql (/usr/lib/postgresql/N/bin) in a temporary folder, listening on a Unix socket in
// that folder only (no TCP port to collide on), trust authentication for the one role
// "motcua". initdb refuses to run as root, so as root the cluster runs as the "postgres"
// system user (made by the postgresql package) via runuser. Stopped and deleted with the object.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    // "host=<socket folder> port=5432 user=motcua dbname=<database>".
    QString conninfo(const QString& database = QStringLiteral("motcua")) const;
    // Runs a PostgreSQL client program (psql, pg_dump, createdb...) against the cluster;
    // its exit code, -1 when it could not run. Standard output into `out` when given.
    int client(const QString& program, const QStringList& args, QByteArray* out = nullptr);

    // The folder of the server programs, empty when PostgreSQL is not installed.
    static QString binFolder();

private:
    int run(const QString& program, const QStringList& args, QByteArray* out = nullptr, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_data, m_socket;
    bool m_asRoot = false;
    bool m_running = false;
    QString m_error;
};

} // namespace motcua::test
