#include "store/DossierExportRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

DossierExportRepository::DossierExportRepository(Database& db)
    : m_db(db)
{}

Result<QList<DossierExportRow>> DossierExportRepository::rows(const QList<qint64>& ids, bool personal)
{
    const QString sql =
        QStringLiteral(
            "SELECT d.id, d.code, d.procedure_code, coalesce(p.code, ''), coalesce(p.name, ''), d.channel, d.state, "
            "d.received_at, d.appointment_at, d.finished_at, d.returned_at, %1 "
            "FROM dossiers d LEFT JOIN departments p ON p.id = d.department_id WHERE d.id = ?1")
            .arg(personal ? QStringLiteral("d.applicant_name, d.id_number, d.phone, d.address")
                          : QStringLiteral("'', '', '', ''"));
    QList<DossierExportRow> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto q =
            m_db.query(sql, QCoreApplication::translate("motcua::DossierExportRepository", "reading the dossier list"));
        if (!q)
            return q.error();
        q->bind(1, id);
        if (q->next()) {
            DossierExportRow r;
            r.id = q->int64(0);
            r.code = q->text(1);
            r.procedureCode = q->text(2);
            r.departmentCode = q->text(3);
            r.departmentName = q->text(4);
            r.channel = static_cast<Channel>(q->integer(5));
            r.state = static_cast<DossierState>(q->integer(6));
            r.receivedAt = q->int64(7);
            r.appointmentAt = q->int64(8);
            r.finishedAt = q->isNull(9) ? 0 : q->int64(9);
            r.returnedAt = q->isNull(10) ? 0 : q->int64(10);
            r.applicantName = q->text(11);
            r.idNumber = q->text(12);
            r.phone = q->text(13);
            r.address = q->text(14);
            out.append(r);
        }
        if (!q->error())
            return q->error().error();
    }
    return out;
}

} // namespace motcua
