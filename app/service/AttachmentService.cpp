#include "service/AttachmentService.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierJson.h"
#include "core/Logging.h"
#include "security/DataKey.h"
#include "security/KeyRing.h"
#include "service/IntakeAssistant.h"
#include "store/CatalogueRepository.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QMimeDatabase>

#include <csignal>
#include <future>

namespace motcua {

namespace {

// Above this size the SHA-256 runs on a second thread while the file is encrypted: both read
// the same buffer and each costs about as much as the other (see motcua-bench --attachments).
constexpr qsizetype kParallelHashBytes = qsizetype(1) << 20;
constexpr int kFileNameMax = 255;

// Test seam (tests/cli): a process that dies right after its file is synced, before its row
// commits, as a power cut or a kill would leave it.
bool crashAfterFileSync()
{
    static const bool set = qEnvironmentVariableIsSet("MOTCUA_TEST_CRASH_AFTER_FILE_SYNC");
    return set;
}

AttachmentInfo toInfo(const AttachmentRow& r)
{
    AttachmentInfo i;
    i.id = r.id;
    i.dossierCode = r.dossierCode;
    i.paperId = r.paperId;
    i.paperName = r.result         ? QCoreApplication::translate("motcua::AttachmentService", "Result")
                  : r.paperId == 0 ? AttachmentService::otherPapersName()
                                   : r.paperName;
    i.fileName = r.fileName;
    i.mimeType = r.mimeType;
    i.size = r.size;
    i.sha256 = r.sha256;
    i.pageCount = r.pageCount;
    i.addedAt = r.addedAt;
    i.addedBy = r.addedBy;
    i.result = r.result;
    return i;
}

Error locked()
{
    return Error::forbidden(QCoreApplication::translate(
        "motcua::AttachmentService", "Attachments are locked: log in again with your password to open or add them."));
}

} // namespace

struct AttachmentService::Private
{
    Private(Database& db_, const Clock& clock_, Settings& settings_, KeyRing& keys_, const QString& root)
        : db(db_)
        , clock(clock_)
        , settings(settings_)
        , keys(keys_)
        , rows(db_)
        , store(root)
    {}

    struct Sealed
    {
        QString sha256;
        QByteArray bytes;
    };
    // Refused before anything is written (never a half-written file on a full disk); then
    // hashed and encrypted before the write lock is taken, large files in parallel.
    static Result<Sealed> seal(const DataKey& key, const QByteArray& bytes, const FreeSpace& space)
    {
        if (!space.canAttach(bytes.size())) {
            FreeSpace refused = space;
            refused.state = FreeSpace::Refuse;
            return Error::storage(refused.message());
        }
        QString sha256;
        Result<QByteArray> sealed = Error::internal(QString());
        if (bytes.size() >= kParallelHashBytes) {
            std::future<QString> hashing =
                std::async(std::launch::async, [&key, &bytes] { return key.sha256Hex(bytes); });
            sealed = AttachmentStore::seal(key, bytes);
            sha256 = hashing.get();
        } else {
            sha256 = key.sha256Hex(bytes);
            sealed = AttachmentStore::seal(key, bytes);
        }
        if (!sealed)
            return sealed.error();
        if (!AttachmentStore::isSha256(sha256))
            return Error::crypto(
                QCoreApplication::translate("motcua::AttachmentService", "Cannot compute the SHA-256 of the file."));
        return Sealed{sha256, *sealed};
    }

    // Inside the caller's transaction, before the row that names the file: written and synced
    // unless the same content is already stored and sound (then the new row shares it).
    // True when the file was already there.
    Result<bool> writeOnce(const DataKey& key, const Sealed& sealed)
    {
        if (store.contains(sealed.sha256) && store.get(key, sealed.sha256).ok())
            return true;
        if (Status s = store.writeSealed(sealed.sha256, sealed.bytes); !s)
            return s.error();
        return false;
    }

