#include "store/Journal.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace motcua {

Status writeAudit(Database& db, const QDateTime& at, const Actor& actor, const QString& action, const QString& entity,
                  const QString& entityKey, const QJsonObject& details)
{
    Statement& st =
        db.prepare(QStringLiteral("INSERT INTO audit_log (at, username, action, entity, entity_key, details) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st.isValid())
        return db.lastError();
    st.bind(1, at.toSecsSinceEpoch())
        // System actions (sync, migrations) have no user; the column is NOT NULL.
        .bind(2, actor.username.isNull() ? QStringLiteral("") : actor.username)
        .bind(3, action)
        .bind(4, entity)
        .bind(5, entityKey)
        .bind(6, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return st.exec();
}

Status enqueueOutbox(Database& db, const QDateTime& at, const QString& kind, const QString& entityKey,
                     const QJsonObject& payload)
{
    Statement& st =
        db.prepare(QStringLiteral("INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, "
                                  "created_at) VALUES (?1, ?2, ?3, 'queued', 0, ?4, ?4)"));
    if (!st.isValid())
        return db.lastError();
    st.bind(1, kind)
        .bind(2, entityKey)
        .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(4, at.toSecsSinceEpoch());
    return st.exec();
}

} // namespace motcua
