#include "portal/PortalNational.h"

#include "portal/NationalShape.h"
#include "portal/PortalSessions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace motcua {

namespace {

// The national system's reply words that real callers look for in "message" ("thành công" on
// success, "đã tồn tại" for an add of a stored record): protocol text, so not translated.
const QString kDone = QStringLiteral("Đồng bộ thành công");
const QString kExists = QStringLiteral("Hồ sơ đã tồn tại");

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

PortalNational::PortalNational(Database& db, const Clock& clock, QString username, QString password, int sessionTtl,
                               NationalOptions options)
    : m_db(db)
    , m_clock(clock)
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_ttl(sessionTtl)
    , m_options(std::move(options))
{}

QByteArray PortalNational::answer(int code, const QString& message, QJsonObject fields) const
{
    fields.insert(QStringLiteral("error_code"),
                  m_options.numericCodes ? QJsonValue(code) : QJsonValue(QString::number(code)));
    fields.insert(QStringLiteral("message"), message);
    const QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (!m_options.wrapReplies)
        return body;
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), QString::fromUtf8(body)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray PortalNational::existsReply() const
{
    return answer(3, kExists);
}

bool PortalNational::bearerOk(const QByteArray& authorization) const
{
    if (m_options.bearerToken.isEmpty())
        return true;
    return authorization.startsWith("Bearer ") &&
           sameSecret(authorization.mid(7).trimmed(), m_options.bearerToken.toUtf8());
}

QByteArray PortalNational::login(const QByteArray& body, const QByteArray& authorization)
{
    if (!bearerOk(authorization))
        return answer(1, QCoreApplication::translate("motcua::PortalNational",
                                                     "The gateway's bearer token is missing or wrong."));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.value(QLatin1String("username")).isString() || !o.value(QLatin1String("password")).isString())
        return answer(
            5, QCoreApplication::translate("motcua::PortalNational", "\"username\" and \"password\" must be strings."));
    if (!sameSecret(text(o, "username").toUtf8(), m_username.toUtf8()) ||
        !sameSecret(text(o, "password").toUtf8(), m_password.toUtf8()))
        return answer(1, QCoreApplication::translate("motcua::PortalNational", "Wrong user name or password."));
    const QString token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                              QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    m_sessions.insert(token, m_clock.now().toSecsSinceEpoch() + m_ttl);
    return answer(0, kDone, {{QStringLiteral("session"), token}});
}

QByteArray PortalNational::call(const QByteArray& body, const QByteArray& authorization, QString* service)
{
    if (!bearerOk(authorization))
        return answer(1, QCoreApplication::translate("motcua::PortalNational",
                                                     "The gateway's bearer token is missing or wrong."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return answer(9, QCoreApplication::translate("motcua::PortalNational", "The request is not a JSON object."));
    const QJsonObject o = doc.object();
    *service = text(o, "service");
    const auto expiry = m_sessions.constFind(text(o, "session"));
    if (expiry == m_sessions.constEnd() || *expiry < m_clock.now().toSecsSinceEpoch())
        return answer(2, QCoreApplication::translate("motcua::PortalNational",
                                                     "The session is unknown or expired; log in again."));
    for (const char* key : {"session", "madonvi", "service"}) {
        if (!o.value(QLatin1String(key)).isString() || text(o, key).isEmpty()) {
            return answer(5, QCoreApplication::translate("motcua::PortalNational",
                                                         "\"%1\" must be a non-empty string in the body.")
                                 .arg(QLatin1String(key)));
        }
    }
    if (*service == QLatin1String("DongBoHoSoMC"))
        return sync(o);
    if (*service == QLatin1String("CapNhatTienDoHoSoMC"))
        return progress(o);
    if (*service == QLatin1String("TraCuuHoSo"))
        return lookup(o);
    return answer(
        8, QCoreApplication::translate("motcua::PortalNational", "Unknown service \"%1\".").arg(service->left(60)));
}

Result<bool> PortalNational::exists(const QString& code)
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM national_dossiers WHERE ma_hoso = ?1"),
                        QCoreApplication::translate("motcua::PortalNational", "reading the dossier"));
    if (!q)
        return q.error();
    q->bind(1, code);
    return q->next() && q->int64(0) > 0;
}

