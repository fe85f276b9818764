#include "store/AttachmentRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

namespace {

// Column order shared by every SELECT below. The paper's name comes from the view that
// resolves catalogue names (schema 004).
const QLatin1String kSelect(
    "SELECT a.id, a.dossier_id, d.code, coalesce(a.paper_id, 0), coalesce(c.name, ''), a.file_name, a.mime_type, "
    "a.size, a.sha256, a.page_count, a.added_at, a.added_by FROM attachments a JOIN dossiers d ON d.id = "
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
    return r;
}

} // namespace

Result<qint64> AttachmentRepository::insert(const AttachmentRow& row)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "INSERT INTO attachments (dossier_id, paper_id, file_name, mime_type, size, sha256, page_count, added_at, "
        "added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, row.dossierId);
    if (row.paperId > 0)
        st.bind(2, row.paperId);
    else
        st.bindNull(2);
    st.bind(3, row.fileName)
        .bind(4, row.mimeType)
        .bind(5, row.size)
        .bind(6, row.sha256)
        .bind(7, row.pageCount)
        .bind(8, row.addedAt)
        .bind(9, row.addedBy);
    if (Status s = st.exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<AttachmentRow>> AttachmentRepository::select(const QString& where, qint64 key, bool bindKey)
{
    Statement& st = m_db.prepare(kSelect + where);
    if (!st.isValid())
        return m_db.lastError().error();
    if (bindKey)
        st.bind(1, key);
    QList<AttachmentRow> out;
    while (st.next())
        out.append(readRow(st));
    if (!st.error())
        return st.error().error();
    return out;
}

Result<AttachmentRow> AttachmentRepository::byId(qint64 id)
{
    Result<QList<AttachmentRow>> rows = select(QStringLiteral("WHERE a.id = ?1"), id, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(QCoreApplication::translate("motcua", "No attachment has the number %1.").arg(id));
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
    Statement& st = m_db.prepare(QStringLiteral("SELECT DISTINCT sha256 FROM attachments"));
    if (!st.isValid())
        return m_db.lastError().error();
    QSet<QString> out;
    while (st.next())
        out.insert(st.text(0));
    if (!st.error())
        return st.error().error();
    return out;
}

Result<qint64> AttachmentRepository::dossierId(const QString& code)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT id FROM dossiers WHERE code = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, code);
    if (!st.next()) {
        if (!st.error())
            return st.error().error();
        return Error::notFound(QCoreApplication::translate("motcua", "No dossier has the code %1.").arg(code));
    }
    const qint64 id = st.int64(0);
    st.reset();
    return id;
}

Result<QList<PaperRef>> AttachmentRepository::papers(qint64 dossierId)
{
    Statement& st =
        m_db.prepare(QStringLiteral("SELECT id, name FROM dossier_components WHERE dossier_id = ?1 ORDER BY id"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, dossierId);
    QList<PaperRef> out;
    while (st.next())
        out.append(PaperRef{st.int64(0), static_cast<int>(out.size()) + 1, st.text(1)});
    if (!st.error())
        return st.error().error();
    return out;
}

} // namespace motcua
