#include "store/SyncConflictRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

Result<std::optional<DossierAtDecision>> SyncConflictRepository::dossier(const QString& code)
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, state, department_id FROM dossiers WHERE code = ?1"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "reading the dossier the portal decided"));
    if (!q)
        return q.error();
    q->bind(1, code);
    if (q->next())
        return std::optional<DossierAtDecision>(DossierAtDecision{q->int64(0), q->integer(1), q->int64(2)});
    if (Status s = q->error(); !s)
        return s.error();
    return std::optional<DossierAtDecision>();
}

Status SyncConflictRepository::bookDecision(qint64 dossierId, qint64 department, int fromState, int toState,
                                            const QDateTime& finishedAt, const QDateTime& returnedAt,
                                            const QDateTime& decidedAt, const QString& username, const QString& note,
                                            const QDateTime& now)
{
    auto upd =
        m_db.query(QStringLiteral("UPDATE dossiers SET state = ?1, finished_at = coalesce(?2, finished_at), "
                                  "returned_at = coalesce(?3, returned_at), updated_at = ?4 WHERE id = ?5"),
                   QCoreApplication::translate("motcua::SyncConflictRepository", "booking the portal's decision"));
    if (!upd)
        return upd.error();
    if (Status s = upd->bind(1, toState).bind(2, finishedAt).bind(3, returnedAt).bind(4, now).bind(5, dossierId).exec();
        !s)
        return s;
    auto ev =
        m_db.query(QStringLiteral("INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, "
                                  "from_department, to_department, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)"),
                   QCoreApplication::translate("motcua::SyncConflictRepository", "booking the portal's decision"));
    if (!ev)
        return ev.error();
    return ev->bind(1, dossierId)
        .bind(2, decidedAt)
        .bind(3, username)
        .bind(4, fromState)
        .bind(5, toState)
        .bind(6, department)
        .bind(7, note)
        .exec();
}

Result<bool> SyncConflictRepository::hasUnsentRecord(const QString& code)
{
    auto q = m_db.query(
        QStringLiteral("SELECT 1 FROM outbox WHERE kind = 'dossier' AND entity_key = ?1 AND state <> 'done' LIMIT 1"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "reading the dossier's pending record"));
    if (!q)
        return q.error();
    q->bind(1, code);
    if (q->next())
        return true;
    if (Status s = q->error(); !s)
        return s.error();
    return false;
}

Result<bool> SyncConflictRepository::hasOpenConflict(const QString& code, int portalState)
{
    auto q = m_db.query(
        QStringLiteral("SELECT 1 FROM sync_conflicts WHERE dossier_code = ?1 AND portal_state = ?2 "
                       "AND resolved_at IS NULL"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "reading the synchronisation conflicts"));
    if (!q)
        return q.error();
    q->bind(1, code).bind(2, portalState);
    if (q->next())
        return true;
    if (Status s = q->error(); !s)
        return s.error();
    return false;
}

Status SyncConflictRepository::insertConflict(const QString& code, int localState, int portalState,
                                              const QString& portalJson, const QDateTime& now)
{
    auto q = m_db.query(
        QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, "
                       "portal_json, detected_at) VALUES (?1, ?2, ?3, ?4, ?5)"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "recording a synchronisation conflict"));
    if (!q)
        return q.error();
    return q->bind(1, code).bind(2, localState).bind(3, portalState).bind(4, portalJson).bind(5, now).exec();
}

Result<QList<ConflictRow>> SyncConflictRepository::openConflicts()
{
    auto q = m_db.query(
        QStringLiteral("SELECT c.id, c.dossier_code, d.applicant_name, coalesce(d.state, "
                       "c.local_state), c.portal_state, c.portal_json, c.detected_at, d.id IS NOT "
                       "NULL, c.local_state FROM sync_conflicts c LEFT JOIN dossiers d ON d.code = "
                       "c.dossier_code WHERE c.resolved_at IS NULL ORDER BY c.detected_at, c.id"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "reading the synchronisation conflicts"));
    if (!q)
        return q.error();
    QList<ConflictRow> out;
    while (q->next()) {
        ConflictRow c;
        c.id = q->int64(0);
        c.dossierCode = q->text(1);
        c.applicant = q->text(2);
        c.state = q->integer(3);
        c.portalState = q->integer(4);
        c.portalJson = q->text(5);
        c.detectedAt = q->dateTime(6);
        c.dossierExists = q->integer(7) != 0;
        c.localStateAtDetection = q->integer(8);
        out.append(c);
    }
    if (Status s = q->error(); !s)
        return s.error();
    return out;
}

Result<std::optional<ConflictRecord>> SyncConflictRepository::conflict(qint64 id)
{
    auto q = m_db.query(
        QStringLiteral("SELECT dossier_code, portal_state, portal_json, resolved_at IS NOT NULL FROM "
                       "sync_conflicts WHERE id = ?1"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "reading the synchronisation conflicts"));
    if (!q)
        return q.error();
    q->bind(1, id);
    if (q->next())
        return std::optional<ConflictRecord>(ConflictRecord{q->text(0), q->integer(1), q->text(2), q->integer(3) != 0});
    if (Status s = q->error(); !s)
        return s.error();
    return std::optional<ConflictRecord>();
}

Status SyncConflictRepository::markResolved(qint64 id, const QString& resolution, const QString& username,
                                            const QDateTime& now)
{
    auto q = m_db.query(
        QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?1, resolution = ?2, resolved_by = ?3 "
                       "WHERE id = ?4 AND resolved_at IS NULL"),
        QCoreApplication::translate("motcua::SyncConflictRepository", "settling the synchronisation conflict"));
    if (!q)
        return q.error();
    return q->bind(1, now).bind(2, resolution).bind(3, username).bind(4, id).exec();
}

} // namespace motcua
