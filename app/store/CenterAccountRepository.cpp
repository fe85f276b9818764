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
    Statement& st = m_db.prepare(QStringLiteral("SELECT value FROM center_keys WHERE name = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, name);
    if (st.next()) {
        const QByteArray v = st.blob(0);
        st.reset();
        return v;
    }
    if (!st.error())
        return st.error().error();
    return QByteArray();
}

Status CenterAccountRepository::setValue(const QString& name, const QByteArray& value)
{
    Statement& st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO center_keys (name, value) VALUES (?1, ?2)"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, name).bind(2, value).exec();
}

Result<CenterSignedState> CenterAccountRepository::signedState(qint64 userId)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT center_revision, center_role, center_departments, "
                                                "center_disabled, center_signature FROM users WHERE id = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, userId);
    CenterSignedState s;
    if (st.next()) {
        s.present = !st.isNull(0) && !st.isNull(4);
        s.revision = st.int64(0);
        s.role = st.text(1);
        s.departments = splitCodes(st.text(2));
        s.disabled = st.int64(3) != 0;
        s.signature = st.blob(4);
        st.reset();
        return s;
    }
    if (!st.error())
        return st.error().error();
    return Error::notFound(
        QCoreApplication::translate("motcua::CenterAccountRepository", "There is no such user account."));
}

Result<QStringList> CenterAccountRepository::departments(qint64 userId)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT departments FROM users WHERE id = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, userId);
    QStringList out;
    if (st.next())
        out = splitCodes(st.text(0));
    st.reset();
    return out;
}

Status CenterAccountRepository::setDepartments(qint64 userId, const QStringList& departments)
{
    Statement& st = m_db.prepare(QStringLiteral("UPDATE users SET departments = ?1 WHERE id = ?2"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, joinCodes(departments)).bind(2, userId).exec();
}

Status CenterAccountRepository::markPending(qint64 userId)
{
    Statement& st = m_db.prepare(QStringLiteral("UPDATE users SET center_pending = center_pending + 1 WHERE id = ?1"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId).exec();
}

Status CenterAccountRepository::markLocalOnlyPending()
{
    return m_db.execute(
        QStringLiteral("UPDATE users SET center_pending = center_pending + 1 WHERE center_revision IS NULL"));
}

Result<QList<CenterAccountRow>> CenterAccountRepository::pending(int limit)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.full_name, u.role, u.departments, u.disabled, u.must_change_password, "
        "u.password_hash, u.center_pending, w.iterations, w.salt, w.wrapped FROM users u "
        "LEFT JOIN account_key_wraps w ON w.user_id = u.id WHERE u.center_pending > 0 ORDER BY u.id LIMIT ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, limit);
    QList<CenterAccountRow> out;
    while (st.next()) {
        CenterAccountRow r;
        r.userId = st.int64(0);
        r.username = st.text(1);
        r.fullName = st.text(2);
        r.role = st.text(3);
        r.departments = splitCodes(st.text(4));
        r.disabled = st.int64(5) != 0;
        r.mustChange = st.int64(6) != 0;
        r.verifier = st.text(7);
        r.pending = st.integer(8);
        if (!st.isNull(11)) {
            DataKeyWrap w;
            w.iterations = st.integer(9);
            w.salt = st.blob(10);
            w.wrapped = st.blob(11);
            r.wrap = w;
        }
        out.append(r);
    }
    if (!st.error())
        return st.error().error();
    return out;
}

Status CenterAccountRepository::acknowledge(qint64 userId, int pending)
{
    Statement& st =
        m_db.prepare(QStringLiteral("UPDATE users SET center_pending = 0 WHERE id = ?1 AND center_pending = ?2"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId).bind(2, pending).exec();
}

Result<std::optional<CenterAccountRepository::Local>> CenterAccountRepository::local(const QString& username)
{
    Statement& st =
        m_db.prepare(QStringLiteral("SELECT id, password_hash, center_pending FROM users WHERE username = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, username);
    if (st.next()) {
        Local l{st.int64(0), st.text(1), st.integer(2)};
        st.reset();
        return std::optional<Local>(l);
    }
    if (!st.error())
        return st.error().error();
    return std::optional<Local>();
}

Result<qint64> CenterAccountRepository::insert(const CenterAccountRow& row, qint64 createdAt)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "INSERT INTO users (username, full_name, role, password_hash, disabled, created_at, must_change_password, "
        "departments, center_revision, center_role, center_departments, center_disabled, center_signature) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?3, ?8, ?5, ?10)"));
    if (!st.isValid())
        return m_db.lastError().error();
    if (Status s = st.bind(1, row.username)
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
    Statement& st = m_db.prepare(QStringLiteral(
        "UPDATE users SET center_revision = ?2, center_role = ?3, center_departments = ?4, center_disabled = ?5, "
        "center_signature = ?6, full_name = CASE WHEN ?7 THEN ?8 ELSE full_name END, "
        "role = CASE WHEN ?7 THEN ?3 ELSE role END, departments = CASE WHEN ?7 THEN ?4 ELSE departments END, "
        "disabled = CASE WHEN ?7 THEN ?5 ELSE disabled END, "
        "password_hash = CASE WHEN ?7 THEN ?9 ELSE password_hash END, "
        "must_change_password = CASE WHEN ?7 THEN ?10 ELSE must_change_password END WHERE id = ?1"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId)
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
    Statement& st =
        m_db.prepare(QStringLiteral("SELECT iterations, salt, wrapped FROM account_key_wraps WHERE user_id = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, userId);
    if (st.next()) {
        DataKeyWrap w;
        w.iterations = st.integer(0);
        w.salt = st.blob(1);
        w.wrapped = st.blob(2);
        st.reset();
        return std::optional<DataKeyWrap>(w);
    }
    if (!st.error())
        return st.error().error();
    return std::optional<DataKeyWrap>();
}

Status CenterAccountRepository::putAccountWrap(qint64 userId, const DataKeyWrap& wrap)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO account_key_wraps (user_id, iterations, salt, wrapped) VALUES (?1, ?2, ?3, ?4)"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId).bind(2, wrap.iterations).bind(3, wrap.salt).bind(4, wrap.wrapped).exec();
}

Status CenterAccountRepository::removeAccountWrap(qint64 userId)
{
    Statement& st = m_db.prepare(QStringLiteral("DELETE FROM account_key_wraps WHERE user_id = ?1"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId).exec();
}

Result<QList<QPair<QString, DataKeyWrap>>> CenterAccountRepository::namedAccountWraps()
{
    return KeyWrapRepository::readNamedWraps(
        m_db, QStringLiteral("SELECT u.username, w.iterations, w.salt, w.wrapped FROM account_key_wraps w JOIN users u "
                             "ON u.id = w.user_id WHERE u.disabled = 0 ORDER BY u.username"));
}

} // namespace motcua
