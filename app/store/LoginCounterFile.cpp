#include "store/LoginCounterFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace motcua {

namespace {
const QString kFormat = QStringLiteral("motcua-logins");
constexpr int kVersion = 1;
constexpr qint64 kMaxBytes = 1024 * 1024;

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeOf(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

// The checksummed part: the lock period and the entries, in a fixed (compact) form.
QByteArray body(const QJsonObject& root)
{
    const QJsonObject part{{QStringLiteral("lockout_minutes"), root.value(QStringLiteral("lockout_minutes"))},
                           {QStringLiteral("entries"), root.value(QStringLiteral("entries"))}};
    return QJsonDocument(part).toJson(QJsonDocument::Compact);
}

QString checksum(const QJsonObject& root)
{
    return QString::fromLatin1(QCryptographicHash::hash(body(root), QCryptographicHash::Sha256).toHex());
}

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

QString LoginCounterFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-logins");
}

Result<LoginCounterFile::Content> LoginCounterFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return Content();
    const Error damaged = Error::crypto(
        QCoreApplication::translate("motcua::LoginCounterFile", "The record of wrong passwords %1 is damaged.")
            .arg(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("motcua::LoginCounterFile", "Cannot read the record of wrong passwords %1.")
                .arg(m_path));
    if (file.size() > kMaxBytes)
        return damaged;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != kVersion ||
        root.value(QStringLiteral("sha256")).toString() != checksum(root))
        return damaged;
    Content content;
    content.lockoutMinutes = root.value(QStringLiteral("lockout_minutes")).toInt(30);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue& v : entries) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.username = o.value(QStringLiteral("username")).toString();
        e.failures = o.value(QStringLiteral("failures")).toInt();
        e.lastFailedAt = timeOf(o.value(QStringLiteral("last_failed_at")));
        e.lockedAt = timeOf(o.value(QStringLiteral("locked_at")));
        if (e.username.isEmpty() || e.failures < 0)
            return damaged;
        content.entries.append(e);
    }
    return content;
}

Status LoginCounterFile::write(const Content& content) const
{
    QJsonArray entries;
    for (const Entry& e : content.entries) {
        entries.append(QJsonObject{{QStringLiteral("username"), e.username},
                                   {QStringLiteral("failures"), e.failures},
                                   {QStringLiteral("last_failed_at"), timeText(e.lastFailedAt)},
                                   {QStringLiteral("locked_at"), timeText(e.lockedAt)}});
    }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("lockout_minutes"), content.lockoutMinutes},
                     {QStringLiteral("entries"), entries}};
    root.insert(QStringLiteral("sha256"), checksum(root));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return Error::storage(
            QCoreApplication::translate("motcua::LoginCounterFile", "Cannot write the record of wrong passwords %1.")
                .arg(m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

LoginCounterFile::Entry LoginCounterFile::entryOf(const Content& content, const QString& username)
{
    for (const Entry& e : content.entries) {
        if (sameName(e.username, username))
            return e;
    }
    Entry none;
    none.username = username.trimmed();
    return none;
}

void LoginCounterFile::put(Content& content, const Entry& entry)
{
    content.entries.erase(std::remove_if(content.entries.begin(), content.entries.end(),
                                         [&entry](const Entry& e) { return sameName(e.username, entry.username); }),
                          content.entries.end());
    if (entry.failures <= 0 && !entry.lockedAt.isValid())
        return;
    content.entries.append(entry);
    while (content.entries.size() > kMaxEntries) {
        // The oldest entry without a lock goes; with every one locked, the oldest lock.
        auto oldest = content.entries.end();
        for (auto it = content.entries.begin(); it != content.entries.end(); ++it) {
            if (it->lockedAt.isValid())
                continue;
            if (oldest == content.entries.end() || it->lastFailedAt < oldest->lastFailedAt)
                oldest = it;
        }
        content.entries.erase(oldest == content.entries.end() ? content.entries.begin() : oldest);
    }
}

LoginCounterFile::Content LoginCounterFile::readOrFresh() const
{
    Result<Content> content = read();
    if (content)
        return *content;
    qCWarning(lcStore).noquote() << "the record of wrong passwords starts afresh:" << content.error().message;
    return Content();
}

Status LoginCounterFile::recordFailure(const QString& username, int failures, const QDateTime& at, bool lock) const
{
    Content content = readOrFresh();
    Entry e = entryOf(content, username);
    e.failures = failures;
    e.lastFailedAt = at;
    if (lock)
        e.lockedAt = at;
    put(content, e);
    return write(content);
}

Status LoginCounterFile::clear(const QString& username) const
{
    if (!QFile::exists(m_path))
        return {};
    Content content = readOrFresh();
    put(content, Entry{username.trimmed(), 0, {}, {}});
    return write(content);
}

Status LoginCounterFile::setLockoutMinutes(int minutes) const
{
    Content content = readOrFresh();
    if (QFile::exists(m_path) && content.lockoutMinutes == minutes)
        return {};
    content.lockoutMinutes = minutes;
    return write(content);
}

} // namespace motcua
