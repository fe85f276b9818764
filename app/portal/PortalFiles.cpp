#include "portal/PortalFiles.h"

#include "portal/PortalLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace motcua {

namespace {

// Streams a file through OpenSSL's SHA-256 (SHA-NI where the CPU has it); "" when unreadable.
QString shaOfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (ok) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = EVP_DigestUpdate(ctx, buffer.constData(), static_cast<size_t>(n)) == 1;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    ok = ok && EVP_DigestFinal_ex(ctx, digest, &len) == 1 && len == 32;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 32).toHex());
}

// Writes all of [data, data + size) at `offset` of `fd`.
bool writeAt(int fd, const char* data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, static_cast<size_t>(size), static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

constexpr qint64 kDirectAlign = 4096;

// Puts a chunk at `offset` of its part file (the part's current size). Its block-aligned
// head bypasses the page cache (O_DIRECT): a chunk is stored once and not read again
// until the end, and copying megabytes into the page cache, then writing them back, cost
// the portal more CPU than receiving them over TLS. The tail takes the buffered path, whose
// write-back starts at once; so does the whole chunk where the file system refuses O_DIRECT
// (at open or at the first write). `data` is aligned to kDirectAlign. With `durable` the
// file's bytes and size reach the disk before it returns.
bool putChunk(const QString& path, const char* data, qint64 size, qint64 offset, bool durable)
{
    const QByteArray name = QFile::encodeName(path);
    qint64 head = offset % kDirectAlign == 0 ? size - size % kDirectAlign : 0;
    if (head > 0) {
        const int direct = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_DIRECT, 0600);
        const bool ok = direct >= 0 && writeAt(direct, data, head, offset);
        if (direct >= 0)
            ::close(direct);
        if (!ok)
            head = 0; // written again below, buffered, over whatever part of it went out
    }
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    bool ok = writeAt(fd, data + head, size - head, offset + head);
#ifdef SYNC_FILE_RANGE_WRITE
    if (ok && !durable && size > head) {
        // Start writing it back now, so the final sync has little left.
        static_cast<void>(::sync_file_range(fd, offset + head, size - head, SYNC_FILE_RANGE_WRITE));
    }
#endif
    if (ok && durable)
        ok = ::fdatasync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

namespace {

PortalReply storageFailure()
{
    qCWarning(lcPortal) << "attachment storage failure";
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::PortalFiles", "The portal could not store the file."));
}

} // namespace

// SHA-256 of the bytes of one upload received so far, in order from offset 0.
struct PortalFiles::RunningHash
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    qint64 covered = 0; // bytes fed
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1;

    RunningHash() = default;
    RunningHash(const RunningHash&) = delete;
    RunningHash& operator=(const RunningHash&) = delete;
    ~RunningHash() { EVP_MD_CTX_free(ctx); }

    void feed(const char* data, qint64 size)
    {
        ok = ok && EVP_DigestUpdate(ctx, data, static_cast<size_t>(size)) == 1;
        covered += size;
    }
    QString finish()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        if (!ok || EVP_DigestFinal_ex(ctx, digest, &len) != 1 || len != 32)
            return QString();
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 32).toHex());
    }
};

PortalFiles::PortalFiles(Database& db, QString folder)
    : m_db(db)
    , m_folder(std::move(folder))
{}

PortalFiles::~PortalFiles()
{
    settleWrite();
}

void PortalFiles::settleWrite()
{
    if (!m_writing.valid())
        return;
    // A failed write leaves the part shorter than acknowledged: the next chunk meets error 11
    // with the offset on disk, and the running hash, now behind, is dropped.
    if (!m_writing.get())
        qCWarning(lcPortal) << "an attachment chunk could not be written";
}

QString PortalFiles::finishHash(const QString& sha, qint64 total)
{
    const auto it = m_running.find(sha);
    QString hex;
    if (it != m_running.end() && it->second->covered == total)
        hex = it->second->finish();
    if (it != m_running.end())
        m_running.erase(it);
    return hex.isEmpty() ? shaOfFile(partPath(sha)) : hex;
}

