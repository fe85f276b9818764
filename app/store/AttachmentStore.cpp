#include "store/AttachmentStore.h"

#include "core/ErrorText.h"
#include "core/Logging.h"
#include "core/PrivateFiles.h"
#include "store/BlobCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua {

namespace {

const QLatin1String kTempPrefix(".tmp-");
const QByteArray kMagic = QByteArrayLiteral("MCAT");
constexpr char kAlgorithmAesGcm = 1;

QString systemError(int err)
{
    return fileErrorText(err);
}

Error writeError(const QString& path, int err)
{
    return Error::storage(
        QCoreApplication::translate("motcua::AttachmentStore", "Cannot write the attachment file %1: %2")
            .arg(QDir::toNativeSeparators(path), systemError(err)));
}

// fsync of a folder makes a rename (or a new entry) in it durable (POSIX leaves that to the
// folder, not to the file).
bool syncFolder(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

Error integrityError(const QString& sha256, const QString& why)
{
    // The hash names the file for the administrator; it is not personal data.
    return Error::crypto(
        QCoreApplication::translate("motcua::AttachmentStore",
                                    "Attachment %1 failed its integrity check (%2): the file on disk was "
                                    "changed or damaged. Restore it from a backup or attach it again.")
            .arg(sha256.left(16), why));
}

} // namespace

QString FreeSpace::message() const
{
    const QLocale locale;
    const QString available = locale.formattedDataSize(qMax<qint64>(0, availableBytes));
    const QString minimum = locale.formattedDataSize(minimumBytes);
    switch (state) {
    case Ok:
        return {};
    case Low:
        return QCoreApplication::translate("motcua::AttachmentStore",
                                           "Disk space for attachments is running low: %1 free, new scans stop "
                                           "below %2.")
            .arg(available, minimum);
    case Refuse:
        return QCoreApplication::translate("motcua::AttachmentStore",
                                           "Not enough disk space for attachments: %1 free, at least %2 must stay "
                                           "free. New scans and files are refused until space is freed.")
            .arg(available, minimum);
    }
    return {};
}

FreeSpace FreeSpace::evaluate(qint64 availableBytes, qint64 minimumBytes)
{
    FreeSpace f;
    f.availableBytes = availableBytes;
    f.minimumBytes = qMax<qint64>(0, minimumBytes);
    if (availableBytes < f.minimumBytes)
        f.state = Refuse;
    else if (availableBytes < 2 * f.minimumBytes)
        f.state = Low;
    return f;
}

bool AttachmentStore::isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!isHex(c))
            return false;
    }
    return true;
}

QString AttachmentStore::pathFor(const QString& sha256) const
{
    if (!isSha256(sha256))
        return {};
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

QByteArray AttachmentStore::header()
{
    QByteArray h = kMagic;
    h.append(kVersion);
    h.append(kAlgorithmAesGcm);
    h.append('\0');
    h.append('\0');
    return h;
}

Result<QByteArray> AttachmentStore::seal(const BlobCrypto& crypto, const QByteArray& plaintext)
{
    return crypto.seal(header(), plaintext);
}

bool AttachmentStore::contains(const QString& sha256) const
{
    const QString path = pathFor(sha256);
    return !path.isEmpty() && QFileInfo::exists(path);
}

Status AttachmentStore::put(const BlobCrypto& crypto, const QString& sha256, const QByteArray& plaintext, bool* written)
{
    if (written)
        *written = false;
    if (contains(sha256)) {
        // Same name, same content: keep the file unless it no longer opens (then this write
        // repairs it).
        if (get(crypto, sha256))
            return {};
        qCWarning(lcStore) << "replacing a damaged attachment file" << sha256.left(16);
    }
    Result<QByteArray> sealed = seal(crypto, plaintext);
    if (!sealed)
        return sealed.error();
    if (Status s = writeSealed(sha256, *sealed); !s)
        return s;
    if (written)
        *written = true;
    return {};
}

Status AttachmentStore::writeSealed(const QString& sha256, const QByteArray& sealed)
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return Error::internal(QStringLiteral("attachment name is not a SHA-256"));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        const bool newRoot = !QFileInfo::exists(m_root);
        if (!QDir().mkpath(folder))
            return Error::storage(
                QCoreApplication::translate("motcua::AttachmentStore", "Cannot create the attachment folder %1.")
                    .arg(QDir::toNativeSeparators(folder)));
        // Sealed files, but their names and sizes are the store's business only.
        makeFolderPrivate(m_root);
        makeFolderPrivate(folder);
        // The new folders' entries must survive a power cut too: the sub-folder's in the root,
        // and the root's in its parent when the root is new as well.
        syncFolder(m_root);
        if (newRoot)
            syncFolder(QFileInfo(m_root).absolutePath());
    }

    const QString temp = folder + QLatin1Char('/') + kTempPrefix + sha256 + QLatin1Char('-') +
                         QString::number(::getpid()) + QLatin1Char('-') +
                         QString::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(temp, errno);
    const char* data = sealed.constData();
    qsizetype left = sealed.size();
    int err = 0;
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        data += n;
        left -= n;
    }
    if (err == 0 && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && err == 0)
        err = errno;
    // A full disk or an I/O error leaves no half-written file behind.
    if (err == 0 && ::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        err = errno;
    if (err != 0) {
        ::unlink(tempName.constData());
        return writeError(path, err);
    }
    if (!syncFolder(folder))
        return writeError(folder, errno);
    return {};
}

