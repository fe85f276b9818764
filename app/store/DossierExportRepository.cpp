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
        Statement& st = m_db.prepare(sql);
        if (!st.isValid())
            return m_db.storageError(
                QCoreApplication::translate("motcua::DossierExportRepository", "reading the dossier list"));
        st.bind(1, id);
        if (st.next()) {
            DossierExportRow r;
            r.id = st.int64(0);
            r.code = st.text(1);
            r.procedureCode = st.text(2);
            r.departmentCode = st.text(3);
            r.departmentName = st.text(4);
            r.channel = static_cast<Channel>(st.integer(5));
            r.state = static_cast<DossierState>(st.integer(6));
            r.receivedAt = st.int64(7);
            r.appointmentAt = st.int64(8);
            r.finishedAt = st.isNull(9) ? 0 : st.int64(9);
            r.returnedAt = st.isNull(10) ? 0 : st.int64(10);
            r.applicantName = st.text(11);
            r.idNumber = st.text(12);
            r.phone = st.text(13);
            r.address = st.text(14);
            out.append(r);
        }
        if (!st.error())
            return st.error().error();
        st.reset();
    }
    return out;
}

} // namespace motcua
