-- MotCua Desk schema, version 2: intake decisions and printed forms (docs/domain.md#intake).

-- What the clerk asked for or why the dossier was turned away at the counter: one row per
-- missing or incomplete component of a supplement request (form 02, kind 'supplement'), or
-- one row with the reason of a refusal (form 03, kind 'refusal', component '').
CREATE TABLE dossier_intake_items (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('supplement', 'refusal')),
    ordinal    INTEGER NOT NULL,
    component  TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX dossier_intake_items_dossier ON dossier_intake_items(dossier_id, kind, ordinal);

-- The printed forms kept with the dossier (the receipt handed over is the one on file).
-- Generated PDFs are small (tens of kB) and can be made again, so they live in the
-- database, written in the same transaction as their audit row; scanned papers do not.
CREATE TABLE dossier_documents (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    form       TEXT NOT NULL CHECK (form IN ('01', '02', '03', '04', '05', '06')),
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    pdf        BLOB NOT NULL
);
CREATE INDEX dossier_documents_dossier ON dossier_documents(dossier_id, form, created_at);
