#include "store/DepartmentQueueRepository.h"

#include "store/Database.h"

namespace motcua {

Result<QList<QueueRow>> DepartmentQueueRepository::queue(const QStringList& departmentCodes)
{
    QList<QueueRow> out;
    if (departmentCodes.isEmpty())
        return out;
    QString placeholders;
    for (qsizetype i = 0; i < departmentCodes.size(); ++i)
        placeholders += (i ? QStringLiteral(", ?") : QStringLiteral("?")) + QString::number(i + 1);
    // The open states a department holds a dossier in: transferred, processing, supplement
    // requested or received, awaiting fees.
    Statement& st = m_db.prepare(
        QStringLiteral("SELECT d.id, d.code, d.procedure_name, h.to_department, dep.code, d.state, "
                       "h.received_at IS NOT NULL, d.received_at, d.appointment_at FROM dossier_handovers h "
                       "JOIN departments dep ON dep.id = h.to_department JOIN dossiers d ON d.id = h.dossier_id "
                       "WHERE dep.code IN (") +
        placeholders +
        QStringLiteral(") AND d.state IN (4, 5, 6, 7, 8) AND h.id = (SELECT max(l.id) FROM dossier_handovers l "
                       "WHERE l.dossier_id = d.id) ORDER BY d.appointment_at IS NULL, d.appointment_at, d.id"));
    if (!st.isValid())
        return m_db.lastError().error();
    for (qsizetype i = 0; i < departmentCodes.size(); ++i)
        st.bind(static_cast<int>(i + 1), departmentCodes.at(i));
    while (st.next()) {
        QueueRow r;
        r.id = st.int64(0);
        r.code = st.text(1);
        r.procedureName = st.text(2);
        r.departmentId = st.int64(3);
        r.departmentCode = st.text(4);
        r.state = static_cast<DossierState>(st.integer(5));
        r.takenUp = st.int64(6) != 0;
        r.receivedAt = QDateTime::fromSecsSinceEpoch(st.int64(7), Qt::UTC);
        if (!st.isNull(8))
            r.appointmentAt = QDateTime::fromSecsSinceEpoch(st.int64(8), Qt::UTC);
        out.append(r);
    }
    if (!st.error())
        return st.error().error();
    return out;
}

Result<QString> DepartmentQueueRepository::departmentCode(qint64 departmentId)
{
    if (departmentId <= 0)
        return QString();
    Statement& st = m_db.prepare(QStringLiteral("SELECT code FROM departments WHERE id = ?1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, departmentId);
    QString code;
    if (st.next())
        code = st.text(0);
    st.reset();
    return code;
}

} // namespace motcua