QByteArray PortalNational::sync(const QJsonObject& o)
{
    const QJsonValue flag = o.value(QLatin1String("isUpdating"));
    if (!flag.isString() || (flag.toString() != QLatin1String("True") && flag.toString() != QLatin1String("False"))) {
        return answer(6, QCoreApplication::translate("motcua::PortalNational",
                                                     "\"isUpdating\" must be the string \"True\" or \"False\"."));
    }
    const bool updating = flag.toString() == QLatin1String("True");
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    if (!o.value(QLatin1String("data")).isArray() || data.isEmpty())
        return answer(
            5, QCoreApplication::translate("motcua::PortalNational", "\"data\" must be a non-empty list of records."));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString at = QStringLiteral("data[%1]").arg(i);
        if (!data.at(i).isObject())
            return answer(6, QCoreApplication::translate("motcua::PortalNational", "%1 must be an object.").arg(at));
        if (QString e = NationalShape::checkDossier(data.at(i).toObject(), at); !e.isEmpty())
            return answer(6, e);
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.begun())
        return answer(-1, tx.begun().error().message);
    for (const QJsonValue& v : data) {
        const QJsonObject r = v.toObject();
        const QString code = text(r, "MaHoSo");
        auto found = exists(code);
        if (!found)
            return answer(-1, found.error().message);
        if (!updating && *found)
            return answer(3, kExists, {{QStringLiteral("MaHoSo"), code}});
        if (updating && !*found) {
            return answer(
                4,
                QCoreApplication::translate("motcua::PortalNational", "Dossier %1 is not stored; add it first.")
                    .arg(code),
                {{QStringLiteral("MaHoSo"), code}});
        }
        auto q = m_db.query(
            updating ? QStringLiteral("UPDATE national_dossiers SET madonvi = ?2, trang_thai = ?3, data = ?4,"
                                      " updated_at = ?5, updates = updates + 1 WHERE ma_hoso = ?1")
                     : QStringLiteral("INSERT INTO national_dossiers (ma_hoso, madonvi, trang_thai, data, created_at,"
                                      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"),
            QCoreApplication::translate("motcua::PortalNational", "saving the dossier"));
        if (!q)
            return answer(-1, q.error().message);
        q->bind(1, code).bind(2, text(o, "madonvi")).bind(3, text(r, "TrangThaiHoSo")).bind(4, compact(r)).bind(5, now);
        if (Status s = q->exec(); !s)
            return answer(-1, s.error().message);
    }
    if (Status s = tx.commit(); !s)
        return answer(-1, s.error().message);
    return answer(0, kDone);
}

QByteArray PortalNational::progress(const QJsonObject& o)
{
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    if (!o.value(QLatin1String("data")).isArray() || data.isEmpty())
        return answer(
            5, QCoreApplication::translate("motcua::PortalNational", "\"data\" must be a non-empty list of rows."));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString at = QStringLiteral("data[%1]").arg(i);
        if (!data.at(i).isObject())
            return answer(6, QCoreApplication::translate("motcua::PortalNational", "%1 must be an object.").arg(at));
        if (QString e = NationalShape::checkHistoryRow(data.at(i).toObject(), at); !e.isEmpty())
            return answer(6, e);
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    if (!tx.begun())
        return answer(-1, tx.begun().error().message);
    for (const QJsonValue& v : data) {
        const QJsonObject r = v.toObject();
        auto found = exists(text(r, "MaHoSo"));
        if (!found)
            return answer(-1, found.error().message);
        if (!*found) {
            return answer(
                4, QCoreApplication::translate("motcua::PortalNational", "Dossier %1 is not stored; add it first.")
                       .arg(text(r, "MaHoSo")));
        }
        // Keys sorted by QJsonObject: the same row always has the same text.
        const QString row = compact(r);
        const QString key =
            QString::fromLatin1(QCryptographicHash::hash(row.toUtf8(), QCryptographicHash::Sha256).toHex());
        auto q = m_db.query(
            QStringLiteral("INSERT INTO national_history (ma_hoso, row_key, data, received_at) VALUES (?1, ?2, ?3, ?4)"
                           " ON CONFLICT (row_key) DO UPDATE SET receipts = receipts + 1"),
            QCoreApplication::translate("motcua::PortalNational", "saving the dossier's progress"));
        if (!q)
            return answer(-1, q.error().message);
        q->bind(1, text(r, "MaHoSo")).bind(2, key).bind(3, row).bind(4, now);
        if (Status s = q->exec(); !s)
            return answer(-1, s.error().message);
    }
    if (Status s = tx.commit(); !s)
        return answer(-1, s.error().message);
    return answer(0, kDone);
}

