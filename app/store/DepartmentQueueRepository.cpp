#include "store/DepartmentQueueRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

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
    auto q = m_db.query(
        QStringLiteral("SELECT d.id, d.code, d.procedure_name, h.to_department, dep.code, d.state, "
                       "h.received_at IS NOT NULL, d.received_at, d.appointment_at FROM dossier_handovers h "
                       "JOIN departments dep ON dep.id = h.to_department JOIN dossiers d ON d.id = h.dossier_id "
                       "WHERE dep.code IN (") +
            placeholders +
            QStringLiteral(") AND d.state IN (4, 5, 6, 7, 8) AND h.id = (SELECT max(l.id) FROM dossier_handovers l "
                           "WHERE l.dossier_id = d.id) ORDER BY d.appointment_at IS NULL, d.appointment_at, d.id"),
        QCoreApplication::translate("motcua::DepartmentQueueRepository", "reading the department's dossiers"));
    if (!q)
        return q.error();
    for (qsizetype i = 0; i < departmentCodes.size(); ++i)
        q->bind(static_cast<int>(i + 1), departmentCodes.at(i));
    while (q->next()) {
        QueueRow r;
        r.id = q->int64(0);
        r.code = q->text(1);
        r.procedureName = q->text(2);
        r.departmentId = q->int64(3);
        r.departmentCode = q->text(4);
        r.state = static_cast<DossierState>(q->integer(5));
        r.takenUp = q->int64(6) != 0;
        r.receivedAt = QDateTime::fromSecsSinceEpoch(q->int64(7), Qt::UTC);
        if (!q->isNull(8))
            r.appointmentAt = QDateTime::fromSecsSinceEpoch(q->int64(8), Qt::UTC);
        out.append(r);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<QString> DepartmentQueueRepository::departmentCode(qint64 departmentId)
{
    if (departmentId <= 0)
        return QString();
    auto q = m_db.query(QStringLiteral("SELECT code FROM departments WHERE id = ?1"),
                        QCoreApplication::translate("motcua::DepartmentQueueRepository", "reading the departments"));
    if (!q)
        return q.error();
    q->bind(1, departmentId);
    QString code;
    if (q->next())
        code = q->text(0);
    return code;
}

} // namespace motcua
