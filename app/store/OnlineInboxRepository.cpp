#include "store/OnlineInboxRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace motcua {

OnlineInboxRepository::OnlineInboxRepository(Database& db)
    : m_db(db)
{}

Result<QList<OnlineWaitingRow>> OnlineInboxRepository::waiting()
{
    auto q = m_db.query(
        QStringLiteral(
            "SELECT id, code, online_ref, applicant_name, procedure_code, procedure_name, submitted_at FROM dossiers "
            "WHERE state = ?1 AND online_ref IS NOT NULL ORDER BY CAST(submitted_at AS INTEGER), id"),
        QCoreApplication::translate("motcua::OnlineInboxRepository", "reading the dossiers submitted online"));
    if (!q)
        return q.error();
    q->bind(1, static_cast<int>(DossierState::Submitted));
    QList<OnlineWaitingRow> out;
    while (q->next()) {
        OnlineWaitingRow r;
        r.id = q->int64(0);
        r.code = q->text(1);
        r.onlineRef = q->text(2);
        r.applicantName = q->text(3);
        r.procedureCode = q->text(4);
        r.procedureName = q->text(5);
        r.submittedAt = q->dateTime(6);
        out.append(r);
    }
    if (Status s = q->error(); !s)
        return s.error();
    return out;
}

Status OnlineInboxRepository::setPapersProvided(qint64 dossierId, const QList<bool>& provided)
{
    auto ids = m_db.query(QStringLiteral("SELECT id FROM dossier_papers WHERE dossier_id = ?1 ORDER BY id"),
                          QCoreApplication::translate("motcua::OnlineInboxRepository", "reading the dossier's papers"));
    if (!ids)
        return ids.error();
    ids->bind(1, dossierId);
    QList<qint64> rows;
    while (ids->next())
        rows.append(ids->int64(0));
    if (Status s = ids->error(); !s)
        return s;
    if (rows.size() != provided.size()) {
        return Error::badInput(
            QCoreApplication::translate("motcua::OnlineInboxRepository",
                                        "The dossier declares %1 papers, but %2 were ticked or left.")
                .arg(rows.size())
                .arg(provided.size()));
    }
    for (int i = 0; i < rows.size(); ++i) {
        auto upd =
            m_db.query(QStringLiteral("UPDATE dossier_papers SET provided = ?1 WHERE id = ?2"),
                       QCoreApplication::translate("motcua::OnlineInboxRepository", "saving the papers provided"));
        if (!upd)
            return upd.error();
        upd->bind(1, provided.at(i) ? 1 : 0).bind(2, rows.at(i));
        if (Status s = upd->exec(); !s)
            return s;
    }
    return {};
}

Status OnlineInboxRepository::decide(qint64 dossierId, const QString& reference, const OnlineDecisionRow& row)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE dossiers SET code = ?2, state = ?3, received_at = ?4, appointment_at = ?5, "
                       "appointment_rule = ?6, finished_at = ?7, received_by = ?8, updated_at = ?9 "
                       "WHERE id = ?1 AND state = ?10 AND online_ref IS NOT NULL"),
        QCoreApplication::translate("motcua::OnlineInboxRepository", "saving the decision on the online dossier"));
    if (!q)
        return q.error();
    q->bind(1, dossierId)
        .bind(2, row.code)
        .bind(3, static_cast<int>(row.state))
        .bind(4, row.receivedAt)
        .bind(5, row.appointmentAt)
        .bind(6, row.appointmentRule.isNull() ? QStringLiteral("") : row.appointmentRule)
        .bind(7, row.finishedAt)
        .bind(8, row.receivedBy)
        .bind(9, row.updatedAt)
        .bind(10, static_cast<int>(DossierState::Submitted));
    if (Status s = q->exec(); !s) {
        if (sqlite3_extended_errcode(m_db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return Error::conflict(
                QCoreApplication::translate("motcua::OnlineInboxRepository", "A dossier with code %1 already exists.")
                    .arg(row.code));
        return s;
    }
    if (m_db.changes() != 1) {
        return Error::conflict(
            QCoreApplication::translate("motcua::OnlineInboxRepository",
                                        "The online dossier %1 is no longer waiting: it was decided already.")
                .arg(reference));
    }
    return {};
}

} // namespace motcua
