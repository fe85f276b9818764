#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace motcua {

class BlobCrypto;

// Free disk space for new attachments (docs/architecture.md#scanning): below the minimum new files
// are refused before anything is written; below twice the minimum the app warns.
struct FreeSpace
{
    enum State { Ok, Low, Refuse };
    State state = Ok;
    qint64 availableBytes = 0;
    qint64 minimumBytes = 0;

    bool canAttach(qint64 size = 0) const { return state != Refuse && availableBytes - size >= minimumBytes; }
    // Translated, for a status bar or an inline warning; empty when state is Ok.
    QString message() const;
    static FreeSpace evaluate(qint64 availableBytes, qint64 minimumBytes);
};

// Encrypted, content-addressed files of attachments: `<root>/ab/abcdef…` where abcdef… is the
// SHA-256 of the plaintext. A file is
//   "MCAT" | version 1 | algorithm 1 (AES-256-GCM) | 2 reserved bytes   (header, 8 bytes)
//   nonce (12) | ciphertext | tag (16)
// sealed by a BlobCrypto. Reads check the GCM tag and then the SHA-256 of the plaintext
// against the name, so a changed byte, a truncated file or a file moved to another name is an
// integrity error, never wrong bytes.
//
// Writes are durable before the caller commits the row that names them: temp file in the
// final folder, fsync, rename, fsync of the folder. The store keeps no state of its own: rows
// in the database say which files are in use, and sweep() removes the others.
class AttachmentStore
{
public:
    static constexpr int kHeaderBytes = 8;
    static constexpr char kVersion = 1;

    explicit AttachmentStore(const QString& root)
        : m_root(root)
    {}

    QString root() const { return m_root; }
    // <root>/ab/abcdef…; empty for a string that is not 64 lower-case hex digits.
    QString pathFor(const QString& sha256) const;
    static bool isSha256(const QString& text);

    // Encrypts `plaintext` (whose hash the caller computed) and stores it durably. When a file
    // of that name already opens correctly it is kept (same content: nothing to write); a
    // damaged one is replaced. `written` (optional) says whether a file was written.
    Status put(const BlobCrypto& crypto, const QString& sha256, const QByteArray& plaintext, bool* written = nullptr);
    // The two halves of put(), for callers that encrypt outside a lock and write inside it.
    static Result<QByteArray> seal(const BlobCrypto& crypto, const QByteArray& plaintext);
    Status writeSealed(const QString& sha256, const QByteArray& sealed);

    // The plaintext, checked: Error::crypto with a translated integrity message when the file
    // fails its check, Error::notFound when it is missing.
    Result<QByteArray> get(const BlobCrypto& crypto, const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Names (hashes) of every stored file.
    QStringList storedHashes() const;

    struct SweepResult
    {
        int removedFiles = 0; // stored files no row referenced
        int removedTemp = 0;  // temp files of writes that never finished
        qint64 removedBytes = 0;
    };
    // Removes files not in `referenced` and stale temp files. Files whose names are not ours
    // are left alone. The caller must hold the database's write lock, so no write is under way.
    Result<SweepResult> sweep(const QSet<QString>& referenced);

    // Free space on the store's file system against `minimumBytes`.
    FreeSpace freeSpace(qint64 minimumBytes) const;

private:
    static QByteArray header();
    QString m_root;
};

} // namespace motcua
