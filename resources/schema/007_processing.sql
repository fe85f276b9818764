-- MotCua Desk schema, version 7: processing across departments (docs/domain.md#after-intake).

-- Hand-overs of the paper dossier between the counter and a department, or between two
-- departments: the processing control slip (form 05) prints one row per hand-over with the
-- time and the person on both sides. A department of NULL is the counter. Names are copied at
-- the time so a later rename of an account does not rewrite a signed slip.
CREATE TABLE dossier_handovers (
    id               INTEGER PRIMARY KEY,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    event_id         INTEGER NOT NULL REFERENCES dossier_events(id) ON DELETE CASCADE,
    from_department  INTEGER REFERENCES departments(id),
    to_department    INTEGER REFERENCES departments(id),
    handed_at        INTEGER NOT NULL,
    handed_by        TEXT NOT NULL,
    handed_by_name   TEXT NOT NULL DEFAULT '',
    received_at      INTEGER,          -- NULL while in transit
    received_by      TEXT NOT NULL DEFAULT '',
    received_by_name TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    CHECK (from_department IS NOT to_department)
);
CREATE INDEX dossier_handovers_dossier ON dossier_handovers(dossier_id, id);

-- Supplements requested during processing. The clock is paused from requested_at to
-- received_at; the appointment moves by the working time in between (paused_seconds).
-- items: JSON array of {"component": ..., "reason": ...}.
CREATE TABLE dossier_supplements (
    id                 INTEGER PRIMARY KEY,
    dossier_id         INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    requested_at       INTEGER NOT NULL,
    requested_by       TEXT NOT NULL,
    items              TEXT NOT NULL DEFAULT '[]',
    received_at        INTEGER,
    received_by        TEXT NOT NULL DEFAULT '',
    paused_seconds     INTEGER NOT NULL DEFAULT 0,
    appointment_before INTEGER,
    appointment_after  INTEGER
);
CREATE INDEX dossier_supplements_dossier ON dossier_supplements(dossier_id, id);

-- The hand-back of the result to the applicant: who collected it (name and ID number as on
-- the paper they showed), which result papers, whether the fees were settled. One per dossier.
CREATE TABLE dossier_returns (
    dossier_id          INTEGER PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE,
    collected_at        INTEGER NOT NULL,
    collector_name      TEXT NOT NULL,
    collector_id_number TEXT NOT NULL,
    result_papers       TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    fees_settled        INTEGER NOT NULL DEFAULT 0,
    returned_by         TEXT NOT NULL,
    note                TEXT NOT NULL DEFAULT ''
);

-- Apology letters for late dossiers (form 04) and the new appointment each gave.
CREATE TABLE dossier_apologies (
    id                 INTEGER PRIMARY KEY,
    dossier_id         INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    at                 INTEGER NOT NULL,
    username           TEXT NOT NULL,
    appointment_before INTEGER NOT NULL,
    appointment_after  INTEGER NOT NULL,
    reason             TEXT NOT NULL
);
CREATE INDEX dossier_apologies_dossier ON dossier_apologies(dossier_id, id);

-- The Dossiers page filters by procedure (any catalogue version: by code), newest first. Without
-- this index a rare procedure scans the whole received_at index (~2 s for 21 of 1,000,000
-- dossiers); with it every procedure's first page is a range seek. About 30 MB at 1,000,000.
CREATE INDEX dossiers_procedure_received ON dossiers(procedure_code, received_at);

-- Due today and overdue (DossierFilter): open dossiers whose clock runs (DossierState received 2,
-- transferred 4, processing 5, supplement received 7, awaiting fees 8; the list must match
-- DossierFilter::openRunningStates(), whose query names them the same way). A few thousand rows
-- of 1,000,000, so the index is small, and it covers the sort: the first page of "overdue" reads
-- only its 100 rows from the table.
CREATE INDEX dossiers_open_due ON dossiers(appointment_at, department_id, received_at, state)
WHERE state IN (2, 4, 5, 7, 8);
