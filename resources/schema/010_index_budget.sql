-- MotCua Desk schema, version 10: fewer indexes on dossiers, so the database keeps its budget
-- (1.5 GB at 1,000,000 dossiers; README, "Performance"). Schemas 7 and 9 added wide indexes for
-- the Dossiers page and the report; four older ones had become redundant or nearly so. Every
-- query that used them was checked with EXPLAIN QUERY PLAN at 1,000,000 dossiers (the
-- Dossiers page's filters and keyset paging, search, the ledger, the report, the dashboard,
-- the benchmarks) and reads a range of a remaining index:
--
-- - dossiers_received (received_at): dossiers_report_received starts with received_at. Newest
--   first, the rows of one same second are ordered by id in a small sort (SQLite's "right part
--   of ORDER BY"), never the whole list.
-- - dossiers_department_received (department_id, received_at): dossiers_report_received holds
--   department_id, so a department's pages and per-day counts filter inside that index without
--   reading the table (the smallest department, 0.5 % of the dossiers, reads ~20,000 index
--   entries for a first page of 100).
-- - dossiers_state_appointment (state, appointment_at): due and overdue read dossiers_open_due
--   and dossiers_open; the Dossiers page's state filter reads dossiers_not_returned below,
--   unless it asks for returned dossiers (almost all of them), which it finds along received_at.
-- - dossiers_procedure (procedure_id): the catalogue triggers find a procedure's dossiers by its
--   code (dossiers_procedure_received), then by id.
-- - dossiers_received_by loses procedure_code: "the procedures you use most" reads the table rows
--   of the clerk's recent weeks (a few thousand) instead.
--
-- About 58 MB at 1,000,000 dossiers. Dropping an index frees its pages inside the file; SQLite
-- reuses them for new rows, and `motcuactl store compact` (VACUUM) hands them back to the disk.

DROP INDEX dossiers_received;
DROP INDEX dossiers_department_received;
DROP INDEX dossiers_state_appointment;
DROP INDEX dossiers_procedure;
DROP INDEX dossiers_received_by;
CREATE INDEX dossiers_received_by ON dossiers(received_by, received_at);

-- Dossiers in a state other than returned (12, DossierState::Returned): a few percent of the
-- table. Partial: a query uses it only when it says `state <> 12` word for word
-- (DossierRepository::page does when the filter leaves returned dossiers out).
CREATE INDEX dossiers_not_returned ON dossiers(state, received_at) WHERE state <> 12;

DROP TRIGGER procedure_components_keep_name_on_delete;
CREATE TRIGGER procedure_components_keep_name_on_delete BEFORE DELETE ON procedure_components BEGIN
    UPDATE dossier_papers SET name = old.name
    WHERE dossier_id IN (SELECT id FROM dossiers
                         WHERE procedure_code = (SELECT code FROM procedures WHERE id = old.procedure_id)
                           AND procedure_id = old.procedure_id)
      AND component_id = old.id AND name = '';
END;

DROP TRIGGER procedure_components_keep_name_on_rename;
CREATE TRIGGER procedure_components_keep_name_on_rename BEFORE UPDATE OF name ON procedure_components BEGIN
    UPDATE dossier_papers SET name = old.name
    WHERE dossier_id IN (SELECT id FROM dossiers
                         WHERE procedure_code = (SELECT code FROM procedures WHERE id = old.procedure_id)
                           AND procedure_id = old.procedure_id)
      AND component_id = old.id AND name = '';
END;
