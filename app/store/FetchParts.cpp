#include "store/FetchParts.h"

#include "core/Logging.h"
#include "core/PrivateFiles.h"
#include "store/BlobCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <unistd.h>

namespace motcua {

namespace {

constexpr qsizetype kHeaderBytes = 4 + 64 + 8; // "MCFP", the file's SHA-256 in hex, the offset
constexpr quint32 kMaxRecord = 8u * 1024 * 1024;

} // namespace

FetchParts::FetchParts(const QString& folder, const BlobCrypto& crypto, const QString& sha256)
    : m_folder(folder)
    , m_crypto(crypto)
    , m_sha256(sha256)
    , m_path(QDir(folder).filePath(sha256 + QStringLiteral(".part")))
{}

QByteArray FetchParts::header(qint64 offset) const
{
    QByteArray h("MCFP");
    h += m_sha256.toLatin1();
    char at[8];
    qToBigEndian<qint64>(offset, at);
    h.append(at, 8);
    return h;
}

Result<QByteArray> FetchParts::load()
{
    QFile file(m_path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadWrite))
        return Error::storage(
            QCoreApplication::translate("motcua::FetchParts", "Cannot read the part of a file already fetched."));
    const QByteArray all = file.readAll();
    QByteArray bytes;
    qsizetype at = 0;
    while (at + 4 <= all.size()) {
        const quint32 length = qFromBigEndian<quint32>(all.constData() + at);
        if (length <= kHeaderBytes || length > kMaxRecord || at + 4 + qsizetype(length) > all.size())
            break; // torn: the process died while writing it
        const QByteArray sealed = all.mid(at + 4, length);
        if (!sealed.startsWith(header(bytes.size())))
            break;
        Result<QByteArray> piece = m_crypto.open(sealed, kHeaderBytes);
        if (!piece)
            break;
        bytes += *piece;
        at += 4 + length;
    }
    if (at < all.size()) {
        // What follows the last sound record is cut off, so the next piece continues it.
        qCInfo(lcStore) << "fetch parts: cut" << (all.size() - at) << "bytes of a torn record";
        if (!file.resize(at))
            return Error::storage(
                QCoreApplication::translate("motcua::FetchParts", "Cannot repair the part of a file already fetched."));
    }
    return bytes;
}

Status FetchParts::append(qint64 offset, const QByteArray& piece)
{
    if (!QDir().mkpath(m_folder) || !makeFolderPrivate(m_folder))
        return Error::storage(
            QCoreApplication::translate("motcua::FetchParts", "Cannot keep the part of the file fetched so far."));
    Result<QByteArray> sealed = m_crypto.seal(header(offset), piece);
    if (!sealed)
        return sealed.error();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || !makeFilePrivate(m_path))
        return Error::storage(
            QCoreApplication::translate("motcua::FetchParts", "Cannot keep the part of the file fetched so far."));
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(sealed->size()), length);
    if (file.write(length, 4) != 4 || file.write(*sealed) != sealed->size() || !file.flush() ||
        ::fsync(file.handle()) != 0)
        return Error::storage(
            QCoreApplication::translate("motcua::FetchParts", "Cannot keep the part of the file fetched so far."));
    return {};
}

void FetchParts::remove()
{
    QFile::remove(m_path);
}

int FetchParts::removeUntouchedSince(const QString& folder, const QDateTime& before)
{
    int removed = 0;
    const QFileInfoList parts =
        QDir(folder).entryInfoList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& part : parts) {
        if (part.lastModified() < before && QFile::remove(part.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace motcua
