-- MotCua Desk schema, version 1.
-- Timestamps are INTEGER seconds since the Unix epoch, UTC. Dates are TEXT 'YYYY-MM-DD'.
-- Text used for search is stored folded (NFD, marks dropped, đ→d, lower case) by the app.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,          -- "pbkdf2-sha256$iterations$salt_b64$hash_b64"
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER
);

-- Catalogue imports: each is a version with an effective date.
CREATE TABLE catalogue_versions (
    id             INTEGER PRIMARY KEY,
    effective_from TEXT NOT NULL,
    imported_at    INTEGER NOT NULL,
    imported_by    TEXT NOT NULL,
    source         TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    departments    INTEGER NOT NULL,
    procedures     INTEGER NOT NULL
);

CREATE TABLE departments (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    short_name     TEXT NOT NULL DEFAULT '',
    ordinal        INTEGER NOT NULL DEFAULT 0,
    effective_from TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1
);

-- One row per procedure per catalogue version; the current one has the latest
-- effective_from not after today.
CREATE TABLE procedures (
    id             INTEGER PRIMARY KEY,
    version_id     INTEGER NOT NULL REFERENCES catalogue_versions(id),
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    search_text    TEXT NOT NULL,          -- folded code + name + field + department
    field          TEXT NOT NULL DEFAULT '',
    department_id  INTEGER NOT NULL REFERENCES departments(id),
    level          TEXT NOT NULL DEFAULT '',
    decision       TEXT NOT NULL DEFAULT '',
    results        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    legal_basis    TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    receive_cutoff TEXT,                       -- 'HH:MM' or NULL
    effective_from TEXT NOT NULL,
    UNIQUE (code, effective_from)
);
CREATE INDEX procedures_department ON procedures(department_id);

CREATE TABLE procedure_channels (
    id           INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
    channel      INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
    time_value   REAL NOT NULL,
    time_unit    TEXT NOT NULL CHECK (time_unit IN ('working_days', 'working_hours', 'calendar_days')),
    description  TEXT NOT NULL DEFAULT '',
    fees         TEXT NOT NULL DEFAULT '[]' -- JSON array of {name, amount_vnd|null, raw}
);
CREATE INDEX procedure_channels_procedure ON procedure_channels(procedure_id);

