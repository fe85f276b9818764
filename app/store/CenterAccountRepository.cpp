#include "store/CenterAccountRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

namespace {

QStringList splitCodes(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString joinCodes(QStringList codes)
{
    codes.sort();
    codes.removeDuplicates();
    // Never a null string: the column is NOT NULL and a null QString binds NULL.
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(','));
}

} // namespace

Result<QByteArray> CenterAccountRepository::value(const QString& name)
{
    auto q = m_db.query(QStringLiteral("SELECT value FROM center_keys WHERE name = ?1"),
                        QCoreApplication::translate("motcua::CenterAccountRepository", "reading the center's keys"));
    if (!q)
        return q.error();
    q->bind(1, name);
    if (q->next()) {
        const QByteArray v = q->blob(0);
        return v;
    }
    if (!q->error())
        return q->error().error();
    return QByteArray();
}

Status CenterAccountRepository::setValue(const QString& name, const QByteArray& value)
{
    auto q = m_db.query(QStringLiteral("INSERT OR REPLACE INTO center_keys (name, value) VALUES (?1, ?2)"),
                        QCoreApplication::translate("motcua::CenterAccountRepository", "saving the center's keys"));
    if (!q)
        return q.error();
    return q->bind(1, name).bind(2, value).exec();
}

Result<CenterSignedState> CenterAccountRepository::signedState(qint64 userId)
{
    auto q = m_db.query(
        QStringLiteral("SELECT center_revision, center_role, center_departments, "
                       "center_disabled, center_signature FROM users WHERE id = ?1"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "reading the account the center signed"));
    if (!q)
        return q.error();
    q->bind(1, userId);
    CenterSignedState s;
    if (q->next()) {
        s.present = !q->isNull(0) && !q->isNull(4);
        s.revision = q->int64(0);
        s.role = q->text(1);
        s.departments = splitCodes(q->text(2));
        s.disabled = q->int64(3) != 0;
        s.signature = q->blob(4);
        return s;
    }
    if (!q->error())
        return q->error().error();
    return Error::notFound(
        QCoreApplication::translate("motcua::CenterAccountRepository", "There is no such user account."));
}

Result<QStringList> CenterAccountRepository::departments(qint64 userId)
{
    auto q =
        m_db.query(QStringLiteral("SELECT departments FROM users WHERE id = ?1"),
                   QCoreApplication::translate("motcua::CenterAccountRepository", "reading the user's departments"));
    if (!q)
        return q.error();
    q->bind(1, userId);
    QStringList out;
    if (q->next())
        out = splitCodes(q->text(0));
    return out;
}

Status CenterAccountRepository::setDepartments(qint64 userId, const QStringList& departments)
{
    auto q =
        m_db.query(QStringLiteral("UPDATE users SET departments = ?1 WHERE id = ?2"),
                   QCoreApplication::translate("motcua::CenterAccountRepository", "saving the user's departments"));
    if (!q)
        return q.error();
    return q->bind(1, joinCodes(departments)).bind(2, userId).exec();
}

Status CenterAccountRepository::markPending(qint64 userId)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE users SET center_pending = center_pending + 1 WHERE id = ?1"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "marking the account for the center"));
    if (!q)
        return q.error();
    return q->bind(1, userId).exec();
}

Status CenterAccountRepository::markLocalOnlyPending()
{
    return m_db.execute(
        QStringLiteral("UPDATE users SET center_pending = center_pending + 1 WHERE center_revision IS NULL"));
}

Result<QList<CenterAccountRow>> CenterAccountRepository::pending(int limit)
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT u.id, u.username, u.full_name, u.role, u.departments, u.disabled, u.must_change_password, "
            "u.password_hash, u.center_pending, w.iterations, w.salt, w.wrapped FROM users u "
            "LEFT JOIN account_key_wraps w ON w.user_id = u.id WHERE u.center_pending > 0 ORDER BY u.id LIMIT ?1"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "reading the accounts waiting for the center"));
    if (!q)
        return q.error();
    q->bind(1, limit);
    QList<CenterAccountRow> out;
    while (q->next()) {
        CenterAccountRow r;
        r.userId = q->int64(0);
        r.username = q->text(1);
        r.fullName = q->text(2);
        r.role = q->text(3);
        r.departments = splitCodes(q->text(4));
        r.disabled = q->int64(5) != 0;
        r.mustChange = q->int64(6) != 0;
        r.verifier = q->text(7);
        r.pending = q->integer(8);
        if (!q->isNull(11)) {
            DataKeyWrap w;
            w.iterations = q->integer(9);
            w.salt = q->blob(10);
            w.wrapped = q->blob(11);
            r.wrap = w;
        }
        out.append(r);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Status CenterAccountRepository::acknowledge(qint64 userId, int pending)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE users SET center_pending = 0 WHERE id = ?1 AND center_pending = ?2"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "recording that the center has the account"));
    if (!q)
        return q.error();
    return q->bind(1, userId).bind(2, pending).exec();
}

