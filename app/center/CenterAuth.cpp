#include "center/CenterAuth.h"

#include "center/CenterLog.h"
#include "core/PortalProtocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace motcua {

namespace {

using S = CenterDatabase;

constexpr int kAdminIterations = 60000;

QByteArray randomBytes(int n)
{
    QByteArray raw(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return raw;
}

pqxx::binarystring bin(const QByteArray& b)
{
    return pqxx::binarystring(b.constData(), static_cast<size_t>(b.size()));
}

QByteArray bytes(const pqxx::field& f)
{
    const pqxx::binarystring b(f);
    return QByteArray(b.get(), static_cast<qsizetype>(b.size()));
}

QByteArray sha(const QString& s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    const QByteArray pw = password.toUtf8();
    if (PKCS5_PBKDF2_HMAC(pw.constData(), static_cast<int>(pw.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), 32, reinterpret_cast<unsigned char*>(out.data())) != 1)
        return QByteArray();
    return out;
}

// Enrolment codes: 12 letters and digits people can read out (no 0/O, 1/I/L), in groups of four.
QString newCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    }
    return code;
}

QString normalisedCode(const QString& code)
{
    QString c = code.toUpper();
    c.remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
    return c;
}

Error wrongLogin()
{
    return Error::forbidden(QCoreApplication::translate("motcua::CenterAuth", "Wrong username or password."));
}

} // namespace

CenterAuth::CenterAuth(CenterDatabase& db, const Clock& clock, int ttlSeconds)
    : m_db(db)
    , m_clock(clock)
    , m_ttl(ttlSeconds)
{}

Status CenterAuth::throttled(pqxx::work& w, const std::string& name, qint64 now)
{
    const pqxx::result r = w.exec_params("SELECT failures, last_at FROM login_failures WHERE name = $1", name);
    if (!r.empty() && r[0][0].as<int>() >= kMaxFailures && r[0][1].as<qint64>() > now - kThrottleSeconds) {
        return Error::forbidden(
            QCoreApplication::translate("motcua::CenterAuth", "Too many failed sign-ins; try again in %1 minutes.")
                .arg(kThrottleSeconds / 60));
    }
    return {};
}

void CenterAuth::failed(const std::string& name, qint64 now)
{
    // Its own transaction: the failure counts even though the sign-in's is rolled back.
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        w.exec_params("INSERT INTO login_failures (name, failures, last_at) VALUES ($1, 1, $2)"
                      " ON CONFLICT (name) DO UPDATE SET failures = CASE WHEN login_failures.last_at < $2 - $3"
                      " THEN 1 ELSE login_failures.failures + 1 END, last_at = $2",
                      name, now, kThrottleSeconds);
        w.commit();
        return true;
    });
    if (!done)
        qCWarning(lcCenter) << "cannot count a failed sign-in";
}

Result<PortalAuth::Session> CenterAuth::login(const QString& username, const QString& password)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    static const QRegularExpression shape(QStringLiteral("^station-(\\d{1,4})$"));
    const QRegularExpressionMatch m = shape.match(username);
    const std::string name = username.left(64).toStdString();
    bool wrong = false;
    auto opened = m_db.transact<Session>([&](pqxx::work& w) -> Result<Session> {
        if (Status t = throttled(w, name, now); !t)
            return t.error();
        const pqxx::result r =
            m.hasMatch() ? w.exec_params("SELECT secret_hash FROM stations WHERE station = $1 AND revoked_at IS NULL"
                                         " AND secret_hash IS NOT NULL",
                                         m.captured(1).toInt())
                         : pqxx::result();
        // Compared in constant time; an unknown station compares against a dummy.
        const QByteArray stored = r.empty() ? QByteArray(32, '\0') : bytes(r[0][0]);
        if (!sameSecret(sha(password), stored) || r.empty()) {
            wrong = true;
            return wrongLogin();
        }
        const QString token = QString::fromLatin1(randomBytes(32).toHex());
        const qint64 expires = now + m_ttl;
        w.exec_params("DELETE FROM sessions WHERE expires_at <= $1", now);
        w.exec_params("INSERT INTO sessions (token_hash, station, expires_at) VALUES ($1, $2, $3)", bin(sha(token)),
                      m.captured(1).toInt(), expires);
        w.exec_params("DELETE FROM login_failures WHERE name = $1", name);
        // A station that joined before the account lookup existed gets its key's hash now.
        w.exec_params("UPDATE stations SET lookup_hash = $2 WHERE station = $1 AND lookup_hash IS DISTINCT FROM $2",
                      m.captured(1).toInt(), bin(sha(PortalProtocol::accountLookupKey(password))));
        w.commit();
        return Session{token, QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)};
    });
    if (wrong) {
        qCInfo(lcCenter) << "station sign-in refused";
        failed(name, now);
    }
    return opened;
}

