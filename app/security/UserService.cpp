#include "security/UserService.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/TextRules.h"
#include "security/KeyRing.h"
#include "security/LoginThrottle.h"
#include "security/PasswordPolicy.h"
#include "security/Roles.h"
#include "security/StationAccounts.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/KeyFile.h"
#include "store/LoginCounterFile.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace motcua {

namespace {

const QString kEntity = QStringLiteral("user");

Error wrongCredentials()
{
    // One message and one code for "no such user" and "wrong password" (OWASP Authentication
    // Cheat Sheet: do not reveal which part was wrong).
    return Error::forbidden(QCoreApplication::translate("motcua::UserService", "Wrong user name or password."));
}

Actor actorOf(const UserInfo& u)
{
    Actor a;
    a.userId = u.id;
    a.username = u.username;
    a.fullName = u.fullName;
    a.role = u.role;
    a.mustChangePassword = u.mustChangePassword;
    return a;
}

// A well-formed hash that matches no password, so a login for an unknown user costs the same
// PBKDF2 work as one for a known user and timing does not reveal which names exist.
QString decoyHash(int iterations)
{
    return QStringLiteral("pbkdf2-sha256$") + QString::number(iterations) +
           QStringLiteral("$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
}

int characterCount(const QString& text)
{
    return static_cast<int>(text.normalized(QString::NormalizationForm_C).toUcs4().size());
}

} // namespace

UserService::UserService(Database& db, const Clock& clock, const PasswordHasher& hasher, KeyRing* keys)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_users(db)
    , m_keys(keys)
{}

Status UserService::validateUsername(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{%1,%2}$").arg(kUsernameMin).arg(kUsernameMax));
    if (re.match(username).hasMatch())
        return {};
    return Error::badInput(
        QCoreApplication::translate("motcua::UserService",
                                    "The user name must be %1 to %2 characters long and use only letters "
                                    "A-Z, digits, dot, underscore or hyphen.")
            .arg(kUsernameMin)
            .arg(kUsernameMax));
}

Status UserService::validatePassword(const QString& password, Role role)
{
    return PasswordPolicy::check(password, role);
}

Status UserService::validateFullName(const QString& fullName)
{
    const QString name = fullName.trimmed();
    if (name.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::UserService", "Enter the user's full name."));
    if (characterCount(name) > kFullNameMax)
        return Error::badInput(QCoreApplication::translate(
            "motcua::UserService", "The full name must be at most %n characters long.", nullptr, kFullNameMax));
    // Printed on receipts and in the audit trail: no invisible control or text-direction characters.
    if (const QString why = TextRules::problem(name, kFullNameMax); !why.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::UserService", "The full name %1").arg(why));
    return {};
}

bool UserService::hasAdmin()
{
    const Result<int> n = m_users.countAdmins(false);
    if (!n) {
        qCWarning(lcSecurity) << "cannot count administrators:" << n.error().message;
        return false;
    }
    return *n > 0;
}

Result<Actor> UserService::createFirstAdmin(const QString& username, const QString& fullName, const QString& password)
{
    return insertUser(Actor(), username, fullName, Role::Admin, password, true, false);
}

Result<Actor> UserService::addUser(const Actor& by, const QString& username, const QString& fullName, Role role,
                                   const QString& password, bool temporaryPassword)
{
    if (Status allowed =
            requireRole(by, Role::Admin, QCoreApplication::translate("motcua::UserService", "add user accounts"));
        !allowed)
        return allowed.error();
    return insertUser(by, username, fullName, role, password, false, temporaryPassword);
}

Result<Actor> UserService::insertUser(const Actor& by, const QString& usernameIn, const QString& fullNameIn, Role role,
                                      const QString& password, bool firstAdmin, bool temporaryPassword)
{
    const QString username = usernameIn.trimmed();
    const QString fullName = fullNameIn.trimmed();
    if (firstAdmin && hasAdmin())
        return Error::conflict(QCoreApplication::translate("motcua::UserService", "An administrator already exists."));
    for (const Status& check :
         {validateUsername(username), validateFullName(fullName), validatePassword(password, role)}) {
        if (!check)
            return check.error();
    }
    // Checked before hashing for a quick answer; the UNIQUE index re-checks inside the
    // transaction (UserRepository::insert).
    const Result<UserRecord> existing = m_users.byUsername(username);
    if (existing)
        return Error::conflict(QCoreApplication::translate("motcua::UserService", "The user name %1 is already taken.")
                                   .arg(existing->username));
    if (existing.error().code != Error::NotFound)
        return existing.error();

    // Hash outside the transaction: PBKDF2 takes ~150 ms and BEGIN IMMEDIATE holds the write lock.
    const Result<QString> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();

    // The data key: created with the first administrator, else granted by the acting
    // administrator's unlocked session. Wrapping is PBKDF2 too, so it is done here as well.
    std::unique_ptr<DataKey> newKey;
    std::optional<DataKeyWrap> wrap;
    if (m_keys) {
        const DataKey* grantKey = m_keys->key();
        if (firstAdmin && !m_keys->hasDataKey()) {
            Result<std::unique_ptr<DataKey>> generated = DataKey::generate();
            if (!generated)
                return generated.error();
            newKey = std::move(*generated);
            grantKey = newKey.get();
        }
        if (grantKey) {
            Result<DataKeyWrap> w = m_keys->prepareWrap(*grantKey, password);
            if (!w)
                return w.error();
            wrap = *w;
        } else {
            qCWarning(lcSecurity) << "no unlocked data key: the new account gets no copy of it";
        }
    }

    std::optional<DataKeyWrap> accountWrap;
    if (m_accounts) {
        Result<std::optional<DataKeyWrap>> w = m_accounts->prepareWrap(password);
        if (!w)
            return w.error();
        accountWrap = *w;
    }

    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (firstAdmin) {
        // Re-checked under the write lock: two first-start windows must not both succeed.
        const Result<int> admins = m_users.countAdmins(false);
        if (!admins)
            return admins.error();
        if (*admins > 0)
            return Error::conflict(
                QCoreApplication::translate("motcua::UserService", "An administrator already exists."));
    }
    UserRecord record;
    record.username = username;
    record.fullName = fullName;
    record.role = role;
    record.passwordHash = *hash;
    record.mustChangePassword = temporaryPassword && !firstAdmin;
    record.createdAt = now;
    const Result<qint64> id = m_users.insert(record);
    if (!id)
        return id.error();
    record.id = *id;

    const Actor created = actorOf(record);
    // The first administrator creates itself; otherwise the acting admin is recorded.
    const Actor& auditor = firstAdmin ? created : by;
    QJsonObject details{{QStringLiteral("role"), roleKey(role)}};
    if (firstAdmin)
        details.insert(QStringLiteral("first_admin"), true);
    if (record.mustChangePassword)
        details.insert(QStringLiteral("temporary_password"), true);
    if (newKey) {
        if (Status s = m_keys->storeNewKey(*newKey, now, auditor.username); !s)
            return s.error();
        details.insert(QStringLiteral("data_key"), QStringLiteral("created"));
    }
    if (wrap) {
        if (Status s = m_keys->storeWrap(record.id, *wrap, now, auditor.username); !s)
            return s.error();
        if (!newKey)
            details.insert(QStringLiteral("data_key"), QStringLiteral("granted"));
    }
    if (m_accounts) {
        if (Status s = m_accounts->changed(record.id, accountWrap); !s)
            return s.error();
    }
    if (Status a = writeAudit(m_db, now, auditor, QStringLiteral("user.add"), kEntity, username, details); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    qCInfo(lcSecurity) << "user account added, id" << record.id << "role" << roleKey(role);
    // The first administrator is logged in at once (first run): their session is unlocked.
    if (newKey)
        m_keys->adopt(std::move(newKey));
    return created;
}

Status UserService::auditFailedLogin(const QString& username, const QString& reason, const QJsonObject& extra)
{
    // Only the typed user name and why it failed: never the password. The name is capped,
    // since this field may hold anything a stranger types.
    Actor who;
    who.username = username.isEmpty() ? QStringLiteral("-") : username.left(64);
    QJsonObject details = extra;
    details.insert(QStringLiteral("reason"), reason);
    return writeAudit(m_db, m_clock.now(), who, QStringLiteral("user.login_failed"), kEntity, who.username, details);
}

Status UserService::auditFailedLogin(const QString& username, const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status a = auditFailedLogin(username, reason, QJsonObject()); !a)
        return a;
    return tx.commit();
}

int UserService::lockoutMinutes()
{
    return Settings(m_db).integer(SettingKey::SecurityLockoutMinutes);
}

bool UserService::isLocked(const UserInfo& user)
{
    const int minutes = lockoutMinutes();
    return LoginThrottle::isLocked(user, m_clock.now(), minutes) ||
           LoginThrottle::isLocked(counterEntry(user.username), m_clock.now(), minutes);
}

namespace {

Error lockedError(qint64 secondsLeft)
{
    const int minutes = static_cast<int>((secondsLeft + 59) / 60);
    return Error::forbidden(QCoreApplication::translate("motcua::UserService",
                                                        "This account is locked after too many wrong passwords. An "
                                                        "administrator can unlock it; otherwise try again in %n "
                                                        "minute(s).",
                                                        nullptr, minutes));
}

Error waitError(qint64 secondsLeft)
{
    return Error::forbidden(QCoreApplication::translate(
        "motcua::UserService", "Too many wrong passwords: wait %n second(s) before trying again.", nullptr,
        static_cast<int>(secondsLeft)));
}

} // namespace

UserInfo UserService::counterEntry(const QString& username, int* lockoutMinutesOut)
{
    UserInfo info;
    if (m_counterPath.isEmpty())
        return info;
    const Result<LoginCounterFile::Content> content = LoginCounterFile(m_counterPath).read();
    if (!content) {
        qCWarning(lcSecurity).noquote() << content.error().message;
        return info;
    }
    const LoginCounterFile::Entry e = LoginCounterFile::entryOf(*content, username);
    info.username = e.username;
    info.failedLogins = e.failures;
    info.lastFailedAt = e.lastFailedAt;
    info.lockedAt = e.lockedAt;
    if (lockoutMinutesOut)
        *lockoutMinutesOut = content->lockoutMinutes;
    return info;
}

bool UserService::knownBeforeOpen(const QString& username) const
{
    if (m_keyFilePath.isEmpty())
        return false;
    const Result<KeyFile::Content> keys = KeyFile(m_keyFilePath).read();
    return keys && !KeyFile::wrapsOf(*keys, username).isEmpty();
}

void UserService::recordCounterFailure(const QString& username, int failures, const QDateTime& at, bool lock)
{
    if (m_counterPath.isEmpty())
        return;
    if (Status s = LoginCounterFile(m_counterPath).recordFailure(username, failures, at, lock); !s)
        qCWarning(lcSecurity).noquote() << "cannot record a failed login:" << s.error().message;
}

void UserService::clearCounterEntry(const QString& username)
{
    if (m_counterPath.isEmpty())
        return;
    if (Status s = LoginCounterFile(m_counterPath).clear(username); !s)
        qCWarning(lcSecurity).noquote() << "cannot clear the failed logins:" << s.error().message;
}

namespace {
// The stricter of two throttling decisions (the database's counters and the file's).
LoginThrottle::Decision stricter(const LoginThrottle::Decision& a, const LoginThrottle::Decision& b)
{
    LoginThrottle::Decision d = int(a.verdict) >= int(b.verdict) ? a : b;
    if (a.verdict == b.verdict)
        d.secondsLeft = std::max(a.secondsLeft, b.secondsLeft);
    d.failures = std::max(a.failures, b.failures);
    return d;
}
} // namespace

Result<Actor> UserService::login(const QString& usernameIn, const QString& password)
{
    const QString username = usernameIn.trimmed();
    // Throttling comes first: inside the wait or while locked the password is not even checked,
    // so guessing costs the attacker the delay and costs us no PBKDF2 work. The counters beside
    // the key file are at hand even before the database is open.
    int fileMinutes = 30;
    const UserInfo fileCounters = counterEntry(username, &fileMinutes);
    if (!m_db.isOpen()) {
        const LoginThrottle::Decision early = LoginThrottle::check(fileCounters, m_clock.now(), fileMinutes);
        // The database is still closed, so refusals here are only logged.
        if (early.verdict == LoginThrottle::Verdict::Locked) {
            qCInfo(lcSecurity) << "login refused before the database opened: account locked";
            return lockedError(early.secondsLeft);
        }
        if (early.verdict == LoginThrottle::Verdict::Wait) {
            qCInfo(lcSecurity) << "login refused before the database opened: throttled";
            return waitError(early.secondsLeft);
        }
    }
    if (m_beforeLogin) {
        if (Status s = m_beforeLogin(username, password); !s) {
            qCInfo(lcSecurity) << "login failed before the database opened";
            if (s.error().code == Error::Forbidden && knownBeforeOpen(username)) {
                const QDateTime now = m_clock.now();
                const int failures = LoginThrottle::check(fileCounters, now, fileMinutes).failures + 1;
                const bool lock = failures >= LoginThrottle::kLockAfter;
                recordCounterFailure(username, failures, now, lock);
                if (lock) {
                    qCWarning(lcSecurity)
                        << "account locked after" << failures << "wrong passwords, before the database opened";
                    return lockedError(qint64(fileMinutes) * 60);
                }
            }
            return s.error();
        }
    }
    const Result<UserRecord> found = m_users.byUsername(username);
    if (!found && found.error().code != Error::NotFound)
        return found.error();

    LoginThrottle::Decision throttle;
    if (found) {
        const int minutes = lockoutMinutes();
        throttle = stricter(LoginThrottle::check(*found, m_clock.now(), minutes),
                            LoginThrottle::check(fileCounters, m_clock.now(), minutes));
        if (throttle.verdict == LoginThrottle::Verdict::Locked) {
            if (Status a = auditFailedLogin(found->username, QStringLiteral("locked")); !a)
                qCWarning(lcSecurity) << "cannot audit a failed login:" << a.error().message;
            qCInfo(lcSecurity) << "login refused: account locked, user id" << found->id;
            return lockedError(throttle.secondsLeft);
        }
        if (throttle.verdict == LoginThrottle::Verdict::Wait) {
            qCInfo(lcSecurity) << "login refused: throttled, user id" << found->id;
            return waitError(throttle.secondsLeft);
        }
    }

    const Result<bool> match =
        m_hasher.verify(password, found ? found->passwordHash : decoyHash(m_hasher.iterations()));
    if (!match && match.error().code == Error::Crypto)
        return match.error();
    if (!found || !match || !*match) {
        if (found && !match)
            qCWarning(lcSecurity) << "stored password hash is malformed for user id" << found->id;
        const QString reason = !found ? QStringLiteral("unknown_user") : QStringLiteral("wrong_password");
        qCInfo(lcSecurity) << "login failed:" << reason;
        if (!found) {
            if (Status a = auditFailedLogin(username, reason); !a)
                qCWarning(lcSecurity) << "cannot audit a failed login:" << a.error().message;
            return wrongCredentials();
        }
        // Counted with its audit row in one transaction: the count and the trail agree.
        const int failures = throttle.failures + 1;
        const bool lock = failures >= LoginThrottle::kLockAfter;
        const QDateTime now = m_clock.now();
        recordCounterFailure(found->username, failures, now, lock);
        Transaction tx(m_db);
        Status saved = tx.begun();
        if (saved)
            saved = m_users.recordFailedLogin(found->id, failures, now, lock);
        if (saved) {
            QJsonObject extra{{QStringLiteral("failures"), failures}};
            if (lock)
                extra.insert(QStringLiteral("locked"), true);
            saved = auditFailedLogin(found->username, reason, extra);
        }
        if (saved)
            saved = tx.commit();
        if (!saved)
            qCWarning(lcSecurity) << "cannot record a failed login:" << saved.error().message;
        if (lock) {
            qCWarning(lcSecurity) << "account locked after" << failures << "wrong passwords, user id" << found->id;
            return lockedError(qint64(lockoutMinutes()) * 60);
        }
        return wrongCredentials();
    }

    const UserRecord& user = *found;
    // On a workstation of a center the center's signed role counts; a row edited here refuses.
    StationAccounts::Effective effective{user.role, {}, user.disabled};
    if (m_accounts) {
        Result<StationAccounts::Effective> e = m_accounts->effective(user);
        if (!e) {
            if (Status a = auditFailedLogin(user.username, QStringLiteral("signature")); !a)
                qCWarning(lcSecurity) << "cannot audit a failed login:" << a.error().message;
            return e.error();
        }
        effective = *e;
    }
    // Checked only after the password matched, so the message reveals nothing to a stranger.
    if (effective.disabled) {
        if (Status a = auditFailedLogin(user.username, QStringLiteral("disabled")); !a)
            qCWarning(lcSecurity) << "cannot audit a failed login:" << a.error().message;
        return Error::forbidden(QCoreApplication::translate(
            "motcua::UserService", "This account is disabled. Ask an administrator to enable it."));
    }

    // Upgrade hashes made with fewer iterations than today's default (PasswordHasher).
    QString rehashed;
    if (m_hasher.needsRehash(user.passwordHash)) {
        if (const Result<QString> h = m_hasher.hash(password); h)
            rehashed = *h;
    }

    Actor actor = actorOf(user);
    actor.role = effective.role;
    actor.departments = effective.departments;
    // A password that no longer meets the rules (an administrator's shorter than 10, or one on
    // the list of common passwords) must be replaced before the desk opens, as a temporary one.
    const bool weak = !PasswordPolicy::check(password, user.role);
    if (weak)
        actor.mustChangePassword = true;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = m_users.setLastLogin(user.id, now); !s)
        return s.error();
    if (user.failedLogins > 0 || user.lockedAt.isValid()) {
        if (Status s = m_users.clearFailedLogins(user.id); !s)
            return s.error();
    }
    if (!rehashed.isEmpty()) {
        if (Status s = m_users.setPasswordHash(user.id, rehashed); !s)
            return s.error();
    }
    QJsonObject details;
    if (weak)
        details.insert(QStringLiteral("weak_password"), true);
    // Wrong passwords typed before the database opened could not be audited then: their count
    // joins the trail now.
    if (fileCounters.failedLogins > 0)
        details.insert(QStringLiteral("earlier_failures"), fileCounters.failedLogins);
    if (Status a = writeAudit(m_db, now, actor, QStringLiteral("user.login"), kEntity, user.username, details); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    if (fileCounters.failedLogins > 0 || fileCounters.lockedAt.isValid())
        clearCounterEntry(user.username);
    if (!m_counterPath.isEmpty() && fileMinutes != lockoutMinutes()) {
        // The lock period for the next logins before the database opens.
        if (Status s = LoginCounterFile(m_counterPath).setLockoutMinutes(lockoutMinutes()); !s)
            qCWarning(lcSecurity).noquote() << s.error().message;
    }
    qCInfo(lcSecurity) << "login succeeded, user id" << user.id;
    return actor;
}

Status UserService::unlockUser(const Actor& by, const QString& usernameIn)
{
    if (Status allowed =
            requireRole(by, Role::Admin, QCoreApplication::translate("motcua::UserService", "unlock user accounts"));
        !allowed)
        return allowed;
    const QString username = usernameIn.trimmed();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const Result<UserRecord> target = m_users.byUsername(username);
    if (!target)
        return target.error();
    const UserInfo fileCounters = counterEntry(target->username);
    if (target->failedLogins == 0 && !target->lockedAt.isValid() && fileCounters.failedLogins == 0 &&
        !fileCounters.lockedAt.isValid())
        return {}; // nothing to lift, nothing to audit
    if (Status s = m_users.clearFailedLogins(target->id); !s)
        return s;
    QJsonObject details{{QStringLiteral("failures"), std::max(target->failedLogins, fileCounters.failedLogins)}};
    details.insert(QStringLiteral("was_locked"), target->lockedAt.isValid() || fileCounters.lockedAt.isValid());
    if (Status a =
            writeAudit(m_db, m_clock.now(), by, QStringLiteral("user.unlock"), kEntity, target->username, details);
        !a)
        return a;
    if (Status c = tx.commit(); !c)
        return c;
    clearCounterEntry(target->username);
    return {};
}

Result<QList<UserInfo>> UserService::listUsers(const Actor& by)
{
    if (Status allowed =
            requireRole(by, Role::Supervisor, QCoreApplication::translate("motcua::UserService", "view user accounts"));
        !allowed)
        return allowed.error();
    return m_users.all();
}

QList<UserInfo> UserService::list(const Actor& by)
{
    Result<QList<UserInfo>> r = listUsers(by);
    if (!r) {
        qCWarning(lcSecurity) << "cannot list users:" << r.error().message;
        return {};
    }
    return std::move(r).value();
}

Status UserService::setPassword(const Actor& by, const QString& usernameIn, const QString& newPassword)
{
    const QString username = usernameIn.trimmed();
    const bool self = by.userId != 0 && username.compare(by.username, Qt::CaseInsensitive) == 0;
    if (!self) {
        if (Status allowed = requireRole(
                by, Role::Admin, QCoreApplication::translate("motcua::UserService", "change another user's password"));
            !allowed)
            return allowed;
    }
    const Result<UserRecord> target = m_users.byUsername(username);
    if (!target)
        return target.error();
    if (self && target->id != by.userId)
        return Error::forbidden(
            QCoreApplication::translate("motcua::UserService", "Your role (%1) does not allow: %2.")
                .arg(roleName(by.role),
                     QCoreApplication::translate("motcua::UserService", "change another user's password")));
    if (Status v = validatePassword(newPassword, target->role); !v)
        return v;

    const Result<QString> hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    // Rewrap the data key under the new password with the session's key (the user's own, or
    // the administrator's who resets it).
    std::optional<DataKeyWrap> wrap;
    if (m_keys && m_keys->key()) {
        Result<DataKeyWrap> w = m_keys->prepareWrap(*m_keys->key(), newPassword);
        if (!w)
            return w.error();
        wrap = *w;
    }
    std::optional<DataKeyWrap> accountWrap;
    if (m_accounts) {
        Result<std::optional<DataKeyWrap>> w = m_accounts->prepareWrap(newPassword);
        if (!w)
            return w.error();
        accountWrap = *w;
    }

    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (m_accounts) {
        if (Status s = m_accounts->changed(target->id, accountWrap); !s)
            return s;
    }
    // Someone else's choice is known to them: the user picks their own at the next login.
    if (Status s = m_users.setPasswordHash(target->id, *hash, !self); !s)
        return s;
    // An administrator's reset is also the way back for a locked account.
    if (!self && (target->failedLogins > 0 || target->lockedAt.isValid())) {
        if (Status s = m_users.clearFailedLogins(target->id); !s)
            return s;
    }
    if (m_keys) {
        // Without a session key the old wrap goes: it would open with the old password only.
        if (Status s = wrap ? m_keys->storeWrap(target->id, *wrap, now, by.username) : m_keys->removeWrap(target->id);
            !s)
            return s;
    }
    // The audit row says who changed whose password, never the password.
    QJsonObject details{{QStringLiteral("self"), self}};
    if (!self)
        details.insert(QStringLiteral("temporary"), true);
    if (m_keys)
        details.insert(QStringLiteral("data_key"), wrap ? QStringLiteral("rewrapped") : QStringLiteral("removed"));
    if (Status a = writeAudit(m_db, now, by, QStringLiteral("user.password"), kEntity, target->username, details); !a)
        return a;
    if (Status c = tx.commit(); !c)
        return c;
    if (!self)
        clearCounterEntry(target->username);
    return {};
}

Status UserService::updateUser(const Actor& by, const QString& usernameIn, const QString& fullNameIn, Role role)
{
    if (Status allowed =
            requireRole(by, Role::Admin, QCoreApplication::translate("motcua::UserService", "edit user accounts"));
        !allowed)
        return allowed;
    const QString username = usernameIn.trimmed();
    const QString fullName = fullNameIn.trimmed();
    if (Status v = validateFullName(fullName); !v)
        return v;

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Read under the write lock so the last-admin check cannot race another change.
    const Result<UserRecord> target = m_users.byUsername(username);
    if (!target)
        return target.error();
    const bool nameChanged = target->fullName != fullName;
    const bool roleChanged = target->role != role;
    if (!nameChanged && !roleChanged)
        return {}; // nothing changes, nothing to audit
    if (roleChanged && target->role == Role::Admin && !target->disabled) {
        const Result<int> enabledAdmins = m_users.countAdmins(true);
        if (!enabledAdmins)
            return enabledAdmins.error();
        // The same reason as for disabling: somebody must remain able to manage accounts.
        if (*enabledAdmins <= 1)
            return Error::conflict(QCoreApplication::translate(
                "motcua::UserService", "The last active administrator must keep the administrator role."));
    }
    if (Status s = m_users.setProfile(target->id, fullName, role); !s)
        return s;
    if (m_accounts) {
        if (Status s = m_accounts->changed(target->id); !s)
            return s;
    }
    QJsonObject details{{QStringLiteral("role"), roleKey(role)}};
    if (roleChanged)
        details.insert(QStringLiteral("previous_role"), roleKey(target->role));
    if (nameChanged)
        details.insert(QStringLiteral("full_name_changed"), true);
    if (Status a =
            writeAudit(m_db, m_clock.now(), by, QStringLiteral("user.update"), kEntity, target->username, details);
        !a)
        return a;
    return tx.commit();
}

Status UserService::setDisabled(const Actor& by, const QString& usernameIn, bool disabled)
{
    if (Status allowed = requireRole(
            by, Role::Admin, QCoreApplication::translate("motcua::UserService", "enable or disable user accounts"));
        !allowed)
        return allowed;
    const QString username = usernameIn.trimmed();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Read under the write lock so the last-admin check cannot race another change.
    const Result<UserRecord> target = m_users.byUsername(username);
    if (!target)
        return target.error();
    if (target->disabled == disabled)
        return {}; // nothing changes, nothing to audit
    if (disabled && target->role == Role::Admin) {
        const Result<int> enabledAdmins = m_users.countAdmins(true);
        if (!enabledAdmins)
            return enabledAdmins.error();
        // Without an enabled administrator nobody could add users or re-enable accounts.
        if (*enabledAdmins <= 1)
            return Error::conflict(QCoreApplication::translate("motcua::UserService",
                                                               "The last active administrator cannot be disabled."));
    }
    if (Status s = m_users.setDisabled(target->id, disabled); !s)
        return s;
    if (m_accounts) {
        if (Status s = m_accounts->changed(target->id); !s)
            return s;
    }
    QJsonObject details{{QStringLiteral("disabled"), disabled}};
    // A disabled account keeps no copy of the data key: its password, known or guessed later,
    // opens nothing.
    if (disabled && m_keys) {
        if (Status s = m_keys->removeWrap(target->id); !s)
            return s;
        details.insert(QStringLiteral("data_key"), QStringLiteral("removed"));
    }
    if (Status a =
            writeAudit(m_db, m_clock.now(), by, QStringLiteral("user.disable"), kEntity, target->username, details);
        !a)
        return a;
    return tx.commit();
}

Status UserService::setDepartments(const Actor& by, const QString& usernameIn, const QStringList& departmentsIn)
{
    if (Status allowed =
            requireRole(by, Role::Admin, QCoreApplication::translate("motcua::UserService", "edit user accounts"));
        !allowed)
        return allowed;
    QStringList departments;
    for (const QString& code : departmentsIn) {
        const QString c = code.trimmed();
        if (c.isEmpty() || c.contains(QLatin1Char(',')) || c.size() > 64)
            return Error::badInput(QCoreApplication::translate("motcua::UserService",
                                                               "A department code may not be empty or hold a comma."));
        departments.append(c);
    }
    departments.sort();
    departments.removeDuplicates();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const Result<UserRecord> target = m_users.byUsername(usernameIn.trimmed());
    if (!target)
        return target.error();
    if (!m_accounts)
        return Error::internal(QStringLiteral("departments need the station's accounts"));
    const Result<QStringList> before = m_accounts->departments(target->id);
    if (!before)
        return before.error();
    if (*before == departments)
        return {}; // nothing changes, nothing to audit
    if (Status s = m_accounts->setDepartments(target->id, departments); !s)
        return s;
    if (Status s = m_accounts->changed(target->id); !s)
        return s;
    const QJsonObject details{{QStringLiteral("departments"), departments.join(QLatin1Char(','))}};
    if (Status a =
            writeAudit(m_db, m_clock.now(), by, QStringLiteral("user.departments"), kEntity, target->username, details);
        !a)
        return a;
    return tx.commit();
}

Result<QStringList> UserService::departments(const QString& username)
{
    const Result<UserRecord> target = m_users.byUsername(username.trimmed());
    if (!target)
        return target.error();
    if (!m_accounts)
        return QStringList();
    return m_accounts->departments(target->id);
}

} // namespace motcua
