#include "store/BulkDossierLoad.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

Result<bool> BulkDossierLoad::hasDossiers()
{
    auto q = m_db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM dossiers)"),
                        QCoreApplication::translate("motcua::BulkDossierLoad", "reading the dossiers"));
    if (!q)
        return q.error();
    const bool any = q->next() && q->integer(0) != 0;
    if (Status s = q->error(); !s)
        return s.error();
    return any;
}

Result<QHash<QString, std::pair<qint64, QString>>> BulkDossierLoad::departments()
{
    auto q = m_db.query(QStringLiteral("SELECT id, code, name FROM departments"),
                        QCoreApplication::translate("motcua::BulkDossierLoad", "reading the departments"));
    if (!q)
        return q.error();
    QHash<QString, std::pair<qint64, QString>> out;
    while (q->next())
        out.insert(q->text(1), {q->int64(0), q->text(2)});
    if (Status s = q->error(); !s)
        return s.error();
    return out;
}

Result<BulkDossierLoad::Inserts> BulkDossierLoad::inserts()
{
    Inserts out;
    const struct
    {
        sqlite3_stmt** stmt;
        const char16_t* sql;
    } statements[] = {
        {&out.dossier,
         u"INSERT INTO dossiers (id, code, procedure_id, procedure_code, procedure_name, department_id, channel, "
         u"state, applicant_type, applicant_name, name_folded, id_number, birth_date, gender, address, phone, email, "
         u"representative, sets, summary, notes, fee_total, received_at, appointment_at, appointment_rule, "
         u"finished_at, returned_at, received_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
         u"?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, '', ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)"},
        {&out.component,
         // Catalogue papers keep their name in the catalogue (schema 004_compact_papers).
         u"INSERT INTO dossier_papers (dossier_id, component_id, name, originals, certified_copies, photocopies, "
         u"provided) VALUES (?1, ?2, '', ?3, ?4, ?5, 1)"},
        {&out.fee, u"INSERT INTO dossier_fees (dossier_id, name, amount_vnd) VALUES (?1, ?2, ?3)"},
        {&out.event, u"INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, from_department, "
                     u"to_department, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
        {&out.audit, u"INSERT INTO audit_log (at, username, action, entity, entity_key, details) "
                     u"VALUES (?1, ?2, 'dossier.receive', 'dossier', ?3, ?4)"},
        {&out.outbox,
         u"INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, created_at, done_at) "
         u"VALUES ('dossier', ?1, ?2, ?3, ?4, ?5, ?5, ?6)"},
        {&out.block, u"INSERT INTO code_blocks (agency, day, first, last, next, source, created_at) "
                     u"VALUES (?1, ?2, 1, ?3, ?3 + 1, 'lease', ?4)"},
    };
    for (const auto& s : statements) {
        Statement& st = m_db.prepare(QString::fromUtf16(s.sql));
        if (!st.isValid())
            return m_db.lastError().error();
        *s.stmt = st.handle();
    }
    return out;
}

Result<QStringList> BulkDossierLoad::begin()
{
    QStringList rebuild;
    QStringList drops;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'trigger' "
                           "AND tbl_name = 'dossiers') OR (type = 'index' AND tbl_name IN ('dossiers', "
                           "'dossier_papers', 'dossier_events', 'dossier_fees', 'audit_log'))) ORDER BY type, name"),
            QCoreApplication::translate("motcua::BulkDossierLoad", "reading the database's indexes"));
        if (!q)
            return q.error();
        while (q->next()) {
            drops.append(QStringLiteral("DROP %1 %2;").arg(q->text(0).toUpper(), q->text(1)));
            rebuild.append(q->text(2) + QLatin1Char(';'));
        }
        if (Status s = q->error(); !s)
            return s.error();
    }
    if (Status s = m_db.execute(drops.join(QLatin1Char('\n'))); !s)
        return s.error();
    if (Status s = m_db.execute(QStringLiteral("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; "
                                               "PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144; "
                                               "PRAGMA temp_store=MEMORY;"));
        !s)
        return s.error();
    return rebuild;
}

Status BulkDossierLoad::finish(const QStringList& rebuild)
{
    // The rebuild merges its segments as it goes (FTS5's automerge, off for the saves at the
    // counter since schema 027), so the index comes out as compact as a built one.
    const Status restored =
        m_db.execute(QStringLiteral("BEGIN IMMEDIATE;\n") + rebuild.join(QLatin1Char('\n')) +
                     QStringLiteral("\nINSERT INTO dossiers_fts(dossiers_fts, rank) VALUES ('automerge', 4);\n"
                                    "INSERT INTO dossiers_fts(dossiers_fts) VALUES ('rebuild');\n"
                                    "INSERT INTO dossiers_fts(dossiers_fts, rank) VALUES ('automerge', 0);\n"
                                    "COMMIT;\nPRAGMA analysis_limit=1000;\nANALYZE;"));
    if (!restored)
        (void)m_db.execute(QStringLiteral("ROLLBACK")); // best effort: the error above is reported
    const Status pragmas = m_db.execute(QStringLiteral("PRAGMA cache_size=-2000; PRAGMA temp_store=DEFAULT; "
                                                       "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
                                                       "PRAGMA journal_mode=WAL;"));
    return !restored ? restored : pragmas;
}

Status BulkDossierLoad::markSentBefore(qint64 queuedFrom)
{
    auto known = m_db.query(QStringLiteral("INSERT OR IGNORE INTO portal_dossiers (code, acked_at) SELECT code, "
                                           "received_at FROM dossiers WHERE received_at < ?1 AND returned_at IS NULL"),
                            QCoreApplication::translate("motcua::BulkDossierLoad", "recording what the portal has"));
    if (!known)
        return known.error();
    if (Status s = known->bind(1, queuedFrom).exec(); !s)
        return s;
    auto cursor = m_db.query(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) SELECT 'history.cursor', CAST(coalesce(max(id), "
                       "0) AS TEXT) FROM dossier_events WHERE dossier_id < (SELECT coalesce(min(id), "
                       "9223372036854775807) FROM dossiers WHERE received_at >= ?1)"),
        QCoreApplication::translate("motcua::BulkDossierLoad", "recording what the portal has"));
    if (!cursor)
        return cursor.error();
    return cursor->bind(1, queuedFrom).exec();
}

} // namespace motcua