    Database& db;
    const Clock& clock;
    Settings& settings;
    KeyRing& keys;
    AttachmentRepository rows;
    AttachmentStore store;
};

AttachmentService::AttachmentService(Database& db, const Clock& clock, Settings& settings, KeyRing& keys,
                                     const QString& root)
    : d(std::make_unique<Private>(db, clock, settings, keys, root))
{}

AttachmentService::~AttachmentService() = default;

QString AttachmentService::otherPapersName()
{
    return QCoreApplication::translate("motcua::AttachmentService", "Other papers");
}

QString AttachmentService::root() const
{
    return d->store.root();
}

Status AttachmentService::unlock(const QString& username, const QString& password)
{
    return d->keys.unlock(username, password, d->clock.now());
}

void AttachmentService::lock()
{
    d->keys.lock();
}

Result<std::unique_ptr<FetchParts>> AttachmentService::fetchParts(const QString& sha256)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    if (!AttachmentStore::isSha256(sha256))
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "Not a SHA-256: %1.").arg(sha256.left(70)));
    return std::make_unique<FetchParts>(fetchPartsFolder(), *key, sha256);
}

QString AttachmentService::fetchPartsFolder() const
{
    return root() + QStringLiteral(".partial");
}

bool AttachmentService::isUnlocked() const
{
    return d->keys.isUnlocked();
}

FreeSpace AttachmentService::freeSpace() const
{
    const qint64 minimumMb = d->settings.integer(SettingKey::AttachmentsMinFreeMB);
    return d->store.freeSpace(minimumMb * 1024 * 1024);
}

Result<QList<PaperRef>> AttachmentService::papers(const QString& dossierCode)
{
    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    return d->rows.papers(*dossierId);
}

Result<AttachmentInfo> AttachmentService::attach(const Actor& actor, const QString& dossierCode, qint64 paperId,
                                                 const QString& fileNameIn, const QByteArray& bytes,
                                                 const QString& mimeTypeIn, int pageCount)
{
    return attachImpl(actor, dossierCode, paperId, fileNameIn, bytes, mimeTypeIn, pageCount, 0, false);
}

Result<AttachmentInfo> AttachmentService::attachResult(const Actor& actor, const QString& dossierCode,
                                                       const QString& fileName, const QByteArray& bytes,
                                                       const QString& mimeType, int pageCount)
{
    if (!d->keys.key())
        return locked();
    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    const Result<Dossier> dossier = DossierRepository(d->db).byId(*dossierId);
    if (!dossier)
        return dossier.error();
    if (dossier->state != DossierState::Done && dossier->state != DossierState::Returned)
        return Error::conflict(
            QCoreApplication::translate("motcua::AttachmentService",
                                        "Dossier %1 has no result yet: a result file is attached once "
                                        "processing is complete (%2).")
                .arg(dossier->code, stateName(dossier->state)));
    return attachImpl(actor, dossierCode, 0, fileName, bytes, mimeType, pageCount, 0, true);
}

