#include "store/KeyWrapRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

Result<QString> KeyWrapRepository::keyId()
{
    auto q = m_db.query(QStringLiteral("SELECT key_id FROM data_key WHERE id = 1"),
                        QCoreApplication::translate("motcua::KeyWrapRepository", "reading the data key"));
    if (!q)
        return q.error();
    if (q->next())
        return q->text(0);
    if (!q->error())
        return q->error().error();
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
    auto q =
        m_db.query(QStringLiteral("INSERT INTO data_key (id, key_id, created_at, created_by) VALUES (1, ?1, ?2, ?3)"),
                   QCoreApplication::translate("motcua::KeyWrapRepository", "recording the data key"));
    if (!q)
        return q.error();
    return q->bind(1, keyId).bind(2, at).bind(3, by).exec();
}

Result<DataKeyWrap> KeyWrapRepository::wrapOf(qint64 userId)
{
    auto q = m_db.query(
        QStringLiteral("SELECT iterations, salt, wrapped FROM data_key_wraps WHERE user_id = ?1"),
        QCoreApplication::translate("motcua::KeyWrapRepository", "reading the account's copy of the data key"));
    if (!q)
        return q.error();
    q->bind(1, userId);
    if (!q->next()) {
        if (!q->error())
            return q->error().error();
        return Error::notFound(
            QCoreApplication::translate("motcua::KeyWrapRepository", "This account holds no copy of the data key."));
    }
    DataKeyWrap w;
    w.iterations = q->integer(0);
    w.salt = q->blob(1);
    w.wrapped = q->blob(2);
    return w;
}

Status KeyWrapRepository::putWrap(qint64 userId, const DataKeyWrap& wrap, const QDateTime& at, const QString& by)
{
    auto q = m_db.query(
        QStringLiteral("INSERT OR REPLACE INTO data_key_wraps (user_id, iterations, salt, wrapped, created_at, "
                       "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        QCoreApplication::translate("motcua::KeyWrapRepository", "saving the account's copy of the data key"));
    if (!q)
        return q.error();
    return q->bind(1, userId)
        .bind(2, wrap.iterations)
        .bind(3, wrap.salt)
        .bind(4, wrap.wrapped)
        .bind(5, at)
        .bind(6, by)
        .exec();
}

Status KeyWrapRepository::removeWrap(qint64 userId)
{
    auto q = m_db.query(
        QStringLiteral("DELETE FROM data_key_wraps WHERE user_id = ?1"),
        QCoreApplication::translate("motcua::KeyWrapRepository", "removing the account's copy of the data key"));
    if (!q)
        return q.error();
    return q->bind(1, userId).exec();
}

Result<int> KeyWrapRepository::wrapCount()
{
    auto q =
        m_db.query(QStringLiteral("SELECT count(*) FROM data_key_wraps"),
                   QCoreApplication::translate("motcua::KeyWrapRepository", "counting the copies of the data key"));
    if (!q)
        return q.error();
    if (!q->next())
        return q->error().error();
    return q->integer(0);
}

Result<QList<QPair<QString, DataKeyWrap>>> KeyWrapRepository::namedWraps()
{
    return readNamedWraps(m_db,
                          QStringLiteral("SELECT u.username, w.iterations, w.salt, w.wrapped FROM data_key_wraps w "
                                         "JOIN users u ON u.id = w.user_id ORDER BY u.username"));
}

Result<QList<QPair<QString, DataKeyWrap>>> KeyWrapRepository::readNamedWraps(Database& db, const QString& select)
{
    auto q = db.query(select, QCoreApplication::translate("motcua::KeyWrapRepository", "reading the accounts' keys"));
    if (!q)
        return q.error();
    QList<QPair<QString, DataKeyWrap>> out;
    while (q->next()) {
        DataKeyWrap w;
        w.iterations = q->integer(1);
        w.salt = q->blob(2);
        w.wrapped = q->blob(3);
        out.append({q->text(0), w});
    }
    if (!q->error())
        return q->error().error();
    return out;
}

} // namespace motcua
