#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace motcua {

// Who may call the services of /mapi/g (PROTOCOL.md, section 2): checks a login and the
// session tokens it hands out. The reference portal has one shared account (PortalSessions);
// the center server has enrolled stations in its database (app/center).
class PortalAuth
{
public:
    virtual ~PortalAuth() = default;

    struct Session
    {
        QString token;
        QDateTime expires;
    };
    // Forbidden when the name or password is wrong (or the account may not log in now).
    virtual Result<Session> login(const QString& username, const QString& password) = 0;
    // Whom a token belongs to; NotFound when it is unknown, expired or its account revoked.
    virtual Result<QString> check(const QString& token) = 0;
    virtual void end(const QString& token) = 0;
    virtual void expireAll() = 0;
    virtual int ttl() const = 0;
};

// Compares two secrets in time that does not depend on where they differ.
bool sameSecret(const QByteArray& a, const QByteArray& b);

// Session tokens of /mapi/login for one shared account. Kept in memory on purpose: a
// restarted portal forgets them, as real portals do, and clients must log in again (error 2).
class PortalSessions : public PortalAuth
{
public:
    PortalSessions(const Clock& clock, int ttlSeconds, QString username, QString password);

    Result<Session> login(const QString& username, const QString& password) override;
    Result<QString> check(const QString& token) override;
    void end(const QString& token) override { m_sessions.remove(token); }
    void expireAll() override { m_sessions.clear(); }
    int ttl() const override { return m_ttl; }

    Session open();

private:
    const Clock& m_clock;
    int m_ttl;
    QString m_username;
    QString m_password;
    QHash<QString, QDateTime> m_sessions; // token → expiry (UTC)
};

} // namespace motcua
