#pragma once

#include "PgCluster.h"
#include "PortalHttp.h"
#include "TestCertificates.h"
#include "TestPortal.h"

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace motcua::test {

// The real motcua-portal executable for client tests (docs/protocol.md, section 8): makes
// a CA and a server certificate, starts the portal on a free 127.0.0.1 port with the admin
// endpoints on, and talks to those endpoints to set faults, decide dossiers and count what
// arrived. The database lives in the fixture's temporary folder and survives restart().
class PortalFixture : public TestPortal
{
public:
    // Which server the fixture runs: the reference portal, or motcua-center over a throwaway
    // PostgreSQL cluster (PgCluster) with one enrolled station whose credential username()
    // and password() give. The default is Portal unless $MOTCUA_TEST_SERVER is "center", so
    // the same suites run against both (tests/CMakeLists.txt).
    enum class Server { Portal, Center };
    static Server defaultServer();

    // `extraArgs` go to motcua-portal; for the center {"--set", "KEY=VALUE"} adds a setting (e.g. {"--fault-delay",
    // "3000"}, {"--session-ttl", "5"}); for the center the ones it has are turned into its settings.
    explicit PortalFixture(QStringList extraArgs = {}, Server server = defaultServer());
    ~PortalFixture() override;
    PortalFixture(const PortalFixture&) = delete;
    PortalFixture& operator=(const PortalFixture&) = delete;

    bool start();
    void stop();
    bool restart(); // same database, same port
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl url() const override;
    quint16 port() const { return m_port; }
    QSslCertificate caCertificate() const;
    QString caPath() const override;
    QString databasePath() const;
    QString folder() const { return m_dir.path(); }
    QString username() const override { return m_username; }
    QString password() const override { return m_password; }
    Server server() const { return m_server; }
    bool isCenter() const override { return m_server == Server::Center; }
    // Empties the server's data (dossiers, history, files, leases, decisions) while stopped;
    // the center keeps its enrolled station.
    bool resetData();
    // The center's cluster and configuration file (center only).
    PgCluster* cluster() { return m_pg.get(); }
    QString centerConfigPath() const;
    // Runs `motcua-center ARGS --config <fixture's file>`; the exit code, its output in `out`.
    int centerCommand(const QStringList& args, QByteArray* out = nullptr,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QString adminUser() const { return QStringLiteral("centeradmin"); }
    QString adminPassword() const { return QStringLiteral("center-admin-password"); }
    QString madonvi() const override { return QStringLiteral("000.00.00.H34"); }
    QString adminSecret() const { return m_secret; }

    // Faults (PROTOCOL.md, section 7): rate "" = always, "0.3" = probability, "2" = count.
    bool setFault(const QString& name, const QString& rate = {}, const QString& service = {});
    bool clearFault() { return setFault(QStringLiteral("none")); }
    bool decide(const QString& code, const QString& status, const QString& content = {});
    bool expireSessions();

    QJsonObject stats() override;
    QJsonObject dossier(const QString& code) override;

    // The reference portal's national-shape endpoint: {} gives its counts, a code that record
    // {dossier, status, adds, updates, history[{row, receipts}]} (empty when not stored).
    QJsonObject national(const QString& code = {});
    // Switches the national endpoint's replies: {"wrap": "1"}, {"numeric": "0"}, {"bearer": TOKEN}.
    bool setNationalMode(const QJsonObject& mode);
    PortalHttp& http() { return *m_http; }
    QProcess& process() { return m_process; }

private:
    PortalHttp::Result admin(const QString& path, const QJsonObject& body);
    bool prepareCenter();
    bool joinCenter();

    QStringList m_extraArgs;
    Server m_server;
    std::unique_ptr<PgCluster> m_pg;
    bool m_centerReady = false;
    QString m_enrolCode;
    QString m_username = QStringLiteral("portal-test");
    QString m_password = QStringLiteral("portal-test-password");
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certs;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_secret;
    QString m_error;
    std::unique_ptr<PortalHttp> m_http;
};

} // namespace motcua::test
