-- MotCua Desk schema, version 11: scans kept before they are attachments (docs/architecture.md#scanning).
--
-- A scan made at the counter waits for its dossier. It is stored at once in the encrypted
-- attachment store (the file, named by its SHA-256 like every attachment) and named by a row
-- here, so that a crash or a restart loses it no more than the form's draft:
--   dossier_code NULL: a scan of the user's unfinished intake (intake_drafts); it goes with
--     the draft: discarded with it, and swept once the draft is gone.
--   dossier_code set: the dossier was recorded but attaching the scan failed (full disk, store
--     locked); it waits for "Retry" and is swept only if the dossier is gone.
-- A successful attach deletes the row in the same commit as the attachments row.
CREATE TABLE kept_scans (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL COLLATE NOCASE,
    dossier_code TEXT,
    component_id INTEGER NOT NULL DEFAULT 0, -- the procedure's component; 0: "other papers"
    paper_name   TEXT NOT NULL,
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    page_count   INTEGER NOT NULL DEFAULT 0,
    added_at     INTEGER NOT NULL
);
CREATE INDEX kept_scans_user ON kept_scans(username, id);
CREATE INDEX kept_scans_sha256 ON kept_scans(sha256);
