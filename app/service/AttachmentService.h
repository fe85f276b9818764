#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/AttachmentRepository.h"
#include "store/AttachmentStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {

class Clock;
class Database;
class KeyRing;
class Settings;

// A file attached to a dossier, as shown to people and sent to the portal.
struct AttachmentInfo
{
    qint64 id = 0;
    QString dossierCode;
    qint64 paperId = 0; // dossier_papers.id, 0 = "other papers"
    QString paperName;  // the paper's name, or the translated "Other papers"
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    int pageCount = 0;
    QDateTime addedAt; // UTC
    QString addedBy;
};

// Scans and files of dossiers in the encrypted store (issue 5; ARCHITECTURE.md, Data).
//
// Files are encrypted with the database's data key, which the session holds once unlock()
// succeeded at login. attach() is one transaction, begun before the file is written so that
// sweep() (which takes the same write lock) can never remove a file between its write and
// its row: encrypt + hash outside the lock, then BEGIN IMMEDIATE, write the file (temp, fsync,
// rename, fsync folder), the attachments row, the audit row and the outbox row ('attachment'),
// COMMIT. A crash before COMMIT leaves at most a file no row names, which sweep() removes.
class AttachmentService
{
public:
    // The largest file accepted: a 200-page colour scan fits; a mistaken video does not.
    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;

    // `root` is the store's folder: <database folder>/attachments in the app.
    AttachmentService(Database& db, const Clock& clock, Settings& settings, KeyRing& keys, const QString& root);
    ~AttachmentService();

    // At login (GUI and CLI): unwraps the user's copy of the data key (security/KeyRing).
    Status unlock(const QString& username, const QString& password);
    // At log out: the key is wiped from memory.
    void lock();
    bool isUnlocked() const;

    // Attaches `bytes` to a paper of the dossier (`paperId` = dossier_papers.id; 0 = "other
    // papers"). Refused, before anything is written, when the session is locked, the dossier or
    // paper is unknown, the file is empty or too big, or free disk space is below the minimum
    // (freeSpace()).
    Result<AttachmentInfo> attach(const Actor& actor, const QString& dossierCode, qint64 paperId,
                                  const QString& fileName, const QByteArray& bytes, const QString& mimeType,
                                  int pageCount = 0);
    // The dossier's attachments, oldest first. Needs no key.
    Result<QList<AttachmentInfo>> list(const QString& dossierCode);
    Result<AttachmentInfo> info(qint64 attachmentId);
    // Decrypted and verified (GCM tag and SHA-256): an integrity error, never wrong bytes.
    Result<QByteArray> read(qint64 attachmentId);

    // Reads every stored attachment and returns the ones that fail (missing, damaged); empty
    // when all are sound. `problems` (optional) gets one translated reason per bad one.
    Result<QList<AttachmentInfo>> verifyAll(QStringList* problems = nullptr);
    // Removes files no row names and temp files of interrupted writes; returns how many.
    Result<int> sweep();

    // Free disk space against the setting attachments.minFreeMB: Ok, Low (warn) or Refuse.
    FreeSpace freeSpace() const;

    // The dossier's papers as `dossier show` numbers them, for choosing where to attach.
    Result<QList<PaperRef>> papers(const QString& dossierCode);
    // The store's folder.
    QString root() const;

    // Translated name of the "other papers" group.
    static QString otherPapersName();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