Result<AttachmentInfo> AttachmentService::attachImpl(const Actor& actor, const QString& dossierCode, qint64 paperId,
                                                     const QString& fileNameIn, const QByteArray& bytes,
                                                     const QString& mimeTypeIn, int pageCount, qint64 keptId,
                                                     bool result)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    // Only the name: a path would tell the portal about the clerk's folders.
    const QString fileName = QFileInfo(fileNameIn.trimmed()).fileName();
    if (fileName.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The attachment needs a file name."));
    if (fileName.size() > kFileNameMax)
        return Error::badInput(QCoreApplication::translate(
            "motcua::AttachmentService", "The file name is longer than %n characters.", nullptr, kFileNameMax));
    if (bytes.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The file %1 is empty.").arg(fileName));
    if (bytes.size() > kMaxBytes)
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The file %1 is larger than %2 MB.")
                .arg(fileName)
                .arg(kMaxBytes / (1024 * 1024)));
    if (pageCount < 0)
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The page count cannot be negative."));
    const QString mimeType =
        mimeTypeIn.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mimeTypeIn.trimmed();

    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    QString paperName = otherPapersName();
    int paperNumber = 0; // its place among the dossier's papers, 1-based
    if (paperId != 0) {
        const Result<QList<PaperRef>> papers = d->rows.papers(*dossierId);
        if (!papers)
            return papers.error();
        bool found = false;
        for (const PaperRef& p : *papers) {
            if (p.id == paperId) {
                found = true;
                paperName = p.name;
                paperNumber = p.number;
            }
        }
        if (!found)
            return Error::badInput(
                QCoreApplication::translate("motcua::AttachmentService", "Dossier %1 has no paper with the id %2.")
                    .arg(dossierCode.trimmed())
                    .arg(paperId));
    }

    const Result<Private::Sealed> sealed = Private::seal(*key, bytes, freeSpace());
    if (!sealed)
        return sealed.error();
    const QString sha256 = sealed->sha256;

    const QDateTime now = d->clock.now();
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    // The dossier's record for the portal before the file: a paper's first file (DuocSoHoa) or
    // a result file (DanhSachGiayToKetQua) changes it, and then it is queued again.
    DossierRepository dossiers(d->db);
    const Result<Dossier> before = dossiers.byId(*dossierId);
    if (!before)
        return before.error();
    const Result<bool> written = d->writeOnce(*key, *sealed);
    if (!written)
        return written.error();
    const bool stored = *written;
    if (crashAfterFileSync())
        std::raise(SIGKILL);

    AttachmentRow row;
    row.dossierId = *dossierId;
    row.dossierCode = dossierCode.trimmed();
    row.paperId = paperId;
    row.paperName = paperName;
    row.fileName = fileName;
    row.mimeType = mimeType;
    row.size = bytes.size();
    row.sha256 = sha256;
    row.pageCount = pageCount;
    row.addedAt = now;
    row.addedBy = actor.username;
    row.result = result;
    const Result<qint64> id = d->rows.insert(row);
    if (!id)
        return id.error();
    row.id = *id;

    // No file name in the audit: names of scans often carry the applicant's name or ID number.
    const QJsonObject details{{QStringLiteral("attachment_id"), row.id}, {QStringLiteral("paper_id"), row.paperId},
                              {QStringLiteral("sha256"), sha256},        {QStringLiteral("size"), row.size},
                              {QStringLiteral("mime_type"), mimeType},   {QStringLiteral("page_count"), pageCount},
                              {QStringLiteral("result"), result}};
    if (Status s = writeAudit(d->db, now, actor, QStringLiteral("attachment.add"), QStringLiteral("dossier"),
                              row.dossierCode, details);
        !s)
        return s.error();
    // What the sync uploads later (two steps: this metadata, then the file by its hash).
    const QJsonObject payload{{QStringLiteral("code"), row.dossierCode},   {QStringLiteral("attachment_id"), row.id},
                              {QStringLiteral("sha256"), sha256},          {QStringLiteral("size"), row.size},
                              {QStringLiteral("file_name"), fileName},     {QStringLiteral("mime_type"), mimeType},
                              {QStringLiteral("page_count"), pageCount},   {QStringLiteral("paper_id"), row.paperId},
                              {QStringLiteral("paper"), paperName},        {QStringLiteral("result"), result},
                              {QStringLiteral("paper_index"), paperNumber}};
    if (Status s = enqueueOutbox(d->db, now, SyncKind::Attachment, row.dossierCode, payload); !s)
        return s.error();
    const Result<Dossier> after = dossiers.byId(*dossierId);
    if (!after)
        return after.error();
    const Result<Department> department = CatalogueRepository(d->db).department(after->departmentCode);
    const QString departmentName = department ? department->name : QString();
    const QJsonObject recordAfter = dossierjson::portalRecord(*after, departmentName);
    if (recordAfter != dossierjson::portalRecord(*before, departmentName)) {
        if (Status s = enqueueOutbox(d->db, now, SyncKind::Dossier, row.dossierCode, recordAfter); !s)
            return s.error();
    }
    if (keptId != 0) {
        if (Status s = d->rows.deleteKept(keptId); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "attachment" << row.id << "stored," << row.size << "bytes," << (stored ? "shared" : "new")
                    << "file";
    return toInfo(row);
}

Result<AttachmentInfo> AttachmentService::storeFetched(const Actor& actor, const QString& dossierCode,
                                                       const QString& sha256, const QString& fileNameIn,
                                                       const QByteArray& bytes)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    QString fileName = QFileInfo(fileNameIn.trimmed()).fileName().left(kFileNameMax);
    if (fileName.isEmpty())
        fileName = sha256.left(12);
    if (bytes.size() > kMaxBytes)
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The file %1 is larger than %2 MB.")
                .arg(fileName)
                .arg(kMaxBytes / (1024 * 1024)));
    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    const Result<Private::Sealed> sealed = Private::seal(*key, bytes, freeSpace());
    if (!sealed)
        return sealed.error();
    if (sealed->sha256 != sha256) {
        return Error::crypto(QCoreApplication::translate("motcua::AttachmentService",
                                                         "The file %1 came from the center damaged (its "
                                                         "SHA-256 does not match): nothing was stored.")
                                 .arg(fileName));
    }
    const QDateTime now = d->clock.now();
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    const Result<bool> written = d->writeOnce(*key, *sealed);
    if (!written)
        return written.error();
    if (crashAfterFileSync())
        std::raise(SIGKILL);
    AttachmentRow row;
    row.dossierId = *dossierId;
    row.dossierCode = dossierCode.trimmed();
    row.paperName = otherPapersName();
    // Filed under the paper it was attached to at its counter, with its page count, when the
    // center's feed said which.
    CenterFileRepository waiting(d->db);
    if (Result<CenterFileRow> listed = waiting.find(row.dossierCode, sha256); listed) {
        const Result<qint64> paper = waiting.paperOf(*listed);
        if (!paper)
            return paper.error();
        row.paperId = *paper;
        if (*paper > 0)
            row.paperName = listed->paperName;
        row.pageCount = listed->pageCount;
        row.result = listed->result;
    } else if (listed.error().code != Error::NotFound) {
        return listed.error();
    }
    row.fileName = fileName;
    row.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes.left(4096)).name();
    row.size = bytes.size();
    row.sha256 = sha256;
    row.addedAt = now;
    row.addedBy = actor.username;
    const Result<qint64> id = d->rows.insert(row);
    if (!id)
        return id.error();
    row.id = *id;
    if (Status s = CenterFileRepository(d->db).remove(row.dossierId, sha256); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("attachment_id"), row.id}, {QStringLiteral("sha256"), sha256},
                              {QStringLiteral("size"), row.size},        {QStringLiteral("mime_type"), row.mimeType},
                              {QStringLiteral("paper_id"), row.paperId}, {QStringLiteral("pages"), row.pageCount}};
    if (Status s = writeAudit(d->db, now, actor, QStringLiteral("attachment.fetch"), QStringLiteral("dossier"),
                              row.dossierCode, details);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "attachment" << row.id << "fetched from the center," << row.size << "bytes";
    return toInfo(row);
}

