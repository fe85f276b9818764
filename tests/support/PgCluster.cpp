#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

#include <unistd.h>

namespace motcua::test {

PgCluster::PgCluster()
{
    m_asRoot = ::geteuid() == 0;
    m_data = QDir(m_dir.path()).filePath(QStringLiteral("data"));
    m_socket = QDir(m_dir.path()).filePath(QStringLiteral("socket"));
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binFolder()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return QString();
}

int PgCluster::run(const QString& program, const QStringList& args, QByteArray* out, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(out ? QProcess::SeparateChannels : QProcess::MergedChannels);
    const QString exe = binFolder() + QLatin1Char('/') + program;
    if (m_asRoot)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args);
    else
        p.start(exe, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        m_error = program + QStringLiteral(" did not run: ") + p.errorString();
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    const QByteArray stdoutBytes = p.readAllStandardOutput();
    if (out)
        *out = stdoutBytes;
    if (p.exitCode() != 0)
        m_error = program + QStringLiteral(": ") + QString::fromUtf8(stdoutBytes + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool PgCluster::start()
{
    if (m_running)
        return true;
    if (binFolder().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (apt-get install postgresql)");
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(m_socket)) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (m_asRoot) {
        // The cluster's files belong to the postgres user; the folder above must let it in.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
        if (QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path(), m_socket}) != 0) {
            m_error = QStringLiteral("cannot hand the cluster's folder to the postgres user");
            return false;
        }
    }
    if (!QFile::exists(m_data + QStringLiteral("/PG_VERSION"))) {
        // --no-sync: a throwaway cluster needs no flush to disk at set-up.
        if (run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("motcua"), QStringLiteral("-A"),
                 QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync"),
                 QStringLiteral("--locale=C.UTF-8")}) != 0)
            return false;
    }
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p 5432 -c fsync=off").arg(m_socket);
    if (run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                                       QStringLiteral("-l"), QDir(m_dir.path()).filePath(QStringLiteral("server.log")),
                                       QStringLiteral("-w"), QStringLiteral("start")}) != 0)
        return false;
    m_running = true;
    QByteArray has;
    client(QStringLiteral("psql"),
           {QStringLiteral("-d"), conninfo(QStringLiteral("postgres")), QStringLiteral("-tAc"),
            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'motcua'")},
           &has);
    if (has.trimmed() != "1" && client(QStringLiteral("createdb"),
                                       {QStringLiteral("-h"), m_socket, QStringLiteral("-p"), QStringLiteral("5432"),
                                        QStringLiteral("-U"), QStringLiteral("motcua"), QStringLiteral("motcua")}) != 0)
        return false;
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                                   QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PgCluster::conninfo(const QString& database) const
{
    return QStringLiteral("host=%1 port=5432 user=motcua dbname=%2").arg(m_socket, database);
}

int PgCluster::client(const QString& program, const QStringList& args, QByteArray* out)
{
    // The clients connect as role "motcua" over the socket; running them as ourselves is enough.
    QProcess p;
    p.start(binFolder() + QLatin1Char('/') + program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        m_error = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace motcua::test
