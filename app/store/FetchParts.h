#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua {

class BlobCrypto;

// The pieces of a file received so far from the center, kept so a download cut short (a kill,
// a power cut, the network gone) goes on from the bytes it has instead of the first byte.
// One file per download, <folder>/<sha256>.part, 0600 in a 0700 folder, beside the attachment
// store and never inside it: a sequence of records, each the 4-byte big-endian length of a
// blob sealed with the database's data key (AES-256-GCM). The blob's authenticated header
// names the file and the offset of its piece, so a record of another file or of another place
// is refused like a changed byte. Nothing of a file is ever on disk in clear.
class FetchParts
{
public:
    FetchParts(const QString& folder, const BlobCrypto& crypto, const QString& sha256);

    // The bytes kept, in order from the first byte, each record checked. A torn or damaged
    // record (the process died while writing it) and everything after it are cut off the file.
    Result<QByteArray> load();
    // Appends the piece that starts at `offset` (the bytes kept so far) and syncs it to disk.
    Status append(qint64 offset, const QByteArray& piece);
    // The download ended (stored, or found damaged): the kept pieces go.
    void remove();

    QString path() const { return m_path; }

    // Retention: removes the pieces in `folder` of downloads not touched since `before` (never
    // tried again); how many files went.
    static int removeUntouchedSince(const QString& folder, const QDateTime& before);

private:
    QByteArray header(qint64 offset) const;

    QString m_folder;
    const BlobCrypto& m_crypto;
    QString m_sha256;
    QString m_path;
};

} // namespace motcua