Result<KeptScan> AttachmentService::keepScan(const Actor& actor, qint64 componentId, const QString& paperName,
                                             const QByteArray& bytes, int pageCount)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    if (bytes.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::AttachmentService", "The scan is empty."));
    if (bytes.size() > kMaxBytes)
        return Error::badInput(
            QCoreApplication::translate("motcua::AttachmentService", "The scan is larger than %1 MB.")
                .arg(kMaxBytes / (1024 * 1024)));
    const Result<Private::Sealed> sealed = Private::seal(*key, bytes, freeSpace());
    if (!sealed)
        return sealed.error();
    const QString sha256 = sealed->sha256;

    const QDateTime now = d->clock.now();
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    // Under the lock the sweep takes, as attach().
    if (const Result<bool> written = d->writeOnce(*key, *sealed); !written)
        return written.error();
    KeptScanRow row;
    row.username = actor.username;
    row.componentId = componentId;
    row.paperName = paperName;
    row.size = bytes.size();
    row.sha256 = sha256;
    row.pageCount = pageCount;
    row.addedAt = now;
    const Result<qint64> id = d->rows.insertKept(row);
    if (!id)
        return id.error();
    // The scan belongs to the draft: one must exist before the autosave writes the form.
    if (Status s = IntakeAssistant(d->db, d->clock).ensureDraft(actor.username, now); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "scan kept with the draft:" << *id << "," << row.size << "bytes";
    KeptScan out;
    out.id = *id;
    out.componentId = componentId;
    out.paperName = paperName;
    out.size = row.size;
    out.sha256 = sha256;
    out.pageCount = pageCount;
    out.addedAt = now;
    return out;
}

Result<QList<KeptScan>> AttachmentService::keptScans(const QString& username)
{
    const Result<QList<KeptScanRow>> rows = d->rows.keptByUser(username);
    if (!rows)
        return rows.error();
    QList<KeptScan> out;
    for (const KeptScanRow& r : *rows)
        out.append(KeptScan{r.id, r.dossierCode, r.componentId, r.paperName, r.size, r.sha256, r.pageCount, r.addedAt});
    return out;
}

Result<QByteArray> AttachmentService::readKept(qint64 keptId)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    const Result<KeptScanRow> row = d->rows.keptById(keptId);
    if (!row)
        return row.error();
    return d->store.get(*key, row->sha256);
}

