#include "store/AttachmentRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

namespace {

// Column order shared by every SELECT below. The paper's name comes from the view that
// resolves catalogue names (schema 004).
const QLatin1String kSelect(
    "SELECT a.id, a.dossier_id, d.code, coalesce(a.paper_id, 0), coalesce(c.name, ''), a.file_name, a.mime_type, "
    "a.size, a.sha256, a.page_count, a.added_at, a.added_by, a.result FROM attachments a JOIN dossiers d ON d.id = "
    "a.dossier_id LEFT JOIN dossier_components c ON c.id = a.paper_id ");

AttachmentRow readRow(const Statement& st)
{
    AttachmentRow r;
    r.id = st.int64(0);
    r.dossierId = st.int64(1);
    r.dossierCode = st.text(2);
    r.paperId = st.int64(3);
    r.paperName = st.text(4);
    r.fileName = st.text(5);
    r.mimeType = st.text(6);
    r.size = st.int64(7);
    r.sha256 = st.text(8);
    r.pageCount = st.integer(9);
    r.addedAt = st.dateTime(10);
    r.addedBy = st.text(11);
    r.result = st.integer(12) != 0;
    return r;
}

} // namespace

Result<qint64> AttachmentRepository::insert(const AttachmentRow& row)
{
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO attachments (dossier_id, paper_id, file_name, mime_type, size, sha256, page_count, added_at, "
            "added_by, result) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        QCoreApplication::translate("motcua::AttachmentRepository", "saving the attachment"));
    if (!q)
        return q.error();
    q->bind(1, row.dossierId);
    if (row.paperId > 0)
        q->bind(2, row.paperId);
    else
        q->bindNull(2);
    q->bind(3, row.fileName)
        .bind(4, row.mimeType)
        .bind(5, row.size)
        .bind(6, row.sha256)
        .bind(7, row.pageCount)
        .bind(8, row.addedAt)
        .bind(9, row.addedBy)
        .bind(10, row.result && row.paperId <= 0 ? 1 : 0);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<AttachmentRow>> AttachmentRepository::select(const QString& where, qint64 key, bool bindKey)
{
    auto q = m_db.query(kSelect + where,
                        QCoreApplication::translate("motcua::AttachmentRepository", "reading the attachments"));
    if (!q)
        return q.error();
    if (bindKey)
        q->bind(1, key);
    QList<AttachmentRow> out;
    while (q->next())
        out.append(readRow(q->statement()));
    if (!q->error())
        return q->error().error();
    return out;
}

Result<AttachmentRow> AttachmentRepository::byId(qint64 id)
{
    Result<QList<AttachmentRow>> rows = select(QStringLiteral("WHERE a.id = ?1"), id, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("motcua::AttachmentRepository", "No attachment has the number %1.").arg(id));
    return rows->first();
}

Result<QList<AttachmentRow>> AttachmentRepository::byDossier(qint64 dossierId)
{
    return select(QStringLiteral("WHERE a.dossier_id = ?1 ORDER BY a.id"), dossierId, true);
}

Result<QList<AttachmentRow>> AttachmentRepository::all()
{
    return select(QStringLiteral("ORDER BY a.id"), 0, false);
}

Result<QSet<QString>> AttachmentRepository::referencedHashes()
{
    // The files of attachments, and those of kept scans (whose orphans the caller removed).
    auto q = m_db.query(
        QStringLiteral("SELECT sha256 FROM attachments UNION SELECT sha256 FROM kept_scans"),
        QCoreApplication::translate("motcua::AttachmentRepository", "reading the stored files' fingerprints"));
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q->next())
        out.insert(q->text(0));
    if (!q->error())
        return q->error().error();
    return out;
}

Result<qint64> AttachmentRepository::dossierId(const QString& code)
{
    auto q = m_db.query(QStringLiteral("SELECT id FROM dossiers WHERE code = ?1"),
                        QCoreApplication::translate("motcua::AttachmentRepository", "finding the dossier"));
    if (!q)
        return q.error();
    q->bind(1, code);
    if (!q->next()) {
        if (!q->error())
            return q->error().error();
        return Error::notFound(
            QCoreApplication::translate("motcua::AttachmentRepository", "No dossier has the code %1.").arg(code));
    }
    const qint64 id = q->int64(0);
    return id;
}

Result<QList<PaperRef>> AttachmentRepository::papers(qint64 dossierId)
{
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM dossier_components WHERE dossier_id = ?1 ORDER BY id"),
                        QCoreApplication::translate("motcua::AttachmentRepository", "reading the dossier's papers"));
    if (!q)
        return q.error();
    q->bind(1, dossierId);
    QList<PaperRef> out;
    while (q->next())
        out.append(PaperRef{q->int64(0), static_cast<int>(out.size()) + 1, q->text(1)});
    if (!q->error())
        return q->error().error();
    return out;
}

// --- Kept scans ---------------------------------------------------------------------------

