#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/AttachmentRepository.h"
#include "store/AttachmentStore.h"
#include "store/FetchParts.h"

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
    bool result = false; // the dossier's result, not a paper handed in
};

// A scan stored before it is an attachment (schema 010): one of the user's intake draft
// (dossierCode empty), or one whose attach after its dossier was recorded failed.
struct KeptScan
{
    qint64 id = 0;
    QString dossierCode;
    qint64 componentId = 0; // the procedure's component; 0 = "other papers"
    QString paperName;
    qint64 size = 0;
    QString sha256;
    int pageCount = 0;
    QDateTime addedAt; // UTC
};

// Scans and files of dossiers in the encrypted store (docs/architecture.md#scanning).
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
    // Attaches `bytes` as the dossier's result (scanned or imported when processing completed
    // or at return; a PDF or an image). Refused like attach(), and with Conflict while the
    // dossier has no result (not processed, or withdrawn, stopped, refused). The dossier's
    // record is queued for the portal with the file in DanhSachGiayToKetQua.
    Result<AttachmentInfo> attachResult(const Actor& actor, const QString& dossierCode, const QString& fileName,
                                        const QByteArray& bytes, const QString& mimeType, int pageCount = 0);
    // Kept scans (docs/architecture.md#scanning: nothing scanned is lost to a crash or a failed attach). keepScan()
    // stores the file like attach() (encrypted, durable, same checks) and names it by a row of
    // the user's intake draft, created blank when there is none yet, in one commit. The row
    // goes with the draft (IntakeAssistant::discardDraft) or when the scan is attached.
    Result<KeptScan> keepScan(const Actor& actor, qint64 componentId, const QString& paperName, const QByteArray& bytes,
                              int pageCount);
    // The user's kept scans, oldest first. Needs no key.
    Result<QList<KeptScan>> keptScans(const QString& username);
    // Decrypted and verified, like read().
    Result<QByteArray> readKept(qint64 keptId);
    // The scan is not wanted any more: its row goes, its file is left to the sweep.
    Status discardKept(qint64 keptId);
    // The dossier was recorded but the scan could not be attached: the scan now waits for a
    // retry with that dossier, and no longer goes with the draft.
    Status bindKept(qint64 keptId, const QString& dossierCode);
    // Attaches a scan (PDF) to the dossier's paper made from the procedure's component
    // `componentId` ("other papers" when 0 or the dossier has no such paper). With `keptId` the
    // kept scan's row is deleted in the same commit. Refused like attach(); a kept scan stays.
    Result<AttachmentInfo> attachScan(const Actor& actor, const QString& dossierCode, qint64 componentId,
                                      const QString& fileName, const QByteArray& pdf, int pageCount, qint64 keptId = 0);

    // A file fetched from the center (CenterFileFetch) becomes an attachment of the dossier,
    // filed under the paper the center's feed names for it (the one it was attached to at its
    // counter, with its page count; "other papers" when the feed names none), or as the result,
    // stored encrypted exactly as a scan is. `bytes` must hash to `sha256`,
    // else nothing is written (Error::crypto). One commit: the file, the attachments row, the
    // audit row and the removal of the dossier's center_files row; nothing goes to the outbox
    // (the center has the file already).
    Result<AttachmentInfo> storeFetched(const Actor& actor, const QString& dossierCode, const QString& sha256,
                                        const QString& fileName, const QByteArray& bytes);

    // Where a download from the center keeps the pieces received so far (encrypted under the
    // data key, beside the store): a fetch cut short goes on from them. Forbidden when locked.
    Result<std::unique_ptr<FetchParts>> fetchParts(const QString& sha256);
    // The folder of those pieces (needs no key): retention removes the ones never tried again.
    QString fetchPartsFolder() const;

    // The dossier's attachments, oldest first. Needs no key.
    Result<QList<AttachmentInfo>> list(const QString& dossierCode);
    Result<AttachmentInfo> info(qint64 attachmentId);
    // Decrypted and verified (GCM tag and SHA-256): an integrity error, never wrong bytes.
    Result<QByteArray> read(qint64 attachmentId);
    // Whether the encrypted file of this content is on this workstation (a dossier submitted
    // online lists files whose bytes may still be only at the center).
    bool isStoredHere(const QString& sha256) const;

    // Reads every stored attachment and returns the ones that fail (missing, damaged); empty
    // when all are sound. `problems` (optional) gets one translated reason per bad one.
    Result<QList<AttachmentInfo>> verifyAll(QStringList* problems = nullptr);
    // Removes kept scans whose draft or dossier is gone, then the files no row names and temp
    // files of interrupted writes; returns how many files.
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
    Result<AttachmentInfo> attachImpl(const Actor& actor, const QString& dossierCode, qint64 paperId,
                                      const QString& fileName, const QByteArray& bytes, const QString& mimeType,
                                      int pageCount, qint64 keptId, bool result);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
