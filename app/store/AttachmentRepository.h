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

    // The dossier's id; Error::notFound for an unknown code.
    Result<qint64> dossierId(const QString& code);
    // The dossier's papers in the order `dossier show` prints them.
    Result<QList<PaperRef>> papers(qint64 dossierId);

private:
    Result<QList<AttachmentRow>> select(const QString& where, qint64 key, bool bindKey);
    Database& m_db;
};

} // namespace motcua
