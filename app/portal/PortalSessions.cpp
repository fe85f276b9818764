#include "portal/PortalSessions.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <openssl/crypto.h>

namespace motcua {

bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    // Lengths are not secret; contents are compared in constant time.
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

PortalSessions::PortalSessions(const Clock& clock, int ttlSeconds, QString username, QString password)
    : m_clock(clock)
    , m_ttl(ttlSeconds)
    , m_username(std::move(username))
    , m_password(std::move(password))
{}

Result<PortalAuth::Session> PortalSessions::login(const QString& username, const QString& password)
{
    const bool userOk = sameSecret(username.toUtf8(), m_username.toUtf8());
    const bool passwordOk = sameSecret(password.toUtf8(), m_password.toUtf8());
    if (!userOk || !passwordOk)
        return Error::forbidden(QCoreApplication::translate("motcua::PortalSessions", "Wrong username or password."));
    return open();
}

PortalAuth::Session PortalSessions::open()
{
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

Result<QString> PortalSessions::check(const QString& token)
{
    auto it = m_sessions.constFind(token);
    if (it == m_sessions.constEnd())
        return Error::notFound(QString());
    if (it.value() <= m_clock.now()) {
        m_sessions.erase(it);
        return Error::notFound(QString());
    }
    return m_username;
}

} // namespace motcua
