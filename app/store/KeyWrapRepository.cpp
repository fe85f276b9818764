#include "store/KeyWrapRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

Result<QString> KeyWrapRepository::keyId()
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT key_id FROM data_key WHERE id = 1"));
    if (!st.isValid())
        return m_db.lastError().error();
    if (st.next()) {
        const QString id = st.text(0);
        st.reset();
        return id;
    }
    if (!st.error())
        return st.error().error();
    return QString();
}

Status KeyWrapRepository::insertKeyId(const QString& keyId, const QDateTime& at, const QString& by)
{
    Result<QString> existing = this->keyId();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error::conflict(
            QCoreApplication::translate("motcua::KeyWrapRepository", "This database already has a data key."));
    Statement& st = m_db.prepare(
        QStringLiteral("INSERT INTO data_key (id, key_id, created_at, created_by) VALUES (1, ?1, ?2, ?3)"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, keyId).bind(2, at).bind(3, by).exec();
}

Result<DataKeyWrap> KeyWrapRepository::wrapOf(qint64 userId)
{
    Statement& st =
        m_db.prepare(QStringLiteral("SELECT iterations, salt, wrapped FROM data_key_wraps WHERE user_id = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, userId);
    if (!st.next()) {
        if (!st.error())
            return st.error().error();
        return Error::notFound(
            QCoreApplication::translate("motcua::KeyWrapRepository", "This account holds no copy of the data key."));
    }
    DataKeyWrap w;
    w.iterations = st.integer(0);
    w.salt = st.blob(1);
    w.wrapped = st.blob(2);
    st.reset();
    return w;
}

Status KeyWrapRepository::putWrap(qint64 userId, const DataKeyWrap& wrap, const QDateTime& at, const QString& by)
{
    Statement& st = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO data_key_wraps (user_id, iterations, salt, wrapped, created_at, "
                       "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId)
        .bind(2, wrap.iterations)
        .bind(3, wrap.salt)
        .bind(4, wrap.wrapped)
        .bind(5, at)
        .bind(6, by)
        .exec();
}

Status KeyWrapRepository::removeWrap(qint64 userId)
{
    Statement& st = m_db.prepare(QStringLiteral("DELETE FROM data_key_wraps WHERE user_id = ?1"));
    if (!st.isValid())
        return m_db.lastError();
    return st.bind(1, userId).exec();
}

Result<int> KeyWrapRepository::wrapCount()
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT count(*) FROM data_key_wraps"));
    if (!st.isValid())
        return m_db.lastError().error();
    if (!st.next())
        return st.error().error();
    const int n = st.integer(0);
    st.reset();
    return n;
}

Result<QList<QPair<QString, DataKeyWrap>>> KeyWrapRepository::namedWraps()
{
    return readNamedWraps(m_db,
                          QStringLiteral("SELECT u.username, w.iterations, w.salt, w.wrapped FROM data_key_wraps w "
                                         "JOIN users u ON u.id = w.user_id ORDER BY u.username"));
}

Result<QList<QPair<QString, DataKeyWrap>>> KeyWrapRepository::readNamedWraps(Database& db, const QString& select)
{
    Statement& st = db.prepare(select);
    if (!st.isValid())
        return db.lastError().error();
    QList<QPair<QString, DataKeyWrap>> out;
    while (st.next()) {
        DataKeyWrap w;
        w.iterations = st.integer(1);
        w.salt = st.blob(2);
        w.wrapped = st.blob(3);
        out.append({st.text(0), w});
    }
    if (!st.error())
        return st.error().error();
    return out;
}

} // namespace motcua
