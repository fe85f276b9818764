-- Reference portal (motcua-portal) schema, version 1. Separate from the workstation's schema.
-- Timestamps are INTEGER seconds since the Unix epoch, UTC. Portal dates (as received on the
-- wire) are TEXT 'yyyyMMddHHmmss' in Vietnam time, so a day is the prefix 'yyyyMMdd'.

-- Dossiers as the counters sent them (DongBoHoSoMC), with the status decided centrally beside.
CREATE TABLE dossiers (
    ma_hoso         TEXT PRIMARY KEY,
    madonvi         TEXT NOT NULL,
    ma_tthc         TEXT NOT NULL,
    don_vi          TEXT NOT NULL DEFAULT '',   -- DonViXuLy: the department, for counts
    chu_ho_so       TEXT NOT NULL DEFAULT '',
    kenh            TEXT NOT NULL DEFAULT '',   -- KenhThucHien 1/2/3
    trang_thai      TEXT NOT NULL,              -- TrangThaiHoSo as last sent by the counter
    trang_thai_tt   TEXT,                       -- decided centrally; NULL if never
    ngay_tiep_nhan  TEXT NOT NULL,
    ngay_hen_tra    TEXT NOT NULL DEFAULT '',
    ngay_ket_thuc   TEXT NOT NULL DEFAULT '',
    ngay_tra        TEXT NOT NULL DEFAULT '',
    data            TEXT NOT NULL,              -- the whole object as received (JSON)
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    updates         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX dossiers_created ON dossiers(created_at);
CREATE INDEX dossiers_received ON dossiers(ngay_tiep_nhan);

-- Processing history (CapNhatTienDoHoSoMC), one row per client row id.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    ma_tien_do  TEXT NOT NULL UNIQUE,
    ma_hoso     TEXT NOT NULL,
    trang_thai  TEXT NOT NULL,
    thoi_diem   TEXT NOT NULL,
    data        TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX history_dossier ON history(ma_hoso, id);

-- Attachments (MC_TaiTep): content stored once per SHA-256 as a file beside the database.
CREATE TABLE files (
    sha256       TEXT PRIMARY KEY,
    total        INTEGER NOT NULL,
    complete     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    completed_at INTEGER
) WITHOUT ROWID;
CREATE TABLE file_links (
    sha256    TEXT NOT NULL,
    ma_hoso   TEXT NOT NULL,
    file_name TEXT NOT NULL,
    linked_at INTEGER NOT NULL,
    PRIMARY KEY (ma_hoso, sha256, file_name)
) WITHOUT ROWID;

-- Number leases by request id, so a resent MC_CapDaiSo returns the same block. The blocks
-- themselves are kept by CodeLeaseAuthority in its own tables.
CREATE TABLE lease_requests (
    request_id TEXT PRIMARY KEY,
    agency     TEXT NOT NULL,
    day        TEXT NOT NULL,
    station    INTEGER NOT NULL,
    first      INTEGER NOT NULL,
    last       INTEGER NOT NULL
) WITHOUT ROWID;

-- Status changes decided centrally; id is the MC_LayTrangThai cursor.
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY,
    ma_hoso       TEXT NOT NULL,
    madonvi       TEXT NOT NULL,
    trang_thai    TEXT NOT NULL,
    noi_dung      TEXT NOT NULL DEFAULT '',
    nguoi_xu_ly   TEXT NOT NULL DEFAULT '',
    thoi_diem     TEXT NOT NULL,
    ngay_ket_thuc TEXT NOT NULL DEFAULT '',
    ngay_tra      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_unit ON decisions(madonvi, id);
