#include "store/Journal.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sqlite3.h>

namespace motcua {

namespace {

const QByteArray kChainLabel = QByteArrayLiteral("motcua audit chain v1");

struct AuditRow
{
    qint64 id = 0;
    qint64 at = 0;
    QString username, action, entity, entityKey, details;
};

void appendField(QByteArray& out, const QByteArray& field)
{
    const quint32 n = static_cast<quint32>(field.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                            static_cast<char>(n)};
    out.append(length, 4).append(field);
}

QByteArray rowMac(const QByteArray& key, const QByteArray& previous, const AuditRow& row)
{
    QByteArray message;
    appendField(message, previous);
    appendField(message, QByteArray::number(row.id));
    appendField(message, QByteArray::number(row.at));
    for (const QString* text : {&row.username, &row.action, &row.entity, &row.entityKey, &row.details})
        appendField(message, text->toUtf8());
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size()),
              reinterpret_cast<unsigned char*>(mac.data()), &length))
        return {};
    mac.resize(static_cast<qsizetype>(length));
    return mac;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}

// The newest row: its id and mac (null when unsealed); id 0 when the trail is empty.
Result<std::pair<qint64, QByteArray>> lastRow(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"),
                      QCoreApplication::translate("motcua::Journal", "reading the audit trail"));
    if (!q)
        return q.error();
    if (!q->next()) {
        if (!q->error())
            return q->error().error();
        return std::pair<qint64, QByteArray>(0, QByteArray());
    }
    std::pair<qint64, QByteArray> out(q->int64(0), q->blob(1));
    return out;
}

// The state of motcua_audit_chain(): the chain's key and the MAC of the row before.
struct ChainState
{
    QByteArray key;
    QByteArray previous;
    bool failed = false;
};

QString textArg(sqlite3_value* v)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return data ? QString::fromUtf8(data, sqlite3_value_bytes(v)) : QString();
}

// motcua_audit_chain(id, at, username, action, entity, entity_key, details): the row's MAC,
// chained on the previous call's.
void chainFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    auto* state = static_cast<ChainState*>(sqlite3_user_data(ctx));
    if (argc != 7 || !state) {
        sqlite3_result_error(ctx, "motcua_audit_chain: bad call", -1);
        return;
    }
    AuditRow r;
    r.id = sqlite3_value_int64(argv[0]);
    r.at = sqlite3_value_int64(argv[1]);
    r.username = textArg(argv[2]);
    r.action = textArg(argv[3]);
    r.entity = textArg(argv[4]);
    r.entityKey = textArg(argv[5]);
    r.details = textArg(argv[6]);
    state->previous = rowMac(state->key, state->previous, r);
    if (state->previous.isEmpty()) {
        state->failed = true;
        sqlite3_result_error(ctx, "motcua_audit_chain: no MAC", -1);
        return;
    }
    sqlite3_result_blob(ctx, state->previous.constData(), static_cast<int>(state->previous.size()), SQLITE_TRANSIENT);
}

} // namespace

