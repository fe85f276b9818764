#include "PortalFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace motcua::test {

PortalFixture::Server PortalFixture::defaultServer()
{
    return qEnvironmentVariable("MOTCUA_TEST_SERVER") == QLatin1String("center") ? Server::Center : Server::Portal;
}

PortalFixture::PortalFixture(QStringList extraArgs, Server server)
    : m_extraArgs(std::move(extraArgs))
    , m_server(server)
{
    m_secret = QString::number(QRandomGenerator::global()->generate64(), 16);
    // The portal's log goes to the test's stderr; stdout carries only the "listening" line.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

PortalFixture::~PortalFixture()
{
    stop();
}

QString PortalFixture::caPath() const
{
    return m_certs ? m_certs->caCertificate : QString();
}

QSslCertificate PortalFixture::caCertificate() const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(caPath());
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QString PortalFixture::databasePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("portal.db"));
}

QUrl PortalFixture::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

bool PortalFixture::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool PortalFixture::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_certs) {
        m_certs = TestCertificates::make(m_dir.path(), &m_error);
        if (!m_certs)
            return false;
    }
    if (isCenter() && !prepareCenter())
        return false;
    const QStringList args =
        isCenter() ? QStringList{QStringLiteral("serve"), QStringLiteral("--config"), centerConfigPath(),
                                 QStringLiteral("--set"), QStringLiteral("listen=127.0.0.1:%1").arg(m_port)}
                   : QStringList{QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:%1").arg(m_port),
                                 QStringLiteral("--cert"),         m_certs->serverCertificate,
                                 QStringLiteral("--key"),          m_certs->serverKey,
                                 QStringLiteral("--db"),           databasePath(),
                                 QStringLiteral("--user"),         username(),
                                 QStringLiteral("--password"),     password(),
                                 QStringLiteral("--admin-secret"), m_secret} +
                         m_extraArgs;
    m_process.start(isCenter() ? QStringLiteral(MOTCUA_CENTER_PATH) : QStringLiteral(MOTCUA_PORTAL_PATH), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("the server did not start: ") + m_process.errorString();
        return false;
    }
    // Ready when it prints its address (with the port it chose when asked for port 0).
    static const QRegularExpression ready(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && isRunning()) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = ready.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = static_cast<quint16>(m.captured(1).toUInt());
            m_http = std::make_unique<PortalHttp>(url(), caCertificate());
            return !isCenter() || joinCenter();
        }
    }
    m_error = QStringLiteral("motcua-portal did not become ready: ") + QString::fromUtf8(out);
    stop();
    return false;
}

void PortalFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool PortalFixture::restart()
{
    stop();
    return start();
}

PortalHttp::Result PortalFixture::admin(const QString& path, const QJsonObject& body)
{
    if (!m_http)
        return {};
    if (isCenter()) {
        const QByteArray basic = (adminUser() + QLatin1Char(':') + adminPassword()).toUtf8().toBase64();
        return m_http->post(path, body, {{QByteArrayLiteral("Authorization"), "Basic " + basic}});
    }
    return m_http->post(path, body, {{QByteArrayLiteral("X-Portal-Admin"), m_secret.toUtf8()}});
}

QJsonObject PortalFixture::national(const QString& code)
{
    QJsonObject body;
    if (!code.isEmpty())
        body.insert(QStringLiteral("MaHoSo"), code);
    return admin(QStringLiteral("/mapi/_national"), body).json;
}

bool PortalFixture::setNationalMode(const QJsonObject& mode)
{
    return admin(QStringLiteral("/mapi/_national_mode"), mode).code() == QLatin1String("0");
}

bool PortalFixture::setFault(const QString& name, const QString& rate, const QString& service)
{
    QJsonObject body{{QStringLiteral("fault"), name}};
    if (!rate.isEmpty())
        body.insert(QStringLiteral("rate"), rate);
    if (!service.isEmpty())
        body.insert(QStringLiteral("service"), service);
    return admin(QStringLiteral("/mapi/_fault"), body).code() == QLatin1String("0");
}

bool PortalFixture::decide(const QString& code, const QString& status, const QString& content)
{
    return admin(QStringLiteral("/mapi/_decide"), {{QStringLiteral("MaHoSo"), code},
                                                   {QStringLiteral("TrangThaiHoSo"), status},
                                                   {QStringLiteral("NoiDungXuLy"), content}})
               .code() == QLatin1String("0");
}

bool PortalFixture::expireSessions()
{
    return admin(QStringLiteral("/mapi/_expire"), {}).code() == QLatin1String("0");
}

QJsonObject PortalFixture::stats()
{
    return admin(QStringLiteral("/mapi/_stats"), {}).json;
}

QJsonObject PortalFixture::dossier(const QString& code)
{
    const PortalHttp::Result r = admin(QStringLiteral("/mapi/_dossier"), {{QStringLiteral("MaHoSo"), code}});
    if (r.code() != QLatin1String("0"))
        return {};
    return r.json;
}

} // namespace motcua::test