Result<std::optional<CenterAccountRepository::Local>> CenterAccountRepository::local(const QString& username)
{
    auto q = m_db.query(QStringLiteral("SELECT id, password_hash, center_pending FROM users WHERE username = ?1"),
                        QCoreApplication::translate("motcua::CenterAccountRepository", "reading the user account"));
    if (!q)
        return q.error();
    q->bind(1, username);
    if (q->next()) {
        Local l{q->int64(0), q->text(1), q->integer(2)};
        return std::optional<Local>(l);
    }
    if (!q->error())
        return q->error().error();
    return std::optional<Local>();
}

Result<qint64> CenterAccountRepository::insert(const CenterAccountRow& row, qint64 createdAt)
{
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO users (username, full_name, role, password_hash, disabled, created_at, must_change_password, "
            "departments, center_revision, center_role, center_departments, center_disabled, center_signature) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?3, ?8, ?5, ?10)"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "saving an account from the center"));
    if (!q)
        return q.error();
    if (Status s = q->bind(1, row.username)
                       .bind(2, row.fullName)
                       .bind(3, row.role)
                       .bind(4, row.verifier)
                       .bind(5, row.disabled ? 1 : 0)
                       .bind(6, createdAt)
                       .bind(7, row.mustChange ? 1 : 0)
                       .bind(8, joinCodes(row.departments))
                       .bind(9, row.revision)
                       .bind(10, row.signature)
                       .exec();
        !s)
        return s.error();
    return m_db.lastInsertId();
}

Status CenterAccountRepository::update(qint64 userId, const CenterAccountRow& row, bool editable)
{
    auto q = m_db.query(
        QStringLiteral(
            "UPDATE users SET center_revision = ?2, center_role = ?3, center_departments = ?4, center_disabled = ?5, "
            "center_signature = ?6, full_name = CASE WHEN ?7 THEN ?8 ELSE full_name END, "
            "role = CASE WHEN ?7 THEN ?3 ELSE role END, departments = CASE WHEN ?7 THEN ?4 ELSE departments END, "
            "disabled = CASE WHEN ?7 THEN ?5 ELSE disabled END, "
            "password_hash = CASE WHEN ?7 THEN ?9 ELSE password_hash END, "
            "must_change_password = CASE WHEN ?7 THEN ?10 ELSE must_change_password END WHERE id = ?1"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "saving an account from the center"));
    if (!q)
        return q.error();
    return q->bind(1, userId)
        .bind(2, row.revision)
        .bind(3, row.role)
        .bind(4, joinCodes(row.departments))
        .bind(5, row.disabled ? 1 : 0)
        .bind(6, row.signature)
        .bind(7, editable ? 1 : 0)
        .bind(8, row.fullName)
        .bind(9, row.verifier)
        .bind(10, row.mustChange ? 1 : 0)
        .exec();
}

Result<std::optional<DataKeyWrap>> CenterAccountRepository::accountWrap(qint64 userId)
{
    auto q = m_db.query(QStringLiteral("SELECT iterations, salt, wrapped FROM account_key_wraps WHERE user_id = ?1"),
                        QCoreApplication::translate("motcua::CenterAccountRepository", "reading the account's key"));
    if (!q)
        return q.error();
    q->bind(1, userId);
    if (q->next()) {
        DataKeyWrap w;
        w.iterations = q->integer(0);
        w.salt = q->blob(1);
        w.wrapped = q->blob(2);
        return std::optional<DataKeyWrap>(w);
    }
    if (!q->error())
        return q->error().error();
    return std::optional<DataKeyWrap>();
}

Status CenterAccountRepository::putAccountWrap(qint64 userId, const DataKeyWrap& wrap)
{
    auto q = m_db.query(
        QStringLiteral(
            "INSERT OR REPLACE INTO account_key_wraps (user_id, iterations, salt, wrapped) VALUES (?1, ?2, ?3, ?4)"),
        QCoreApplication::translate("motcua::CenterAccountRepository", "saving the account's key"));
    if (!q)
        return q.error();
    return q->bind(1, userId).bind(2, wrap.iterations).bind(3, wrap.salt).bind(4, wrap.wrapped).exec();
}

Status CenterAccountRepository::removeAccountWrap(qint64 userId)
{
    auto q = m_db.query(QStringLiteral("DELETE FROM account_key_wraps WHERE user_id = ?1"),
                        QCoreApplication::translate("motcua::CenterAccountRepository", "removing the account's key"));
    if (!q)
        return q.error();
    return q->bind(1, userId).exec();
}

Result<QList<QPair<QString, DataKeyWrap>>> CenterAccountRepository::namedAccountWraps()
{
    return KeyWrapRepository::readNamedWraps(
        m_db, QStringLiteral("SELECT u.username, w.iterations, w.salt, w.wrapped FROM account_key_wraps w JOIN users u "
                             "ON u.id = w.user_id WHERE u.disabled = 0 ORDER BY u.username"));
}

} // namespace motcua