Status writeAudit(Database& db, const QDateTime& at, const Actor& actor, const QString& action, const QString& entity,
                  const QString& entityKey, const QJsonObject& details)
{
    AuditRow row;
    row.at = at.toSecsSinceEpoch();
    // System actions (sync, migrations) have no user; the column is NOT NULL.
    row.username = actor.username.isNull() ? QStringLiteral("") : actor.username;
    row.action = action;
    row.entity = entity;
    row.entityKey = entityKey;
    row.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (!db.isKeyed()) {
        auto q = db.query(QStringLiteral("INSERT INTO audit_log (at, username, action, entity, entity_key, details) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                          QCoreApplication::translate("motcua::Journal", "writing to the audit trail"));
        if (!q)
            return q.error();
        return q->bind(1, row.at)
            .bind(2, row.username)
            .bind(3, row.action)
            .bind(4, row.entity)
            .bind(5, row.entityKey)
            .bind(6, row.details)
            .exec();
    }
    // The previous row is read and the new one written under the same write lock.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Result<std::pair<qint64, QByteArray>> last = lastRow(db);
    if (!last)
        return last.error();
    if (last->first > 0 && last->second.isEmpty()) {
        if (Status s = sealAuditTrail(db); !s)
            return s;
        last = lastRow(db);
        if (!last)
            return last.error();
    }
    row.id = last->first + 1;
    QByteArray key = db.derivedKey(kChainLabel);
    const QByteArray mac = rowMac(key, last->second, row);
    wipe(key);
    if (mac.isEmpty())
        return Error::crypto(QCoreApplication::translate("motcua::Journal", "The audit row could not be sealed."));
    auto q =
        db.query(QStringLiteral("INSERT INTO audit_log (id, at, username, action, entity, entity_key, details, mac) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                 QCoreApplication::translate("motcua::Journal", "writing to the audit trail"));
    if (!q)
        return q.error();
    if (Status s = q->bind(1, row.id)
                       .bind(2, row.at)
                       .bind(3, row.username)
                       .bind(4, row.action)
                       .bind(5, row.entity)
                       .bind(6, row.entityKey)
                       .bind(7, row.details)
                       .bind(8, mac)
                       .exec();
        !s)
        return s;
    return tx.commit();
}

Status sealAuditTrail(Database& db)
{
    if (!db.isKeyed())
        return {};
    const Result<std::pair<qint64, QByteArray>> last = lastRow(db);
    if (!last)
        return last.error();
    if (last->first == 0 || !last->second.isEmpty())
        return {}; // empty, or sealed to the end
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // The newest sealed row, then every row after it in order.
    QByteArray previous;
    qint64 from = 0;
    {
        auto q =
            db.query(QStringLiteral("SELECT id, mac FROM audit_log WHERE mac IS NOT NULL ORDER BY id DESC LIMIT 1"),
                     QCoreApplication::translate("motcua::Journal", "sealing the audit trail"));
        if (!q)
            return q.error();
        if (q->next()) {
            from = q->int64(0);
            previous = q->blob(1);
        } else if (!q->error()) {
            return q->error();
        }
    }
    // One UPDATE over the unsealed rows in id order, each MAC computed by a function that
    // carries the chain from row to row: a statement per row costs SQLCipher far more (minutes
    // for 100,000 rows instead of about a second).
    ChainState state;
    state.key = db.derivedKey(kChainLabel);
    state.previous = previous;
    if (sqlite3_create_function_v2(db.handle(), "motcua_audit_chain", 7, SQLITE_UTF8, &state, &chainFunction, nullptr,
                                   nullptr, nullptr) != SQLITE_OK) {
        wipe(state.key);
        return db.storageError(QCoreApplication::translate("motcua::Journal", "sealing the audit trail"));
    }
    Status s;
    {
        auto update =
            db.query(QStringLiteral("UPDATE audit_log SET mac = motcua_audit_chain(id, at, username, action, entity, "
                                    "entity_key, details) WHERE id > ?1"),
                     QCoreApplication::translate("motcua::Journal", "sealing the audit trail"));
        s = update ? update->bind(1, from).exec() : Status(update.error());
    }
    // The function goes with the sealing: nothing else may call it (the cached statement is
    // prepared again when it is next used, after the function is back).
    sqlite3_create_function_v2(db.handle(), "motcua_audit_chain", 7, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                               nullptr);
    wipe(state.key);
    if (!s)
        return s;
    if (state.failed)
        return Error::crypto(QCoreApplication::translate("motcua::Journal", "The audit row could not be sealed."));
    return tx.commit();
}

Result<AuditHead> auditHead(Database& db)
{
    auto q = db.query(QStringLiteral("SELECT id, mac FROM audit_log WHERE mac IS NOT NULL ORDER BY id DESC LIMIT 1"),
                      QCoreApplication::translate("motcua::Journal", "reading the audit trail"));
    if (!q)
        return q.error();
    AuditHead head;
    if (q->next()) {
        head.seq = q->int64(0);
        head.mac = q->blob(1);
    }
    if (!q->error())
        return q->error().error();
    return head;
}

Result<QByteArray> auditMacAt(Database& db, qint64 seq)
{
    auto q = db.query(QStringLiteral("SELECT mac FROM audit_log WHERE id = ?1"),
                      QCoreApplication::translate("motcua::Journal", "reading the audit trail"));
    if (!q)
        return q.error();
    q->bind(1, seq);
    QByteArray mac;
    if (q->next())
        mac = q->blob(0);
    if (!q->error())
        return q->error().error();
    return mac;
}

Result<AuditCheck> verifyAuditTrail(Database& db)
{
    if (!db.isKeyed())
        return Error::forbidden(QCoreApplication::translate(
            "motcua::Journal", "The audit trail is sealed once the database is encrypted: it is still plain."));
    AuditCheck check;
    QByteArray key = db.derivedKey(kChainLabel);
    QByteArray previous;
    auto q = db.query(
        QStringLiteral("SELECT id, at, username, action, entity, entity_key, details, mac FROM audit_log ORDER BY id"),
        QCoreApplication::translate("motcua::Journal", "checking the audit trail"));
    if (!q)
        return q.error();
    while (q->next()) {
        ++check.rows;
        AuditRow r;
        r.id = q->int64(0);
        r.at = q->int64(1);
        r.username = q->text(2);
        r.action = q->text(3);
        r.entity = q->text(4);
        r.entityKey = q->text(5);
        r.details = q->text(6);
        const QByteArray mac = q->blob(7);
        if (mac.isEmpty()) {
            ++check.unsealed; // fine at the end only: a sealed row after it breaks the chain
            continue;
        }
        const QByteArray expected = rowMac(key, previous, r);
        if (check.unsealed > 0 || expected != mac) {
            check.brokenId = r.id;
            check.brokenAction = r.action;
            break;
        }
        ++check.sealed;
        previous = mac;
    }
    wipe(key);
    if (!q->error())
        return q->error().error();
    return check;
}

Status enqueueOutbox(Database& db, const QDateTime& at, SyncKind kind, const QString& entityKey,
                     const QJsonObject& payload)
{
    auto q = db.query(QStringLiteral("INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, "
                                     "created_at) VALUES (?1, ?2, ?3, 'queued', 0, ?4, ?4)"),
                      QCoreApplication::translate("motcua::Journal", "queueing the change for the portal"));
    if (!q)
        return q.error();
    q->bind(1, kindKey(kind))
        .bind(2, entityKey)
        .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(4, at.toSecsSinceEpoch());
    return q->exec();
}

} // namespace motcua