QByteArray PortalNational::lookup(const QJsonObject& o)
{
    const QString code = text(o, "mahoso");
    if (code.isEmpty())
        return answer(5, QCoreApplication::translate("motcua::PortalNational", "\"mahoso\" is required."));
    auto q = m_db.query(QStringLiteral("SELECT data FROM national_dossiers WHERE ma_hoso = ?1"),
                        QCoreApplication::translate("motcua::PortalNational", "reading the dossier"));
    if (!q)
        return answer(-1, q.error().message);
    q->bind(1, code);
    QJsonArray result;
    if (q->next())
        result.append(QJsonDocument::fromJson(q->text(0).toUtf8()).object());
    return answer(0, kDone, {{QStringLiteral("result"), result}});
}

Result<QJsonObject> PortalNational::dossier(const QString& code)
{
    QJsonObject out;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT data, trang_thai, adds, updates, madonvi FROM national_dossiers WHERE ma_hoso = ?1"),
            QCoreApplication::translate("motcua::PortalNational", "reading the dossier"));
        if (!q)
            return q.error();
        q->bind(1, code);
        if (!q->next())
            return QJsonObject();
        out = {{QStringLiteral("dossier"), QJsonDocument::fromJson(q->text(0).toUtf8()).object()},
               {QStringLiteral("status"), q->text(1)},
               {QStringLiteral("adds"), QString::number(q->int64(2))},
               {QStringLiteral("updates"), QString::number(q->int64(3))},
               {QStringLiteral("madonvi"), q->text(4)}};
    }
    auto h = m_db.query(QStringLiteral("SELECT data, receipts FROM national_history WHERE ma_hoso = ?1 ORDER BY id"),
                        QCoreApplication::translate("motcua::PortalNational", "reading the dossier's progress"));
    if (!h)
        return h.error();
    h->bind(1, code);
    QJsonArray rows;
    while (h->next()) {
        QJsonObject row = QJsonDocument::fromJson(h->text(0).toUtf8()).object();
        rows.append(
            QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("receipts"), QString::number(h->int64(1))}});
    }
    out.insert(QStringLiteral("history"), rows);
    return out;
}

Result<QJsonObject> PortalNational::stats()
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM national_dossiers), (SELECT coalesce(sum(adds), 0) FROM national_dossiers),"
            " (SELECT coalesce(sum(updates), 0) FROM national_dossiers), (SELECT count(*) FROM national_history),"
            " (SELECT coalesce(sum(receipts), 0) FROM national_history)"),
        QCoreApplication::translate("motcua::PortalNational", "counting the dossiers"));
    if (!q)
        return q.error();
    QJsonObject out;
    if (q->next()) {
        out = {{QStringLiteral("dossiers"), QString::number(q->int64(0))},
               {QStringLiteral("adds"), QString::number(q->int64(1))},
               {QStringLiteral("updates"), QString::number(q->int64(2))},
               {QStringLiteral("history"), QString::number(q->int64(3))},
               {QStringLiteral("history_receipts"), QString::number(q->int64(4))}};
    }
    return out;
}

Result<QList<PortalNational::Listed>> PortalNational::newest(int limit)
{
    auto q = m_db.query(QStringLiteral("SELECT ma_hoso, trang_thai, data, adds, updates,"
                                       " (SELECT count(*) FROM national_history h WHERE h.ma_hoso = d.ma_hoso)"
                                       " FROM national_dossiers d ORDER BY updated_at DESC, ma_hoso LIMIT ?1"),
                        QCoreApplication::translate("motcua::PortalNational", "reading the newest dossiers"));
    if (!q)
        return q.error();
    q->bind(1, limit);
    QList<Listed> out;
    while (q->next()) {
        const QJsonObject r = QJsonDocument::fromJson(q->text(2).toUtf8()).object();
        out.append({q->text(0), q->text(1), text(r, "ChuHoSo"), text(r, "KenhThucHien"), q->integer(3), q->integer(4),
                    q->integer(5)});
    }
    return out;
}

} // namespace motcua
