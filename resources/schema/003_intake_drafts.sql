-- MotCua Desk schema, version 3: intake drafts and the clerk's most-used procedures.

-- The unfinished intake of each user, autosaved while the clerk types so that a crash or a
-- restart loses nothing (issue "Counter intake", draft safety). One row per user; the payload
-- is the form as JSON (see IntakeAssistant). It holds personal data like the dossiers table
-- and lives in the same database; it is deleted when the dossier is received or discarded.
CREATE TABLE intake_drafts (
    username TEXT PRIMARY KEY COLLATE NOCASE,
    saved_at INTEGER NOT NULL,
    payload  TEXT NOT NULL
) WITHOUT ROWID;

-- "Most-used procedures of this clerk first": a covering index for the GROUP BY over one
-- clerk's recent dossiers.
CREATE INDEX dossiers_received_by ON dossiers(received_by, received_at, procedure_code);