Status PortalFiles::init()
{
    if (!QDir().mkpath(m_folder))
        return Error::storage(
            QCoreApplication::translate("motcua::PortalFiles", "Cannot create the folder for attachments."));
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
    auto q = m_db.query(QStringLiteral("SELECT total, complete FROM files WHERE sha256 = ?1"),
                        QCoreApplication::translate("motcua::PortalFiles", "reading the file's upload"));
    if (!q)
        return q.error();
    q->bind(1, sha);
    State s;
    if (q->next()) {
        s.known = true;
        s.total = q->int64(0);
        s.complete = q->int64(1) != 0;
    }
    if (!q->error())
        return q->error().error();
    if (s.complete)
        s.acked = s.total;
    else if (s.known)
        s.acked = QFileInfo(partPath(sha)).size(); // 0 when the part file does not exist
    return s;
}

Status PortalFiles::link(const Chunk& c, qint64 now)
{
    auto q = m_db.query(QStringLiteral("INSERT OR IGNORE INTO file_links (sha256, ma_hoso, file_name, linked_at)"
                                       " VALUES (?1, ?2, ?3, ?4)"),
                        QCoreApplication::translate("motcua::PortalFiles", "linking the file to the dossier"));
    if (!q)
        return q.error();
    q->bind(1, c.sha256).bind(2, c.dossier).bind(3, c.fileName.isNull() ? QStringLiteral("") : c.fileName).bind(4, now);
    return q->exec();
}

PortalReply PortalFiles::status(const QString& sha256)
{
    settleWrite();
    auto s = state(sha256);
    if (!s)
        return storageFailure();
    return PortalReply::success(uploadPosition(s->acked, s->complete, s->known ? s->total : -1));
}

