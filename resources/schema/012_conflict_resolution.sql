-- MotCua Desk schema, version 12: how a sync conflict was resolved and by whom.
--
-- A clerk settles each conflict (schema 8, sync_conflicts) on the Sync page: 'portal' takes
-- the central decision (the dossier moves to the portal's state and a fresh dossier record is
-- queued so the older local one cannot overwrite it), 'local' keeps the change made here (the
-- queued record goes out as it is). resolved_at is set with them; rows are never deleted.
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT CHECK (resolution IN ('portal', 'local'));
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
