#include "portal/PortalSessions.h"

#include <QRandomGenerator>

namespace motcua {

PortalSessions::PortalSessions(const Clock& clock, int ttlSeconds)
    : m_clock(clock)
    , m_ttl(ttlSeconds)
{}

PortalSessions::Session PortalSessions::open(const QString& username)
{
    Q_UNUSED(username)
    const QDateTime now = m_clock.now();
    // Forget expired sessions so a long-running portal does not grow.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it.value() <= now)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const Session s{QString::fromLatin1(raw.toHex()), now.addSecs(m_ttl)};
    m_sessions.insert(s.token, s.expires);
    return s;
}

bool PortalSessions::valid(const QString& token)
{
    auto it = m_sessions.constFind(token);
    if (it == m_sessions.constEnd())
        return false;
    if (it.value() <= m_clock.now()) {
        m_sessions.erase(it);
        return false;
    }
    return true;
}

} // namespace motcua
