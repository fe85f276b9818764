-- Reference portal schema, version 3: what arrived at the national-shape endpoint
-- (/qg/mapi/login, /qg/mapi/g), kept apart from the workstation protocol's tables.

-- One record per MaHoSo, as last sent (DongBoHoSoMC), with how often it was added and updated.
CREATE TABLE national_dossiers (
    ma_hoso     TEXT PRIMARY KEY,
    madonvi     TEXT NOT NULL,
    trang_thai  TEXT NOT NULL,
    data        TEXT NOT NULL,
    adds        INTEGER NOT NULL DEFAULT 1,
    updates     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Progress rows (CapNhatTienDoHoSoMC). The national rows carry no id of their own, so a row is
-- known by the SHA-256 of its canonical JSON: a resent row is counted, not stored twice.
CREATE TABLE national_history (
    id          INTEGER PRIMARY KEY,
    ma_hoso     TEXT NOT NULL,
    row_key     TEXT NOT NULL UNIQUE,
    data        TEXT NOT NULL,
    receipts    INTEGER NOT NULL DEFAULT 1,
    received_at INTEGER NOT NULL
);
CREATE INDEX national_history_dossier ON national_history(ma_hoso, id);
