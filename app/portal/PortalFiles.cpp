#include "portal/PortalFiles.h"

#include "portal/PortalLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace motcua {

namespace {

QString shaOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject position(qint64 offset, bool done, qint64 total = -1)
{
    QJsonObject o{{QStringLiteral("ViTri"), QString::number(offset)},
                  {QStringLiteral("HoanTat"), done ? QStringLiteral("True") : QStringLiteral("False")}};
    if (total >= 0)
        o.insert(QStringLiteral("TongKichThuoc"), QString::number(total));
    return o;
}

PortalReply storageFailure()
{
    qCWarning(lcPortal) << "attachment storage failure";
    return PortalReply::failure(PortalCode::ServerFailure,
                                QCoreApplication::translate("motcua", "The portal could not store the file."));
}

} // namespace

PortalFiles::PortalFiles(Database& db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{}

Status PortalFiles::init()
{
    if (!QDir().mkpath(m_folder))
        return Error::storage(QCoreApplication::translate("motcua", "Cannot create the folder for attachments."));
    return {};
}

QString PortalFiles::partPath(const QString& sha) const
{
    return m_folder + QLatin1Char('/') + sha + QStringLiteral(".part");
}

QString PortalFiles::finalPath(const QString& sha) const
{
    return m_folder + QLatin1Char('/') + sha;
}

Result<PortalFiles::State> PortalFiles::state(const QString& sha)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT total, complete FROM files WHERE sha256 = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, sha);
    State s;
    if (st.next()) {
        s.known = true;
        s.total = st.int64(0);
        s.complete = st.int64(1) != 0;
        st.reset();
    }
    if (!st.error())
        return st.error().error();
    if (s.complete)
        s.acked = s.total;
    else if (s.known)
        s.acked = QFileInfo(partPath(sha)).size(); // 0 when the part file does not exist
    return s;
}

Status PortalFiles::link(const Chunk& c, qint64 now)
{
    Statement& st =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO file_links (sha256, ma_hoso, file_name, linked_at)"
                                    " VALUES (?1, ?2, ?3, ?4)"));
    if (!st.isValid())
        return m_db.lastError();
    st.bind(1, c.sha256).bind(2, c.dossier).bind(3, c.fileName.isNull() ? QStringLiteral("") : c.fileName).bind(4, now);
    return st.exec();
}

PortalReply PortalFiles::status(const QString& sha256)
{
    auto s = state(sha256);
    if (!s)
        return storageFailure();
    return PortalReply::success(position(s->acked, s->complete, s->known ? s->total : -1));
}

PortalReply PortalFiles::append(const Chunk& c, qint64 now)
{
    auto s = state(c.sha256);
    if (!s)
        return storageFailure();
    if (s->known && s->total != c.total) {
        return PortalReply::failure(
            PortalCode::UploadSize,
            QCoreApplication::translate("motcua", "The file's total size differs from the size given before."),
            position(s->acked, s->complete, s->total));
    }
    if (s->complete) {
        // Stored once per content: a repeated or second upload only records the link.
        if (!link(c, now))
            return storageFailure();
        return PortalReply::success(position(s->total, true));
    }
    if (c.data.size() > kMaxChunk) {
        return PortalReply::failure(PortalCode::UploadSize,
                                    QCoreApplication::translate("motcua", "A chunk may hold at most 4 MiB."));
    }
    if (!s->known) {
        Statement& st = m_db.prepare(
            QStringLiteral("INSERT INTO files (sha256, total, complete, created_at) VALUES (?1, ?2, 0, ?3)"));
        if (!st.isValid() || !st.bind(1, c.sha256).bind(2, c.total).bind(3, now).exec())
            return storageFailure();
        QFile::remove(partPath(c.sha256)); // a leftover of a discarded upload
        s->acked = 0;
    }
    if (c.offset != s->acked) {
        return PortalReply::failure(
            PortalCode::UploadOffset,
            QCoreApplication::translate("motcua", "The chunk does not start at the acknowledged offset."),
            position(s->acked, false, c.total));
    }
    if (c.offset + c.data.size() > c.total) {
        return PortalReply::failure(PortalCode::UploadSize,
                                    QCoreApplication::translate("motcua", "The chunk runs past the file's total size."),
                                    position(s->acked, false, c.total));
    }
    if (c.data.isEmpty() && c.total != 0) {
        return PortalReply::failure(PortalCode::BadValue,
                                    QCoreApplication::translate("motcua", "The chunk holds no data."),
                                    position(s->acked, false, c.total));
    }
    QFile part(partPath(c.sha256));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
        return storageFailure();
    // Acknowledge only bytes that are on disk: the part file's size is the offset we report.
    if (part.write(c.data) != c.data.size() || !part.flush() || ::fdatasync(part.handle()) != 0)
        return storageFailure();
    part.close();
    const qint64 acked = c.offset + c.data.size();
    if (acked < c.total)
        return PortalReply::success(position(acked, false));

    if (shaOfFile(partPath(c.sha256)) != c.sha256) {
        QFile::remove(partPath(c.sha256));
        Statement& del = m_db.prepare(QStringLiteral("DELETE FROM files WHERE sha256 = ?1"));
        if (!del.isValid() || !del.bind(1, c.sha256).exec())
            return storageFailure();
        return PortalReply::failure(
            PortalCode::UploadChecksum,
            QCoreApplication::translate("motcua", "The file's SHA-256 does not match; upload it again from the start."),
            position(0, false, c.total));
    }
    QFile::remove(finalPath(c.sha256));
    if (!QFile::rename(partPath(c.sha256), finalPath(c.sha256)))
        return storageFailure();
    Statement& done =
        m_db.prepare(QStringLiteral("UPDATE files SET complete = 1, completed_at = ?2 WHERE sha256 = ?1"));
    if (!done.isValid() || !done.bind(1, c.sha256).bind(2, now).exec() || !link(c, now))
        return storageFailure();
    return PortalReply::success(position(c.total, true));
}

QByteArray PortalFiles::content(const QString& sha256) const
{
    QFile f(finalPath(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace motcua
