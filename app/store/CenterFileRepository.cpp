#include "store/CenterFileRepository.h"

#include "store/AttachmentStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

namespace {

const QLatin1String kSelect("SELECT f.dossier_id, d.code, f.sha256, f.file_name, f.size, f.complete, f.seen_at,"
                            " f.paper_index, f.paper_name, f.page_count, f.result"
                            " FROM center_files f JOIN dossiers d ON d.id = f.dossier_id ");

CenterFileRow readRow(const Statement& st)
{
    CenterFileRow r;
    r.dossierId = st.int64(0);
    r.dossierCode = st.text(1);
    r.sha256 = st.text(2);
    r.fileName = st.text(3);
    r.size = st.int64(4);
    r.complete = st.integer(5) != 0;
    r.seenAt = st.dateTime(6);
    r.paperIndex = st.integer(7);
    r.paperName = st.text(8);
    r.pageCount = st.integer(9);
    r.result = st.integer(10) != 0;
    return r;
}

} // namespace

Status CenterFileRepository::recordFromFeed(const QString& dossierCode, const QJsonArray& files, const QDateTime& now)
{
    if (files.isEmpty())
        return {};
    qint64 dossierId = 0;
    {
        auto id = m_db.query(QStringLiteral("SELECT id FROM dossiers WHERE code = ?1"),
                             QCoreApplication::translate("motcua::CenterFileRepository", "finding the dossier"));
        if (!id)
            return id.error();
        id->bind(1, dossierCode);
        if (!id->next())
            return id->error();
        dossierId = id->int64(0);
    }
    for (const QJsonValue& v : files) {
        const QJsonObject f = v.toObject();
        const QString sha = f.value(QLatin1String("MaTep")).toString();
        if (!AttachmentStore::isSha256(sha))
            continue;
        const QString name = f.value(QLatin1String("TenTep")).toString();
        const qint64 size = f.value(QLatin1String("KichThuoc")).toVariant().toLongLong();
        const bool complete = f.value(QLatin1String("HoanTat")).toVariant().toString() == QLatin1String("True");
        // A file this workstation already holds for the dossier (its own scan, or fetched
        // before) is not waiting anywhere.
        const int paper = qMax(0, f.value(QLatin1String("ThuTuGiayTo")).toString().toInt());
        const int pages = qMax(0, f.value(QLatin1String("SoTrang")).toString().toInt());
        const bool result = f.value(QLatin1String("KetQua")).toString() == QLatin1String("True");
        auto q = m_db.query(
            QStringLiteral(
                "INSERT INTO center_files (dossier_id, sha256, file_name, size, complete, seen_at, paper_index, "
                "paper_name,"
                " page_count, result) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 WHERE NOT EXISTS (SELECT 1 FROM"
                " attachments a WHERE a.dossier_id = ?1 AND a.sha256 = ?2)"
                " ON CONFLICT (dossier_id, sha256, file_name) DO UPDATE SET size = excluded.size,"
                " complete = excluded.complete, seen_at = excluded.seen_at, paper_index = excluded.paper_index,"
                " paper_name = excluded.paper_name, page_count = excluded.page_count, result = excluded.result"),
            QCoreApplication::translate("motcua::CenterFileRepository", "recording the center's files"));
        if (!q)
            return q.error();
        q->bind(1, dossierId).bind(2, sha).bind(3, name).bind(4, qMax<qint64>(0, size)).bind(5, complete ? 1 : 0);
        const QString paperName = f.value(QLatin1String("TenGiayTo")).toString();
        q->bind(6, now).bind(7, paper).bind(8, paperName.isNull() ? QStringLiteral("") : paperName);
        q->bind(9, pages).bind(10, result ? 1 : 0);
        if (Status s = q->exec(); !s)
            return s;
    }
    return {};
}

Result<QList<CenterFileRow>> CenterFileRepository::byDossier(const QString& dossierCode)
{
    auto q = m_db.query(kSelect + QStringLiteral("WHERE d.code = ?1 ORDER BY f.file_name, f.sha256"),
                        QCoreApplication::translate("motcua::CenterFileRepository", "reading the center's files"));
    if (!q)
        return q.error();
    q->bind(1, dossierCode);
    QList<CenterFileRow> out;
    while (q->next())
        out.append(readRow(q->statement()));
    if (!q->error())
        return q->error().error();
    return out;
}

Result<CenterFileRow> CenterFileRepository::find(const QString& dossierCode, const QString& sha256)
{
    Result<QList<CenterFileRow>> rows = byDossier(dossierCode);
    if (!rows)
        return rows.error();
    for (const CenterFileRow& r : *rows) {
        if (r.sha256 == sha256)
            return r;
    }
    return Error::notFound(
        QCoreApplication::translate("motcua::CenterFileRepository", "Dossier %1 has no file %2 waiting at the center.")
            .arg(dossierCode, sha256.left(12)));
}

Status CenterFileRepository::remove(qint64 dossierId, const QString& sha256)
{
    auto q = m_db.query(QStringLiteral("DELETE FROM center_files WHERE dossier_id = ?1 AND sha256 = ?2"),
                        QCoreApplication::translate("motcua::CenterFileRepository", "removing the center's file"));
    if (!q)
        return q.error();
    q->bind(1, dossierId).bind(2, sha256);
    return q->exec();
}

Result<qint64> CenterFileRepository::paperOf(const CenterFileRow& row)
{
    if (row.result || (row.paperIndex <= 0 && row.paperName.isEmpty()))
        return qint64(0);
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM dossier_components WHERE dossier_id = ?1 ORDER BY id"),
                        QCoreApplication::translate("motcua::CenterFileRepository", "reading the dossier's papers"));
    if (!q)
        return q.error();
    q->bind(1, row.dossierId);
    qint64 atPlace = 0;
    qint64 byName = 0;
    for (int place = 1; q->next(); ++place) {
        const bool named = row.paperName.isEmpty() || q->text(1) == row.paperName;
        if (place == row.paperIndex && named)
            atPlace = q->int64(0);
        if (byName == 0 && !row.paperName.isEmpty() && q->text(1) == row.paperName)
            byName = q->int64(0);
    }
    if (Status s = q->error(); !s)
        return s.error();
    return atPlace ? atPlace : byName;
}

} // namespace motcua
