#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace motcua {

class Database;

// An attachments row (schema 006) with the names joined in for display.
struct AttachmentRow
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString dossierCode;
    qint64 paperId = 0; // dossier_papers.id; 0: "other papers"
    QString paperName;  // empty for "other papers"
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    int pageCount = 0;
    QDateTime addedAt; // UTC
    QString addedBy;
    bool result = false; // the dossier's result (schema 018), never on a paper
};

// A kept_scans row (schema 010): a scan stored before it is an attachment.
struct KeptScanRow
{
    qint64 id = 0;
    QString username;
    QString dossierCode;    // empty: a scan of the user's intake draft
    qint64 componentId = 0; // the procedure's component; 0: "other papers"
    QString paperName;
    qint64 size = 0;
    QString sha256;
    int pageCount = 0;
    QDateTime addedAt; // UTC
};

// A paper of a dossier, numbered as `dossier show` lists them (1, 2, ... in id order).
struct PaperRef
{
    qint64 id = 0; // dossier_papers.id
    int number = 0;
    QString name;
};

// Table attachments. Plain row access; the rules live in service/AttachmentService. Never
// opens a transaction.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& db)
        : m_db(db)
    {}

    Result<qint64> insert(const AttachmentRow& row);
    Result<AttachmentRow> byId(qint64 id);
    // Oldest first.
    Result<QList<AttachmentRow>> byDossier(qint64 dossierId);
    // Every row, in id order, for verification.
    Result<QList<AttachmentRow>> all();
    // The hashes rows refer to: the files that must stay.
    Result<QSet<QString>> referencedHashes();

    // Kept scans (schema 010).
    Result<qint64> insertKept(const KeptScanRow& row);
    Result<KeptScanRow> keptById(qint64 id);
    // The user's kept scans, oldest first: the draft's and those waiting for a retry.
    Result<QList<KeptScanRow>> keptByUser(const QString& username);
    Status deleteKept(qint64 id);
    // The scans of the user's draft (dossier_code NULL); the others stay.
    Status deleteDraftKept(const QString& username);
    // Binds a kept scan to the dossier recorded for it.
    Status bindKept(qint64 id, const QString& dossierCode);
    // Removes the rows whose draft or dossier is gone; returns how many.
    Result<int> deleteOrphanKept();
    // The dossier's paper made from the procedure's component; 0 when it has none.
    Result<qint64> paperForComponent(qint64 dossierId, qint64 componentId);

    // The dossier's id; Error::notFound for an unknown code.
    Result<qint64> dossierId(const QString& code);
    // The dossier's papers in the order `dossier show` prints them.
    Result<QList<PaperRef>> papers(qint64 dossierId);

private:
    Result<QList<AttachmentRow>> select(const QString& where, qint64 key, bool bindKey);
    Database& m_db;
};

} // namespace motcua
