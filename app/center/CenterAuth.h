#pragma once

#include "center/CenterDatabase.h"
#include "core/Clock.h"
#include "portal/PortalSessions.h"

#include <QList>

namespace motcua {

// Enrolled workstations and center administrators, kept in PostgreSQL so every motcua-center
// process on the database knows them (PROTOCOL.md, section 9).
//
// A station logs in to /mapi/login as "station-N" with the secret it received when it joined;
// its sessions are rows of the sessions table (SHA-256 of the token), checked on every request
// against the station, so a revoked station is refused at once. Secrets, codes and tokens are
// stored as SHA-256 only. Failed sign-ins are counted per name: after kMaxFailures within
// kThrottleSeconds the name is refused until that time has passed.
class CenterAuth : public PortalAuth
{
public:
    CenterAuth(CenterDatabase& db, const Clock& clock, int ttlSeconds);

    static constexpr int kMaxFailures = 5;
    static constexpr int kThrottleSeconds = 300;

    Result<Session> login(const QString& username, const QString& password) override;
    // The station number as text ("3").
    Result<QString> check(const QString& token) override;
    void end(const QString& token) override;
    void expireAll() override;
    int ttl() const override { return m_ttl; }

    // `motcua-center enrol`: a one-time code for station `station`, valid `minutes`. Conflict
    // when the station is enrolled and not revoked.
    Result<QString> enrol(int station, int minutes);
    struct Joined
    {
        int station = 0;
        QString username, secret;
    };
    // POST /center/join: spends the code and gives the station its credential. Forbidden for an
    // unknown, used or expired code (the same answer for all three) and while throttled.
    Result<Joined> join(const QString& code, const QString& name);
    // `motcua-center revoke`: the station's sessions end and its secret stops working.
    Status revoke(int station);
    struct Station
    {
        int station = 0;
        QString name;
        qint64 enrolledAt = 0;
        qint64 revokedAt = 0;
    };
    Result<QList<Station>> stations();

    // `motcua-center admin`: adds or replaces a center administrator (PBKDF2-HMAC-SHA256).
    Status setAdmin(const QString& name, const QString& password);
    // HTTP Basic credentials of a center administrator (throttled like stations).
    Result<QString> checkAdmin(const QString& name, const QString& password);

    // POST /center/account: `key` is the station's account lookup key
    // (PortalProtocol::accountLookupKey of its secret). Forbidden for a revoked or unknown
    // station, a wrong key, and while throttled (failures counted per station).
    Status checkLookup(int station, const QString& key);

    // The bundle secret of an enrolled, unrevoked station (OfflineBundle::stationSecret of its
    // credential: the SHA-256 kept here, in hex); Forbidden for any other station.
    Result<QString> bundleSecret(int station);

    static QString stationUser(int station) { return QStringLiteral("station-%1").arg(station); }

private:
    // Forbidden while `name` has too many recent failures.
    Status throttled(pqxx::work& w, const std::string& name, qint64 now);
    void failed(const std::string& name, qint64 now);

    CenterDatabase& m_db;
    const Clock& m_clock;
    int m_ttl;
};

} // namespace motcua