Result<QString> CenterAuth::check(const QString& token)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    return m_db.transact<QString>([&](pqxx::work& w) -> Result<QString> {
        const pqxx::result r = w.exec_params("SELECT s.station FROM sessions s JOIN stations t ON t.station = s.station"
                                             " WHERE s.token_hash = $1 AND s.expires_at > $2 AND t.revoked_at IS NULL",
                                             bin(sha(token)), now);
        if (r.empty())
            return Error::notFound(QString());
        return QString::number(r[0][0].as<int>());
    });
}

void CenterAuth::end(const QString& token)
{
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        w.exec_params("DELETE FROM sessions WHERE token_hash = $1", bin(sha(token)));
        w.commit();
        return true;
    });
    Q_UNUSED(done)
}

void CenterAuth::expireAll()
{
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        w.exec("DELETE FROM sessions");
        w.commit();
        return true;
    });
    Q_UNUSED(done)
}

Result<QString> CenterAuth::enrol(int station, int minutes)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString code = newCode();
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        const pqxx::result r = w.exec_params(
            "SELECT 1 FROM stations WHERE station = $1 AND revoked_at IS NULL AND secret_hash IS NOT NULL", station);
        if (!r.empty()) {
            return Error::conflict(
                QCoreApplication::translate(
                    "motcua::CenterAuth",
                    "Station %1 is enrolled already. Revoke it first (motcua-center revoke --station %1).")
                    .arg(station));
        }
        w.exec_params("INSERT INTO enrolments (code_hash, station, created_at, expires_at) VALUES ($1, $2, $3, $4)",
                      bin(sha(normalisedCode(code))), station, now, now + qint64(minutes) * 60);
        w.commit();
        return true;
    });
    if (!done)
        return done.error();
    qCInfo(lcCenter) << "enrolment code made for station" << station;
    return code;
}

Result<CenterAuth::Joined> CenterAuth::join(const QString& code, const QString& name)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    static const std::string throttleName = "enrolment";
    bool wrong = false;
    auto joined = m_db.transact<Joined>([&](pqxx::work& w) -> Result<Joined> {
        if (Status t = throttled(w, throttleName, now); !t)
            return t.error();
        const pqxx::result r = w.exec_params(
            "UPDATE enrolments SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2"
            " RETURNING station",
            bin(sha(normalisedCode(code))), now);
        if (r.empty()) {
            wrong = true;
            return Error::forbidden(QCoreApplication::translate(
                "motcua::CenterAuth",
                "The enrolment code is wrong, used or expired. Ask the center's administrator for a new one."));
        }
        Joined j;
        j.station = r[0][0].as<int>();
        // Two codes for one station: the first joined wins, the other station is refused.
        const pqxx::result busy = w.exec_params(
            "SELECT 1 FROM stations WHERE station = $1 AND revoked_at IS NULL AND secret_hash IS NOT NULL", j.station);
        if (!busy.empty()) {
            return Error::conflict(
                QCoreApplication::translate("motcua::CenterAuth", "Station %1 is enrolled already.").arg(j.station));
        }
        j.username = stationUser(j.station);
        j.secret = QString::fromLatin1(
            randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        w.exec_params("INSERT INTO stations (station, name, secret_hash, enrolled_at, lookup_hash)"
                      " VALUES ($1, $2, $3, $4, $5)"
                      " ON CONFLICT (station) DO UPDATE SET name = $2, secret_hash = $3, enrolled_at = $4,"
                      " revoked_at = NULL, lookup_hash = $5",
                      j.station, name.left(100).toStdString(), bin(sha(j.secret)), now,
                      bin(sha(PortalProtocol::accountLookupKey(j.secret))));
        w.exec_params("DELETE FROM sessions WHERE station = $1", j.station);
        w.commit();
        return j;
    });
    if (wrong)
        failed(throttleName, now);
    else if (joined)
        qCInfo(lcCenter) << "station" << joined->station << "joined";
    return joined;
}

