-- Online submissions pulled from the national portal (CenterOnlinePull). Until a clerk accepts
-- one, its dossier's ma_hoso is the online reference; ma_truc_tuyen keeps the reference after
-- the dossier is given a code in the center's numbering.
ALTER TABLE dossiers ADD COLUMN ma_truc_tuyen text;
CREATE UNIQUE INDEX dossiers_online ON dossiers (ma_truc_tuyen) WHERE ma_truc_tuyen IS NOT NULL;

-- The puller's own state: one row. cursor is the national portal's MocTiep, moved in the same
-- transaction as the submission stored, so a pull cut off anywhere resumes without a double.
CREATE TABLE online_pull (
    id         integer PRIMARY KEY CHECK (id = 1),
    cursor     bigint NOT NULL DEFAULT 0,
    pulled     bigint NOT NULL DEFAULT 0,
    failures   integer NOT NULL DEFAULT 0,
    last_error text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL DEFAULT 0
);
INSERT INTO online_pull (id) VALUES (1);
