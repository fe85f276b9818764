#include "store/QualityRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

QualityRepository::QualityRepository(Database& db)
    : m_db(db)
{}

Result<QList<QualityDossier>> QualityRepository::facts(qint64 start, qint64 end, std::optional<qint64> departmentId)
{
    // Three indexed ranges (received_at, finished_at, returned_at; migration 009), one row per
    // dossier. Papers count when handed in (provided); a file attached to the paper (scanned or
    // imported here) makes it digitized, a checklist tick alone does not. Result files are the
    // attachments marked as the result (schema 018).
    const QString sql = QStringLiteral(
        "SELECT d.id, d.code, d.department_id, d.channel, d.state, d.received_at, d.appointment_at, "
        "d.finished_at, d.returned_at, d.fee_total, "
        "(SELECT count(*) FROM dossier_supplements s WHERE s.dossier_id = d.id), "
        "(SELECT count(*) FROM dossier_papers p WHERE p.dossier_id = d.id AND p.provided <> 0), "
        "(SELECT count(*) FROM dossier_papers p WHERE p.dossier_id = d.id AND p.provided <> 0 AND EXISTS "
        "(SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.paper_id = p.id)), "
        "(SELECT count(*) FROM attachments a WHERE a.dossier_id = d.id AND a.result <> 0), d.id_from_qr "
        "FROM dossiers d WHERE d.id IN ("
        "SELECT id FROM dossiers WHERE received_at >= ?1 AND received_at < ?2 "
        "UNION SELECT id FROM dossiers WHERE finished_at >= ?1 AND finished_at < ?2 "
        "UNION SELECT id FROM dossiers WHERE returned_at >= ?1 AND returned_at < ?2) "
        "AND d.state NOT IN (1, 3) AND (?3 IS NULL OR d.department_id = ?3) ORDER BY d.received_at, d.id");
    auto q = m_db.query(
        sql, QCoreApplication::translate("motcua::QualityRepository", "reading the service-quality figures"));
    if (!q)
        return q.error();
    q->bind(1, start).bind(2, end);
    if (departmentId)
        q->bind(3, *departmentId);
    else
        q->bindNull(3);
    QList<QualityDossier> out;
    while (q->next()) {
        QualityDossier d;
        d.id = q->int64(0);
        d.code = q->text(1);
        d.departmentId = q->int64(2);
        d.channel = static_cast<Channel>(q->integer(3));
        d.state = static_cast<DossierState>(q->integer(4));
        d.receivedAt = q->int64(5);
        d.appointmentAt = q->int64(6);
        d.finishedAt = q->isNull(7) ? 0 : q->int64(7);
        d.returnedAt = q->isNull(8) ? 0 : q->int64(8);
        d.feeTotal = q->int64(9);
        d.supplementRequests = q->integer(10);
        d.papersProvided = q->integer(11);
        d.papersWithFile = q->integer(12);
        d.resultFiles = q->integer(13);
        d.idFromQr = q->integer(14) != 0;
        out.append(d);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

} // namespace motcua