namespace {
const QLatin1String kKeptSelect("SELECT id, username, coalesce(dossier_code, ''), component_id, paper_name, size, "
                                "sha256, page_count, added_at FROM kept_scans ");

KeptScanRow readKept(const Statement& st)
{
    KeptScanRow r;
    r.id = st.int64(0);
    r.username = st.text(1);
    r.dossierCode = st.text(2);
    r.componentId = st.int64(3);
    r.paperName = st.text(4);
    r.size = st.int64(5);
    r.sha256 = st.text(6);
    r.pageCount = st.integer(7);
    r.addedAt = st.dateTime(8);
    return r;
}
} // namespace

Result<qint64> AttachmentRepository::insertKept(const KeptScanRow& row)
{
    auto q = m_db.query(
        QStringLiteral("INSERT INTO kept_scans (username, dossier_code, component_id, paper_name, size, sha256, "
                       "page_count, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        QCoreApplication::translate("motcua::AttachmentRepository", "keeping the scan"));
    if (!q)
        return q.error();
    q->bind(1, row.username);
    if (row.dossierCode.isEmpty())
        q->bindNull(2);
    else
        q->bind(2, row.dossierCode);
    q->bind(3, row.componentId)
        .bind(4, row.paperName)
        .bind(5, row.size)
        .bind(6, row.sha256)
        .bind(7, row.pageCount)
        .bind(8, row.addedAt);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<KeptScanRow> AttachmentRepository::keptById(qint64 id)
{
    auto q = m_db.query(QString(kKeptSelect) + QLatin1String("WHERE id = ?1"),
                        QCoreApplication::translate("motcua::AttachmentRepository", "reading the kept scans"));
    if (!q)
        return q.error();
    q->bind(1, id);
    if (q->next())
        return readKept(q->statement());
    if (!q->error())
        return q->error().error();
    return Error::notFound(
        QCoreApplication::translate("motcua::AttachmentRepository", "No kept scan has the id %1.").arg(id));
}

Result<QList<KeptScanRow>> AttachmentRepository::keptByUser(const QString& username)
{
    auto q = m_db.query(QString(kKeptSelect) + QLatin1String("WHERE username = ?1 ORDER BY id"),
                        QCoreApplication::translate("motcua::AttachmentRepository", "reading the kept scans"));
    if (!q)
        return q.error();
    q->bind(1, username);
    QList<KeptScanRow> out;
    while (q->next())
        out.append(readKept(q->statement()));
    if (!q->error())
        return q->error().error();
    return out;
}

Status AttachmentRepository::deleteKept(qint64 id)
{
    auto q = m_db.query(QStringLiteral("DELETE FROM kept_scans WHERE id = ?1"),
                        QCoreApplication::translate("motcua::AttachmentRepository", "removing the kept scan"));
    if (!q)
        return q.error();
    q->bind(1, id);
    return q->exec();
}

Status AttachmentRepository::deleteDraftKept(const QString& username)
{
    auto q = m_db.query(
        QStringLiteral("DELETE FROM kept_scans WHERE username = ?1 AND dossier_code IS NULL"),
        QCoreApplication::translate("motcua::AttachmentRepository", "removing the unfinished dossier's scans"));
    if (!q)
        return q.error();
    q->bind(1, username);
    return q->exec();
}

Status AttachmentRepository::bindKept(qint64 id, const QString& dossierCode)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE kept_scans SET dossier_code = ?2 WHERE id = ?1"),
        QCoreApplication::translate("motcua::AttachmentRepository", "attaching the kept scan to the dossier"));
    if (!q)
        return q.error();
    q->bind(1, id).bind(2, dossierCode);
    return q->exec();
}

Result<int> AttachmentRepository::deleteOrphanKept()
{
    auto q = m_db.query(
        QStringLiteral("DELETE FROM kept_scans WHERE CASE WHEN dossier_code IS NULL "
                       "THEN NOT EXISTS (SELECT 1 FROM intake_drafts d WHERE d.username = kept_scans.username) "
                       "ELSE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.code = kept_scans.dossier_code) END"),
        QCoreApplication::translate("motcua::AttachmentRepository", "removing the scans no longer needed"));
    if (!q)
        return q.error();
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.changes();
}

Result<qint64> AttachmentRepository::paperForComponent(qint64 dossierId, qint64 componentId)
{
    if (componentId == 0)
        return qint64(0);
    auto q = m_db.query(
        QStringLiteral("SELECT id FROM dossier_papers WHERE dossier_id = ?1 AND component_id = ?2 ORDER BY id LIMIT 1"),
        QCoreApplication::translate("motcua::AttachmentRepository", "finding the dossier's paper"));
    if (!q)
        return q.error();
    q->bind(1, dossierId).bind(2, componentId);
    if (q->next())
        return q->int64(0);
    if (!q->error())
        return q->error().error();
    return qint64(0);
}

} // namespace motcua
