#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace motcua {

// Session tokens of /mapi/login (PROTOCOL.md, section 2). Kept in memory on purpose: a
// restarted portal forgets them, as real portals do, and clients must log in again (error 2).
class PortalSessions
{
public:
    PortalSessions(const Clock& clock, int ttlSeconds);

    struct Session
    {
        QString token;
        QDateTime expires;
    };
    Session open(const QString& username);
    // True while the token is known and not expired.
    bool valid(const QString& token);
    void end(const QString& token) { m_sessions.remove(token); }
    void expireAll() { m_sessions.clear(); }
    int ttl() const { return m_ttl; }

private:
    const Clock& m_clock;
    int m_ttl;
    QHash<QString, QDateTime> m_sessions; // token → expiry (UTC)
};

} // namespace motcua