Result<QByteArray> AttachmentStore::get(const BlobCrypto& crypto, const QString& sha256) const
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::AttachmentStore", "Invalid attachment name."));
    QFile file(path);
    if (!file.exists())
        return Error::notFound(
            QCoreApplication::translate("motcua::AttachmentStore", "The file of attachment %1 is missing from %2.")
                .arg(sha256.left(16), QDir::toNativeSeparators(m_root)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            QCoreApplication::translate("motcua::AttachmentStore", "Cannot read the attachment file %1: %2")
                .arg(QDir::toNativeSeparators(path), fileErrorText(file)));
    const QByteArray sealed = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::storage(
            QCoreApplication::translate("motcua::AttachmentStore", "Cannot read the attachment file %1: %2")
                .arg(QDir::toNativeSeparators(path), fileErrorText(file)));
    if (sealed.size() < kHeaderBytes || !sealed.startsWith(kMagic))
        return integrityError(sha256, QCoreApplication::translate("motcua::AttachmentStore", "not an attachment file"));
    if (sealed.at(4) != kVersion || sealed.at(5) != kAlgorithmAesGcm)
        return integrityError(sha256, QCoreApplication::translate("motcua::AttachmentStore", "unknown format version"));
    Result<QByteArray> plain = crypto.open(sealed, kHeaderBytes);
    if (!plain) {
        if (plain.error().code == Error::Crypto)
            return integrityError(
                sha256, QCoreApplication::translate("motcua::AttachmentStore", "authentication tag mismatch"));
        return plain.error();
    }
    // The tag proves the bytes are as sealed; the name proves they are the file asked for.
    if (crypto.sha256Hex(*plain) != sha256)
        return integrityError(
            sha256, QCoreApplication::translate("motcua::AttachmentStore", "content does not match its SHA-256"));
    return plain;
}

QStringList AttachmentStore::storedHashes() const
{
    QStringList out;
    const QDir root(m_root);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& folder : folders) {
        if (folder.size() != 2 || !isHex(folder.at(0)) || !isHex(folder.at(1)))
            continue;
        const QStringList files = QDir(root.filePath(folder)).entryList(QDir::Files, QDir::Name);
        for (const QString& name : files) {
            if (isSha256(name) && name.startsWith(folder))
                out.append(name);
        }
    }
    return out;
}

Result<AttachmentStore::SweepResult> AttachmentStore::sweep(const QSet<QString>& referenced)
{
    SweepResult result;
    const QDir root(m_root);
    if (!root.exists())
        return result;
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& folder : folders) {
        if (folder.size() != 2 || !isHex(folder.at(0)) || !isHex(folder.at(1)))
            continue;
        QDir dir(root.filePath(folder));
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        bool removed = false;
        for (const QString& name : files) {
            const bool temp = name.startsWith(kTempPrefix);
            const bool orphan = isSha256(name) && name.startsWith(folder) && !referenced.contains(name);
            if (!temp && !orphan)
                continue; // referenced, or not ours: left alone
            const qint64 size = QFileInfo(dir.filePath(name)).size();
            if (!dir.remove(name))
                return Error::storage(
                    QCoreApplication::translate("motcua::AttachmentStore", "Cannot remove the attachment file %1.")
                        .arg(QDir::toNativeSeparators(dir.filePath(name))));
            removed = true;
            result.removedBytes += size;
            if (temp)
                ++result.removedTemp;
            else
                ++result.removedFiles;
        }
        if (removed) {
            syncFolder(dir.absolutePath());
            if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                root.rmdir(folder);
        }
    }
    return result;
}

FreeSpace AttachmentStore::freeSpace(qint64 minimumBytes) const
{
    // Before the first attachment the folder does not exist: ask its nearest existing parent.
    QString path = m_root;
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    const QStorageInfo storage(path);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0) {
        qCWarning(lcStore) << "cannot read the free space of the attachment folder";
        FreeSpace f = FreeSpace::evaluate(0, minimumBytes);
        return f;
    }
    return FreeSpace::evaluate(available, minimumBytes);
}

} // namespace motcua
