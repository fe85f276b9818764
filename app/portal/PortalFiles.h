#pragma once

#include "core/Result.h"
#include "portal/PortalBackend.h"
#include "portal/PortalReply.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>
#include <future>
#include <memory>
#include <unordered_map>

namespace motcua {

class Database;

// Attachments received through MC_TaiTep (PROTOCOL.md 3.7): content stored once per SHA-256 in a
// folder beside the portal's database. A partial upload is the file "<sha>.part"; its size is
// the acknowledged offset, so a restarted portal resumes where the bytes on disk end. The
// final chunk is checked against the SHA-256 before the file becomes "<sha>", synced to disk
// before the upload is answered complete.
//
// The SHA-256 runs along with the upload (one running hash per file in memory, fed chunk by
// chunk); a file whose running hash was lost (portal restarted, chunks out of order) is hashed
// from disk at the end instead. A partial chunk is written to its part file in a worker thread
// while its answer goes out and the next chunk travels; anything touching a part file first
// waits for that write. Whole blocks go to disk past the page cache (O_DIRECT) where the file
// system allows it.
class PortalFiles
{
public:
    PortalFiles(Database& db, QString folder);
    ~PortalFiles();
    Status init();

    using Chunk = PortalChunk;
    // Reply fields ViTri and HoanTat, or the protocol's error (11, 12, 13).
    PortalReply append(const Chunk& chunk, qint64 now);
    // MC_TrangThaiTep.
    PortalReply status(const QString& sha256);

    // Bytes stored for a complete file; empty when not complete.
    QByteArray content(const QString& sha256) const;
    // MC_LayTep: a piece of a complete file some dossier names; nullopt when there is none.
    Result<std::optional<PortalFileSlice>> slice(const QString& sha256, qint64 offset, qint64 max);
    QString folder() const { return m_folder; }

    static constexpr qint64 kMaxChunk = kMaxUploadChunk;

private:
    struct State
    {
        bool known = false;
        bool complete = false;
        qint64 total = 0;
        qint64 acked = 0;
    };
    Result<State> state(const QString& sha256);
    Status link(const Chunk& chunk, qint64 now);
    QString partPath(const QString& sha) const;
    QString finalPath(const QString& sha) const;
    // The stored part's SHA-256 in hex: from the running hash when it covers all `total`
    // bytes, else read back from disk.
    QString finishHash(const QString& sha, qint64 total);

    // Waits for the chunk being written, if any: afterwards the part files on disk are
    // what was acknowledged.
    void settleWrite();

    struct RunningHash;
    Database& m_db;
    QString m_folder;
    std::unordered_map<QString, std::unique_ptr<RunningHash>> m_running;
    std::future<bool> m_writing; // a partial chunk being appended to its part file
    struct FreeAligned
    {
        void operator()(char* p) const { std::free(p); }
    };
    std::unique_ptr<char, FreeAligned> m_buffer; // kMaxChunk bytes, aligned for O_DIRECT
};

} // namespace motcua
