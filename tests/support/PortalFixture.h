#pragma once

#include "PortalHttp.h"
#include "TestCertificates.h"

#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace motcua::test {

// The real motcua-portal executable for client tests (app/portal/PROTOCOL.md, section 8): makes
// a CA and a server certificate, starts the portal on a free 127.0.0.1 port with the admin
// endpoints on, and talks to those endpoints to set faults, decide dossiers and count what
// arrived. The database lives in the fixture's temporary folder and survives restart().
class PortalFixture
{
public:
    // `extraArgs` go to motcua-portal (e.g. {"--fault-delay", "3000"}, {"--session-ttl", "5"}).
    explicit PortalFixture(QStringList extraArgs = {});
    ~PortalFixture();
    PortalFixture(const PortalFixture&) = delete;
    PortalFixture& operator=(const PortalFixture&) = delete;

    bool start();
    void stop();
    bool restart(); // same database, same port
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl url() const;
    quint16 port() const { return m_port; }
    QSslCertificate caCertificate() const;
    QString caPath() const;
    QString databasePath() const;
    QString folder() const { return m_dir.path(); }
    QString username() const { return QStringLiteral("portal-test"); }
    QString password() const { return QStringLiteral("portal-test-password"); }
    QString madonvi() const { return QStringLiteral("000.00.00.H34"); }
    QString adminSecret() const { return m_secret; }

    // Faults (PROTOCOL.md, section 7): rate "" = always, "0.3" = probability, "2" = count.
    bool setFault(const QString& name, const QString& rate = {}, const QString& service = {});
    bool clearFault() { return setFault(QStringLiteral("none")); }
    bool decide(const QString& code, const QString& status, const QString& content = {});
    bool expireSessions();

    QJsonObject stats();
    int dossierCount() { return stats().value(QLatin1String("dossiers")).toString().toInt(); }
    int historyCount() { return stats().value(QLatin1String("history")).toString().toInt(); }
    int fileCount() { return stats().value(QLatin1String("files_complete")).toString().toInt(); }
    // {dossier, history[], files[{sha256, name, size, complete, stored_sha256, stored_size}]};
    // empty when the portal does not hold the code.
    QJsonObject dossier(const QString& code);

    PortalHttp& http() { return *m_http; }
    QProcess& process() { return m_process; }

private:
    PortalHttp::Result admin(const QString& path, const QJsonObject& body);

    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certs;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_secret;
    QString m_error;
    std::unique_ptr<PortalHttp> m_http;
};

} // namespace motcua::test