Status CenterAuth::revoke(int station)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        const pqxx::result r =
            w.exec_params("UPDATE stations SET revoked_at = $2, secret_hash = NULL, lookup_hash = NULL"
                          " WHERE station = $1 AND revoked_at IS NULL",
                          station, now);
        if (r.affected_rows() == 0) {
            return Error::notFound(
                QCoreApplication::translate("motcua::CenterAuth", "Station %1 is not enrolled.").arg(station));
        }
        w.exec_params("DELETE FROM sessions WHERE station = $1", station);
        w.exec_params("UPDATE enrolments SET used_at = $2 WHERE station = $1 AND used_at IS NULL", station, now);
        w.commit();
        return true;
    });
    if (!done)
        return done.error();
    qCInfo(lcCenter) << "station" << station << "revoked";
    return {};
}

Result<QList<CenterAuth::Station>> CenterAuth::stations()
{
    return m_db.transact<QList<Station>>([&](pqxx::work& w) -> Result<QList<Station>> {
        QList<Station> out;
        for (const pqxx::row& row :
             w.exec("SELECT station, name, coalesce(enrolled_at, 0), coalesce(revoked_at, 0) FROM stations"
                    " ORDER BY station"))
            out.append(Station{row[0].as<int>(), S::text(row[1]), row[2].as<qint64>(), row[3].as<qint64>()});
        return out;
    });
}

Status CenterAuth::setAdmin(const QString& name, const QString& password)
{
    if (name.isEmpty() || password.size() < 10) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::CenterAuth", "An administrator needs a name and a password of at least 10 characters."));
    }
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = pbkdf2(password, salt, kAdminIterations);
    if (hash.isEmpty())
        return Error::crypto(QStringLiteral("PBKDF2 failed"));
    auto done = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        w.exec_params("INSERT INTO admins (name, salt, hash, iterations, created_at) VALUES ($1, $2, $3, $4,"
                      " extract(epoch FROM now())::bigint) ON CONFLICT (name) DO UPDATE SET salt = $2, hash = $3,"
                      " iterations = $4",
                      name.toStdString(), bin(salt), bin(hash), kAdminIterations);
        w.commit();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

Result<QString> CenterAuth::checkAdmin(const QString& name, const QString& password)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const std::string key = "admin:" + name.left(64).toStdString();
    bool wrong = false;
    auto ok = m_db.transact<QString>([&](pqxx::work& w) -> Result<QString> {
        if (Status t = throttled(w, key, now); !t)
            return t.error();
        const pqxx::result r =
            w.exec_params("SELECT salt, hash, iterations FROM admins WHERE name = $1", name.toStdString());
        const QByteArray salt = r.empty() ? QByteArray(16, '\0') : bytes(r[0][0]);
        const int iterations = r.empty() ? kAdminIterations : r[0][2].as<int>();
        const QByteArray given = pbkdf2(password, salt, iterations);
        if (r.empty() || !sameSecret(given, bytes(r[0][1]))) {
            wrong = true;
            return wrongLogin();
        }
        return name;
    });
    if (wrong)
        failed(key, now);
    return ok;
}

Status CenterAuth::checkLookup(int station, const QString& key)
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const std::string name = "lookup-" + std::to_string(station);
    bool wrong = false;
    auto ok = m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        if (Status t = throttled(w, name, now); !t)
            return t.error();
        const pqxx::result r = w.exec_params("SELECT lookup_hash FROM stations WHERE station = $1"
                                             " AND revoked_at IS NULL AND lookup_hash IS NOT NULL",
                                             station);
        // Compared in constant time; an unknown station compares against a dummy.
        const QByteArray stored = r.empty() ? QByteArray(32, '\0') : bytes(r[0][0]);
        if (!sameSecret(sha(key), stored) || r.empty()) {
            wrong = true;
            return Error::forbidden(QCoreApplication::translate(
                "motcua::CenterAuth", "This workstation is not enrolled at the center, or was revoked."));
        }
        return true;
    });
    if (wrong) {
        qCInfo(lcCenter) << "account lookup refused for station" << station;
        failed(name, now);
    }
    if (!ok)
        return ok.error();
    return {};
}

Result<QString> CenterAuth::bundleSecret(int station)
{
    auto found = m_db.transact<QString>([&](pqxx::work& w) -> Result<QString> {
        const pqxx::result r = w.exec_params("SELECT secret_hash FROM stations WHERE station = $1"
                                             " AND revoked_at IS NULL AND secret_hash IS NOT NULL",
                                             station);
        if (r.empty())
            return QString();
        return QString::fromLatin1(bytes(r[0][0]).toHex());
    });
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CenterAuth", "The bundle is not signed by a workstation enrolled at this center."));
    }
    return *found;
}

} // namespace motcua
