// PortalFixture's center mode: motcua-center over a throwaway PostgreSQL cluster.
#include "PortalFixture.h"

#include <QDir>
#include <QFile>

namespace motcua::test {

QString PortalFixture::centerConfigPath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("center.conf"));
}

int PortalFixture::centerCommand(const QStringList& args, QByteArray* out, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(MOTCUA_CENTER_PATH), args + QStringList{QStringLiteral("--config"), centerConfigPath()});
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Once: the cluster, the configuration (the portal options the center has become its
// settings), the schema, an administrator and an enrolment code for station 1.
bool PortalFixture::prepareCenter()
{
    if (!m_pg)
        m_pg = std::make_unique<PgCluster>();
    if (!m_pg->start()) {
        m_error = QStringLiteral("PostgreSQL: ") + m_pg->errorString();
        return false;
    }
    if (m_centerReady)
        return true;
    QStringList lines{QStringLiteral("certificate = ") + m_certs->serverCertificate,
                      QStringLiteral("key = ") + m_certs->serverKey,
                      QStringLiteral("database = ") + m_pg->conninfo(),
                      QStringLiteral("agency = ") + madonvi(),
                      QStringLiteral("name = Test center"),
                      QStringLiteral("test_faults = true")};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (qsizetype i = 0; i + 1 < m_extraArgs.size(); i += 2) {
        const QString option = m_extraArgs.at(i);
        const QString value = m_extraArgs.at(i + 1);
        if (option == QLatin1String("--session-ttl"))
            lines << QStringLiteral("session_ttl = ") + value;
        else if (option == QLatin1String("--fault-delay"))
            lines << QStringLiteral("fault_delay_ms = ") + value;
        else if (option == QLatin1String("--fallback-start"))
            lines << QStringLiteral("fallback_start = ") + value;
        else if (option == QLatin1String("--max-stations"))
            lines << QStringLiteral("max_stations = ") + value;
        else if (option == QLatin1String("--set") && value.contains(QLatin1Char('=')))
            lines << value.section(QLatin1Char('='), 0, 0) + QStringLiteral(" = ") + value.section(QLatin1Char('='), 1);
        // --bundle-secret is the reference portal's: the center opens only bundles signed by
        // an enrolled station, with that station's own secret.
    }
    QFile conf(centerConfigPath());
    if (!conf.open(QIODevice::WriteOnly) ||
        conf.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write center.conf");
        return false;
    }
    conf.close();
    if (centerCommand({QStringLiteral("init")}) != 0) {
        m_error = QStringLiteral("motcua-center init failed");
        return false;
    }
    env.insert(QStringLiteral("MOTCUA_CENTER_PASSWORD"), adminPassword());
    if (centerCommand({QStringLiteral("admin"), QStringLiteral("--user"), adminUser()}, nullptr, env) != 0) {
        m_error = QStringLiteral("motcua-center admin failed");
        return false;
    }
    QByteArray code;
    if (centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QStringLiteral("1")}, &code) != 0) {
        m_error = QStringLiteral("motcua-center enrol failed");
        return false;
    }
    m_enrolCode = QString::fromUtf8(code).trimmed();
    m_centerReady = true;
    return true;
}

// After the first start: station 1 joins with its code, and its credential is the fixture's.
bool PortalFixture::joinCenter()
{
    if (m_enrolCode.isEmpty())
        return true;
    const PortalHttp::Result r =
        m_http->post(QStringLiteral("/center/join"),
                     {{QStringLiteral("code"), m_enrolCode}, {QStringLiteral("name"), QStringLiteral("fixture")}});
    if (r.code() != QLatin1String("0")) {
        m_error = QStringLiteral("cannot join the center: ") + QString::fromUtf8(r.body);
        stop();
        return false;
    }
    m_username = r.json.value(QLatin1String("username")).toString();
    m_password = r.json.value(QLatin1String("password")).toString();
    m_enrolCode.clear();
    return true;
}

bool PortalFixture::resetData()
{
    stop();
    if (!isCenter())
        return QFile::remove(databasePath()) || !QFile::exists(databasePath());
    if (!m_pg || !m_pg->isRunning())
        return true;
    return m_pg->client(
               QStringLiteral("psql"),
               {QStringLiteral("-d"), m_pg->conninfo(), QStringLiteral("-c"),
                QStringLiteral("TRUNCATE dossiers, history, files, file_chunks, file_links, lease_counters,"
                               " leases, lease_requests, decisions;"
                               " UPDATE online_pull SET cursor = 0, pulled = 0, failures = 0, last_error = ''")}) == 0;
}

} // namespace motcua::test