PortalReply PortalFiles::append(const Chunk& c, qint64 now)
{
    settleWrite();
    auto s = state(c.sha256);
    if (!s)
        return storageFailure();
    if (s->known && s->total != c.total)
        return *refuseChunk(UploadState{true, s->complete, s->total, s->acked}, c);
    if (s->complete) {
        // Stored once per content: a repeated or second upload only records the link.
        if (!link(c, now))
            return storageFailure();
        return PortalReply::success(uploadPosition(s->total, true));
    }
    if (c.data.size() > kMaxChunk)
        return *refuseChunk(UploadState{s->known, false, s->total, s->acked}, c);
    if (!s->known) {
        auto q =
            m_db.query(QStringLiteral("INSERT INTO files (sha256, total, complete, created_at) VALUES (?1, ?2, 0, ?3)"),
                       QCoreApplication::translate("motcua::PortalFiles", "recording the file's upload"));
        if (!q || !q->bind(1, c.sha256).bind(2, c.total).bind(3, now).exec())
            return storageFailure();
        QFile::remove(partPath(c.sha256)); // a leftover of a discarded upload
        s->acked = 0;
    }
    if (auto refused = refuseChunk(UploadState{true, false, c.total, s->acked}, c))
        return *refused;
    // The running hash follows the bytes in order; one that missed a chunk (a restarted
    // portal) is dropped and the file is read back at the end instead.
    auto running = m_running.find(c.sha256);
    if (running != m_running.end() && running->second->covered != c.offset) {
        m_running.erase(running);
        running = m_running.end();
    }
    if (running == m_running.end() && c.offset == 0) {
        // Uploads abandoned half-way keep their entry; a small bound keeps memory flat.
        if (m_running.size() >= 64)
            m_running.clear();
        running = m_running.emplace(c.sha256, std::make_unique<RunningHash>()).first;
    }
    // The part file's size is the offset on disk. A partial chunk is answered while a worker
    // thread appends it, so an acknowledged offset may go back if the portal process dies
    // (or, unsynced, on a power cut): the client resumes from MC_TrangThaiTep, which reads the
    // size on disk, and bytes that came back wrong fail the SHA-256 at the end (error 12). The
    // finished file is written and synced before "HoanTat": "True", the only answer after
    // which the client forgets the file.
    const qint64 acked = c.offset + c.data.size();
    const bool last = acked >= c.total;
    // The worker hashes the chunk too: the running hash is only read after settleWrite().
    RunningHash* hash = running != m_running.end() ? running->second.get() : nullptr;
    // The chunk is copied into the one aligned buffer, which is free again: settleWrite() above
    // waited for the last worker. The request's buffer goes when the answer does.
    if (!m_buffer)
        m_buffer.reset(static_cast<char*>(std::aligned_alloc(kDirectAlign, kMaxChunk)));
    if (!m_buffer)
        return storageFailure();
    std::memcpy(m_buffer.get(), c.data.constData(), static_cast<size_t>(c.data.size()));
    auto store = [path = partPath(c.sha256), data = m_buffer.get(), size = qint64(c.data.size()), offset = c.offset,
                  hash, last]() {
        if (hash)
            hash->feed(data, size);
        return putChunk(path, data, size, offset, last);
    };
    if (!last) {
        m_writing = std::async(std::launch::async, std::move(store));
        return PortalReply::success(uploadPosition(acked, false));
    }
    if (!store())
        return storageFailure();

    if (finishHash(c.sha256, c.total) != c.sha256) {
        QFile::remove(partPath(c.sha256));
        auto del = m_db.query(QStringLiteral("DELETE FROM files WHERE sha256 = ?1"),
                              QCoreApplication::translate("motcua::PortalFiles", "discarding the file's upload"));
        if (!del || !del->bind(1, c.sha256).exec())
            return storageFailure();
        return PortalReply::failure(
            PortalCode::UploadChecksum,
            QCoreApplication::translate("motcua::PortalFiles",
                                        "The file's SHA-256 does not match; upload it again from the start."),
            uploadPosition(0, false, c.total));
    }
    QFile::remove(finalPath(c.sha256));
    if (!QFile::rename(partPath(c.sha256), finalPath(c.sha256)) || !syncFolder(m_folder))
        return storageFailure();
    auto done = m_db.query(QStringLiteral("UPDATE files SET complete = 1, completed_at = ?2 WHERE sha256 = ?1"),
                           QCoreApplication::translate("motcua::PortalFiles", "recording the file's upload"));
    if (!done || !done->bind(1, c.sha256).bind(2, now).exec() || !link(c, now))
        return storageFailure();
    return PortalReply::success(uploadPosition(c.total, true));
}

QByteArray PortalFiles::content(const QString& sha256) const
{
    QFile f(finalPath(sha256));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

Result<std::optional<PortalFileSlice>> PortalFiles::slice(const QString& sha256, qint64 offset, qint64 max)
{
    PortalFileSlice out;
    {
        auto q = m_db.query(QStringLiteral("SELECT f.total FROM files f WHERE f.sha256 = ?1 AND f.complete = 1"
                                           " AND EXISTS (SELECT 1 FROM file_links l WHERE l.sha256 = f.sha256)"),
                            QCoreApplication::translate("motcua::PortalFiles", "reading the file"));
        if (!q)
            return q.error();
        q->bind(1, sha256);
        if (!q->next()) {
            if (!q->error())
                return q->error().error();
            return std::optional<PortalFileSlice>();
        }
        out.total = q->int64(0);
    }
    if (offset >= out.total)
        return std::optional<PortalFileSlice>(out);
    QFile f(finalPath(sha256));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return Error::storage(QStringLiteral("cannot read a stored file"));
    out.data = f.read(std::min(max, out.total - offset));
    if (out.data.size() != std::min(max, out.total - offset))
        return Error::storage(QStringLiteral("a stored file is shorter than recorded"));
    return std::optional<PortalFileSlice>(out);
}

} // namespace motcua
