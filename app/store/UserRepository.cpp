#include "store/UserRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace motcua {

namespace {

QDateTime fromEpoch(const Statement& st, int col)
{
    if (st.isNull(col))
        return {};
    return QDateTime::fromSecsSinceEpoch(st.int64(col), Qt::UTC);
}

// Column order shared by every SELECT below.
const QLatin1String
    kColumns("id, username, full_name, role, disabled, created_at, last_login_at, password_hash, must_change_password, "
             "failed_logins, last_failed_at, locked_at");

UserRecord readRow(const Statement& st)
{
    UserRecord u;
    u.id = st.int64(0);
    u.username = st.text(1);
    u.fullName = st.text(2);
    Role role = Role::Clerk;
    // The CHECK constraint allows only known keys; an unknown one would fall back to the
    // least privileged role rather than grant anything.
    if (roleFromKey(st.text(3), &role))
        u.role = role;
    u.disabled = st.int64(4) != 0;
    u.createdAt = fromEpoch(st, 5);
    u.lastLoginAt = fromEpoch(st, 6);
    u.passwordHash = st.text(7);
    u.mustChangePassword = st.int64(8) != 0;
    u.failedLogins = st.integer(9);
    u.lastFailedAt = fromEpoch(st, 10);
    u.lockedAt = fromEpoch(st, 11);
    return u;
}

} // namespace

Result<UserRecord> UserRepository::byUsername(const QString& username)
{
    auto q = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE username = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "reading user accounts"));
    if (!q)
        return q.error();
    q->bind(1, username);
    if (q->next())
        return readRow(q->statement());
    if (!q->error())
        return q->error().error();
    return Error::notFound(
        QCoreApplication::translate("motcua::UserRepository", "There is no user named %1.").arg(username));
}

Result<QList<UserInfo>> UserRepository::all()
{
    auto q = m_db.query(QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM users ORDER BY username COLLATE NOCASE"),
                        QCoreApplication::translate("motcua::UserRepository", "reading user accounts"));
    if (!q)
        return q.error();
    QList<UserInfo> users;
    while (q->next())
        users.append(readRow(q->statement())); // slices off the hash: UserInfo never carries it
    if (!q->error())
        return q->error().error();
    return users;
}

Result<int> UserRepository::countAdmins(bool enabledOnly)
{
    auto q = m_db.query(enabledOnly ? QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0")
                                    : QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'"),
                        QCoreApplication::translate("motcua::UserRepository", "reading user accounts"));
    if (!q)
        return q.error();
    if (!q->next()) {
        if (!q->error())
            return q->error().error();
        return Error::internal(QStringLiteral("count(*) returned no row"));
    }
    const int n = q->integer(0);
    return n;
}

Result<qint64> UserRepository::insert(const UserRecord& user)
{
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO users (username, full_name, role, password_hash, disabled, created_at, last_login_at, "
            "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    q->bind(1, user.username)
        .bind(2, user.fullName)
        .bind(3, roleKey(user.role))
        .bind(4, user.passwordHash)
        .bind(5, user.disabled ? 1 : 0)
        .bind(6, user.createdAt.toSecsSinceEpoch());
    if (user.lastLoginAt.isValid())
        q->bind(7, user.lastLoginAt.toSecsSinceEpoch());
    else
        q->bindNull(7);
    q->bind(8, user.mustChangePassword ? 1 : 0);
    const Status done = q->exec();
    if (!done) {
        // The UNIQUE index is the final word on duplicates, even if a caller skipped its check.
        if (m_db.handle() && sqlite3_extended_errcode(m_db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return Error::conflict(
                QCoreApplication::translate("motcua::UserRepository", "The user name %1 is already taken.")
                    .arg(user.username));
        return done.error();
    }
    return m_db.lastInsertId();
}

Status UserRepository::setPasswordHash(qint64 id, const QString& hash)
{
    auto q = m_db.query(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "saving the password"));
    if (!q)
        return q.error();
    return q->bind(1, hash).bind(2, id).exec();
}

Status UserRepository::setPasswordHash(qint64 id, const QString& hash, bool mustChange)
{
    auto q = m_db.query(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "saving the password"));
    if (!q)
        return q.error();
    return q->bind(1, hash).bind(2, mustChange ? 1 : 0).bind(3, id).exec();
}

Status UserRepository::setProfile(qint64 id, const QString& fullName, Role role)
{
    auto q = m_db.query(QStringLiteral("UPDATE users SET full_name = ?, role = ? WHERE id = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    return q->bind(1, fullName).bind(2, roleKey(role)).bind(3, id).exec();
}

Status UserRepository::setDisabled(qint64 id, bool disabled)
{
    auto q = m_db.query(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    return q->bind(1, disabled ? 1 : 0).bind(2, id).exec();
}

Status UserRepository::setLastLogin(qint64 id, const QDateTime& at)
{
    auto q = m_db.query(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
                        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    return q->bind(1, at.toSecsSinceEpoch()).bind(2, id).exec();
}

Status UserRepository::recordFailedLogin(qint64 id, int failures, const QDateTime& at, bool lock)
{
    auto q = m_db.query(
        QStringLiteral(
            "UPDATE users SET failed_logins = ?, last_failed_at = ?, locked_at = CASE WHEN ? THEN ? ELSE locked_at END "
            "WHERE id = ?"),
        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    const qint64 secs = at.toSecsSinceEpoch();
    return q->bind(1, failures).bind(2, secs).bind(3, lock ? 1 : 0).bind(4, secs).bind(5, id).exec();
}

Status UserRepository::clearFailedLogins(qint64 id)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE users SET failed_logins = 0, last_failed_at = NULL, locked_at = NULL WHERE id = ?"),
        QCoreApplication::translate("motcua::UserRepository", "saving the user account"));
    if (!q)
        return q.error();
    return q->bind(1, id).exec();
}

} // namespace motcua
