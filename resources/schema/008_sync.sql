-- Schema 8: the sync engine's state (app/sync). The outbox itself exists since schema 1.
-- Timestamps are INTEGER seconds since the Unix epoch, UTC.

-- Attachment uploads resume from the last offset the portal acknowledged; updated_at tells
-- how long an item has been in its state (guard rail: items stuck longer than configured).
ALTER TABLE outbox ADD COLUMN acked_offset INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN updated_at INTEGER;
UPDATE outbox SET updated_at = created_at;
CREATE INDEX outbox_kind_order ON outbox(kind, state, id);
-- Older sends of one dossier are superseded when a newer one is acknowledged, and a central
-- decision looks for unsent local changes: both by dossier code.
CREATE INDEX outbox_entity ON outbox(entity_key, kind);

-- Back-off per kind of work (dossier, history, attachment, catalogue, status, lease), so one
-- failing kind never blocks another. failures = consecutive transport failures.
CREATE TABLE sync_kinds (
    kind            TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    last_success_at INTEGER
) WITHOUT ROWID;

-- Small named values: 'paused' ('0'/'1'), 'last_success' (epoch), 'status.cursor' (the
-- portal's cursor for status changes), 'history.cursor' (last dossier_events.id queued
-- for CapNhatTienDoHoSoMC), 'catalogue.pulled_at', 'alarm' (a TLS alarm text).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Dossiers the portal has acknowledged at least once: later sends are updates
-- (isUpdating "True") and their history rows may go.
CREATE TABLE portal_dossiers (
    code     TEXT PRIMARY KEY,
    acked_at INTEGER NOT NULL
) WITHOUT ROWID;

-- A status decided centrally that disagrees with a local change not yet sent: both are kept
-- and shown, never silently overwritten (docs/architecture.md#sync).
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,
    dossier_code TEXT NOT NULL,
    local_state  INTEGER NOT NULL,
    portal_state INTEGER NOT NULL,     -- national TrangThaiHoSo code
    portal_json  TEXT NOT NULL,        -- the portal's record as received
    detected_at  INTEGER NOT NULL,
    resolved_at  INTEGER
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, dossier_code);

-- History rows already in the outbox start after the newest event of a dossier that the
-- portal has (a done dossier item); events of dossiers still queued are fed again.
INSERT INTO sync_state (key, value)
SELECT 'history.cursor', CAST(coalesce(
    (SELECT min(e.id) - 1 FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.code IN (SELECT entity_key FROM outbox WHERE kind = 'dossier' AND state <> 'done')),
    (SELECT max(id) FROM dossier_events), 0) AS TEXT);

INSERT INTO portal_dossiers (code, acked_at)
SELECT entity_key, max(coalesce(done_at, created_at)) FROM outbox
 WHERE kind = 'dossier' AND state = 'done' GROUP BY entity_key;
