#include "store/KeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua {

namespace {
const QString kFormat = QStringLiteral("motcua-keys");
constexpr int kVersion = 1;
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

Error damaged(const QString& path)
{
    return Error::crypto(
        QCoreApplication::translate("motcua::KeyFile",
                                    "The key file %1 of the database is damaged: restore it from the backup.")
            .arg(path));
}
} // namespace

QString KeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-keys");
}

bool KeyFile::exists() const
{
    return QFile::exists(m_path);
}

Result<KeyFile::Content> KeyFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return Error::notFound(QCoreApplication::translate("motcua::KeyFile", "The database has no key file."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("motcua::KeyFile", "Cannot read the key file %1 of the database.").arg(m_path));
    if (file.size() > kMaxBytes)
        return damaged(m_path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != kVersion)
        return damaged(m_path);
    Content content;
    content.keyId = root.value(QStringLiteral("key_id")).toString();
    for (const auto& [key, list] : {std::pair{QStringLiteral("wraps"), &content.wraps},
                                    std::pair{QStringLiteral("account_wraps"), &content.accountWraps}}) {
        const QJsonArray wraps = root.value(key).toArray();
        for (const QJsonValue& v : wraps) {
            const QJsonObject o = v.toObject();
            NamedWrap named;
            named.username = o.value(QStringLiteral("username")).toString();
            named.wrap.iterations = o.value(QStringLiteral("iterations")).toInt();
            named.wrap.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
            named.wrap.wrapped = QByteArray::fromBase64(o.value(QStringLiteral("wrapped")).toString().toLatin1());
            if (named.username.isEmpty() || named.wrap.wrapped.isEmpty())
                return damaged(m_path);
            list->append(named);
        }
    }
    content.stationWrap = QByteArray::fromBase64(root.value(QStringLiteral("station_wrap")).toString().toLatin1());
    const QJsonObject center = root.value(QStringLiteral("center")).toObject();
    content.center.url = center.value(QStringLiteral("url")).toString();
    content.center.caFile = center.value(QStringLiteral("ca_file")).toString();
    content.center.station = center.value(QStringLiteral("station")).toInt();
    content.center.key = center.value(QStringLiteral("lookup_key")).toString();
    return content;
}

Status KeyFile::write(const Content& content) const
{
    const auto array = [](const QList<NamedWrap>& list) {
        QJsonArray wraps;
        for (const NamedWrap& w : list) {
            wraps.append(QJsonObject{{QStringLiteral("username"), w.username},
                                     {QStringLiteral("iterations"), w.wrap.iterations},
                                     {QStringLiteral("salt"), QString::fromLatin1(w.wrap.salt.toBase64())},
                                     {QStringLiteral("wrapped"), QString::fromLatin1(w.wrap.wrapped.toBase64())}});
        }
        return wraps;
    };
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("key_id"), content.keyId},
                     {QStringLiteral("wraps"), array(content.wraps)}};
    // Only on a workstation of a center; a file without them reads as before.
    if (!content.stationWrap.isEmpty()) {
        root.insert(QStringLiteral("account_wraps"), array(content.accountWraps));
        root.insert(QStringLiteral("station_wrap"), QString::fromLatin1(content.stationWrap.toBase64()));
        if (content.center.isSet()) {
            root.insert(QStringLiteral("center"), QJsonObject{{QStringLiteral("url"), content.center.url},
                                                              {QStringLiteral("ca_file"), content.center.caFile},
                                                              {QStringLiteral("station"), content.center.station},
                                                              {QStringLiteral("lookup_key"), content.center.key}});
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return Error::storage(
            QCoreApplication::translate("motcua::KeyFile", "Cannot write the key file %1 of the database.")
                .arg(m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QList<DataKeyWrap> KeyFile::wrapsOf(const Content& content, const QString& username)
{
    return wrapsOf(content.wraps, username);
}

QList<DataKeyWrap> KeyFile::wrapsOf(const QList<NamedWrap>& wraps, const QString& username)
{
    QList<DataKeyWrap> out;
    for (const NamedWrap& w : wraps) {
        if (w.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            out.append(w.wrap);
    }
    return out;
}

} // namespace motcua
