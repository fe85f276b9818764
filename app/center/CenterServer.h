#pragma once

#include "portal/PortalServer.h"

#include <functional>

namespace motcua {

class CenterAccounts;
class CenterAuth;

// motcua-center's HTTPS server: the workstation protocol of the reference portal (PROTOCOL.md)
// over the center's PostgreSQL store, with enrolled stations instead of a shared account
// (CenterAuth), POST /center/join for a station joining with its one-time code, and the page
// and every admin action only for a signed-in center administrator (HTTP Basic over TLS).
class CenterServer : public PortalServer
{
    Q_OBJECT
public:
    struct Identity
    {
        QString agency; // madonvi of the center
        QString name;
    };
    CenterServer(PortalServerConfig config, Identity identity, CenterAuth& auth, bool faultsAllowed,
                 QObject* parent = nullptr);
    // The center's accounts (MC_DayTaiKhoan, MC_LayTaiKhoan, the keys a joining station gets).
    void setAccounts(CenterAccounts* accounts) { m_accounts = accounts; }
    // The relay's section of the page (CenterRelay::renderSection).
    void setRelayView(std::function<QByteArray()> view) { m_relayView = std::move(view); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    bool allowAdmin(const QHttpServerRequest& request, bool pageOrForm, int* status, QByteArray* headers) override;
    std::optional<PortalReply> vet(const QJsonObject& request, const QString& who) override;
    QString officer(const QHttpServerRequest& request) const override;
    QString pageTitle() const override;
    QByteArray pageSections() override { return m_relayView ? m_relayView() : QByteArray(); }

private:
    void join(const QHttpServerRequest& request, QTcpSocket* socket);
    // POST /center/account: one account for a station's login screen (CenterAccounts::lookup).
    void lookupAccount(const QHttpServerRequest& request, QTcpSocket* socket);
    static QString basicUser(const QHttpServerRequest& request, QString* password = nullptr);

    Identity m_identity;
    CenterAuth& m_auth;
    bool m_faultsAllowed;
    CodeNumbering m_numbering;
    CenterAccounts* m_accounts = nullptr;
    std::function<QByteArray()> m_relayView;
};

} // namespace motcua