CREATE TABLE procedure_components (
    id               INTEGER PRIMARY KEY,
    procedure_id     INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    name             TEXT NOT NULL,
    originals        INTEGER NOT NULL DEFAULT 0,
    certified_copies INTEGER NOT NULL DEFAULT 0,
    photocopies      INTEGER NOT NULL DEFAULT 0,
    form_template    TEXT NOT NULL DEFAULT '',
    required         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX procedure_components_procedure ON procedure_components(procedure_id);

-- Work calendar: dated rows. kind: holiday, compensatory (day off in exchange), working
-- (a weekend day declared a working day). A year with no confirmed rows uses the
-- lunar-calendar proposal until an administrator confirms it.
CREATE TABLE calendar_days (
    date         TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'working')),
    name         TEXT NOT NULL DEFAULT '',
    confirmed_by TEXT NOT NULL DEFAULT '',
    confirmed_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE dossiers (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    procedure_id      INTEGER NOT NULL REFERENCES procedures(id),
    procedure_code    TEXT NOT NULL,
    procedure_name    TEXT NOT NULL,
    department_id     INTEGER NOT NULL REFERENCES departments(id),
    channel           INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
    state             INTEGER NOT NULL,    -- DossierState
    applicant_type    INTEGER NOT NULL CHECK (applicant_type BETWEEN 1 AND 4),
    applicant_name    TEXT NOT NULL,
    name_folded       TEXT NOT NULL,
    id_number         TEXT NOT NULL DEFAULT '',
    birth_date        TEXT NOT NULL DEFAULT '',
    gender            TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    representative    TEXT NOT NULL DEFAULT '',
    sets              INTEGER NOT NULL DEFAULT 1,
    summary           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    fee_total         INTEGER NOT NULL DEFAULT 0,
    received_at       INTEGER NOT NULL,
    appointment_at    INTEGER NOT NULL,
    appointment_rule  TEXT NOT NULL DEFAULT '',
    finished_at       INTEGER,
    returned_at       INTEGER,
    received_by       TEXT NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX dossiers_id_number ON dossiers(id_number) WHERE id_number <> '';
CREATE INDEX dossiers_phone ON dossiers(phone) WHERE phone <> '';
CREATE INDEX dossiers_received ON dossiers(received_at);
CREATE INDEX dossiers_department_received ON dossiers(department_id, received_at);
CREATE INDEX dossiers_state_appointment ON dossiers(state, appointment_at);

-- Applicant names, folded, for search without diacritics ("dang van duc" → "Đặng Văn Đức").
CREATE VIRTUAL TABLE dossiers_fts USING fts5(
    name_folded, content = 'dossiers', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN
    INSERT INTO dossiers_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN
    INSERT INTO dossiers_fts(dossiers_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
END;
CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF name_folded ON dossiers BEGIN
    INSERT INTO dossiers_fts(dossiers_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
    INSERT INTO dossiers_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;

CREATE TABLE dossier_components (
    id               INTEGER PRIMARY KEY,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    component_id     INTEGER,              -- NULL for "other papers"
    name             TEXT NOT NULL,
    originals        INTEGER NOT NULL DEFAULT 0,
    certified_copies INTEGER NOT NULL DEFAULT 0,
    photocopies      INTEGER NOT NULL DEFAULT 0,
    provided         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dossier_components_dossier ON dossier_components(dossier_id);

CREATE TABLE dossier_fees (
    id              INTEGER PRIMARY KEY,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    amount_vnd      INTEGER NOT NULL,
    override_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_fees_dossier ON dossier_fees(dossier_id);

-- History: one row per step (national CapNhatTienDoHoSoMC rows).
CREATE TABLE dossier_events (
    id              INTEGER PRIMARY KEY,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    at              INTEGER NOT NULL,
    username        TEXT NOT NULL,
    from_state      INTEGER,
    to_state        INTEGER NOT NULL,
    from_department INTEGER REFERENCES departments(id),
    to_department   INTEGER REFERENCES departments(id),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_events_dossier ON dossier_events(dossier_id, at);

-- Dossier code numbering (see DossierCodeAllocator): blocks of sequence numbers per
-- agency and day, leased from the center while online or taken from this station's
-- fallback range while offline. `next` is the next unused number in the block.
CREATE TABLE code_blocks (
    id          INTEGER PRIMARY KEY,
    agency      TEXT NOT NULL,
    day         TEXT NOT NULL,          -- 'yyMMdd', Vietnam time
    first       INTEGER NOT NULL,
    last        INTEGER NOT NULL,
    next        INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('lease', 'fallback')),
    created_at  INTEGER NOT NULL,
    CHECK (first <= last AND next BETWEEN first AND last + 1)
);
CREATE INDEX code_blocks_agency_day ON code_blocks(agency, day);

-- Audit trail: one row per user-visible change, in the same transaction as the change.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    username   TEXT NOT NULL,
    action     TEXT NOT NULL,          -- 'dossier.create', 'catalogue.import', ...
    entity     TEXT NOT NULL,          -- 'dossier', 'catalogue', 'user', 'calendar'
    entity_key TEXT NOT NULL,          -- dossier code, username, year, ...
    details    TEXT NOT NULL DEFAULT '{}' -- JSON, never personal data
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);

-- Work for the portal, written in the same transaction as the change it reports.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,       -- 'dossier', 'history', 'attachment', ...
    entity_key      TEXT NOT NULL,
    payload         TEXT NOT NULL,       -- JSON
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'in_flight', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    done_at         INTEGER
);
CREATE INDEX outbox_pending ON outbox(state, kind, next_attempt_at);