Status AttachmentService::discardKept(qint64 keptId)
{
    return d->rows.deleteKept(keptId);
}

Status AttachmentService::bindKept(qint64 keptId, const QString& dossierCode)
{
    return d->rows.bindKept(keptId, dossierCode.trimmed());
}

Result<AttachmentInfo> AttachmentService::attachScan(const Actor& actor, const QString& dossierCode, qint64 componentId,
                                                     const QString& fileName, const QByteArray& pdf, int pageCount,
                                                     qint64 keptId)
{
    if (!d->keys.key())
        return locked();
    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    const Result<qint64> paperId = d->rows.paperForComponent(*dossierId, componentId);
    if (!paperId)
        return paperId.error();
    return attachImpl(actor, dossierCode, *paperId, fileName, pdf, QStringLiteral("application/pdf"), pageCount, keptId,
                      false);
}

Result<QList<AttachmentInfo>> AttachmentService::list(const QString& dossierCode)
{
    const Result<qint64> dossierId = d->rows.dossierId(dossierCode.trimmed());
    if (!dossierId)
        return dossierId.error();
    const Result<QList<AttachmentRow>> rows = d->rows.byDossier(*dossierId);
    if (!rows)
        return rows.error();
    QList<AttachmentInfo> out;
    out.reserve(rows->size());
    for (const AttachmentRow& r : *rows)
        out.append(toInfo(r));
    return out;
}

Result<AttachmentInfo> AttachmentService::info(qint64 attachmentId)
{
    const Result<AttachmentRow> row = d->rows.byId(attachmentId);
    if (!row)
        return row.error();
    return toInfo(*row);
}

bool AttachmentService::isStoredHere(const QString& sha256) const
{
    return AttachmentStore::isSha256(sha256) && QFileInfo::exists(d->store.pathFor(sha256));
}

Result<QByteArray> AttachmentService::read(qint64 attachmentId)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    const Result<AttachmentRow> row = d->rows.byId(attachmentId);
    if (!row)
        return row.error();
    Result<QByteArray> bytes = d->store.get(*key, row->sha256);
    if (!bytes)
        return bytes.error();
    return bytes;
}

Result<QList<AttachmentInfo>> AttachmentService::verifyAll(QStringList* problems)
{
    const DataKey* key = d->keys.key();
    if (!key)
        return locked();
    const Result<QList<AttachmentRow>> rows = d->rows.all();
    if (!rows)
        return rows.error();
    // Several rows may share a file: each file is read once.
    QHash<QString, QString> verdict; // sha256 -> problem ("" when sound)
    QList<AttachmentInfo> bad;
    for (const AttachmentRow& r : *rows) {
        auto it = verdict.constFind(r.sha256);
        if (it == verdict.constEnd()) {
            const Result<QByteArray> bytes = d->store.get(*key, r.sha256);
            it = verdict.insert(r.sha256, bytes ? QString() : bytes.error().message);
        }
        if (!it->isEmpty()) {
            bad.append(toInfo(r));
            if (problems)
                problems->append(*it);
        }
    }
    if (!bad.isEmpty())
        qCWarning(lcStore) << bad.size() << "of" << rows->size() << "attachments failed verification";
    return bad;
}

Result<int> AttachmentService::sweep()
{
    // Under the write lock: no attach() is between its file and its row meanwhile.
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    // Kept scans whose draft was discarded or whose dossier is gone first: their files go too.
    const Result<int> orphans = d->rows.deleteOrphanKept();
    if (!orphans)
        return orphans.error();
    const Result<QSet<QString>> referenced = d->rows.referencedHashes();
    if (!referenced)
        return referenced.error();
    const Result<AttachmentStore::SweepResult> swept = d->store.sweep(*referenced);
    if (!swept)
        return swept.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "sweep removed" << *orphans << "kept scans without draft or dossier," << swept->removedFiles
                    << "unreferenced and" << swept->removedTemp << "temporary attachment files," << swept->removedBytes
                    << "bytes";
    return swept->removedFiles + swept->removedTemp;
}

} // namespace motcua
