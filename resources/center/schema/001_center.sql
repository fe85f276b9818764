-- motcua-center schema, version 1 (PostgreSQL 15). Applied by `motcua-center init`; the
-- version is kept in center_schema. Timestamps are bigint seconds since the Unix epoch, UTC.
-- Portal dates (as received on the wire) are text 'yyyyMMddHHmmss' in Vietnam time.

-- Dossiers as the stations sent them (DongBoHoSoMC), with the status decided centrally beside.
CREATE TABLE dossiers (
    ma_hoso         text PRIMARY KEY,
    madonvi         text NOT NULL,
    ma_tthc         text NOT NULL,
    don_vi          text NOT NULL DEFAULT '',
    chu_ho_so       text NOT NULL DEFAULT '',
    kenh            text NOT NULL DEFAULT '',
    trang_thai      text NOT NULL,
    trang_thai_tt   text,
    ngay_tiep_nhan  text NOT NULL,
    ngay_hen_tra    text NOT NULL DEFAULT '',
    ngay_ket_thuc   text NOT NULL DEFAULT '',
    ngay_tra        text NOT NULL DEFAULT '',
    data            text NOT NULL,
    created_at      bigint NOT NULL,
    updated_at      bigint NOT NULL,
    updates         integer NOT NULL DEFAULT 0
);
CREATE INDEX dossiers_created ON dossiers (created_at);
CREATE INDEX dossiers_received ON dossiers (ngay_tiep_nhan);

-- Processing history (CapNhatTienDoHoSoMC), one row per client row id.
CREATE TABLE history (
    id          bigserial PRIMARY KEY,
    ma_tien_do  text NOT NULL UNIQUE,
    ma_hoso     text NOT NULL,
    trang_thai  text NOT NULL,
    thoi_diem   text NOT NULL,
    data        text NOT NULL,
    received_at bigint NOT NULL
);
CREATE INDEX history_dossier ON history (ma_hoso, id);

-- Attachments (MC_TaiTep): the bytes live here too, in chunks, so the server keeps nothing
-- outside the database. `received` is the acknowledged offset.
CREATE TABLE files (
    sha256       text PRIMARY KEY,
    total        bigint NOT NULL,
    received     bigint NOT NULL DEFAULT 0,
    complete     boolean NOT NULL DEFAULT false,
    created_at   bigint NOT NULL,
    completed_at bigint
);
CREATE TABLE file_chunks (
    sha256  text NOT NULL REFERENCES files (sha256) ON DELETE CASCADE,
    "offset" bigint NOT NULL,
    data    bytea NOT NULL,
    PRIMARY KEY (sha256, "offset")
);
CREATE TABLE file_links (
    sha256    text NOT NULL,
    ma_hoso   text NOT NULL,
    file_name text NOT NULL,
    linked_at bigint NOT NULL,
    PRIMARY KEY (ma_hoso, sha256, file_name)
);

-- Number leases (MC_CapDaiSo): the counter per agency and day, the blocks handed out, and the
-- request ids so a resent request gets its block again.
CREATE TABLE lease_counters (
    agency text NOT NULL,
    day    text NOT NULL,
    next   integer NOT NULL,
    PRIMARY KEY (agency, day)
);
CREATE TABLE leases (
    id        bigserial PRIMARY KEY,
    agency    text NOT NULL,
    day       text NOT NULL,
    first     integer NOT NULL,
    last      integer NOT NULL,
    station   integer NOT NULL,
    leased_at bigint NOT NULL
);
CREATE TABLE lease_requests (
    request_id text PRIMARY KEY,
    agency     text NOT NULL,
    day        text NOT NULL,
    station    integer NOT NULL,
    first      integer NOT NULL,
    last       integer NOT NULL
);

-- Status changes decided centrally; id is the MC_LayTrangThai cursor.
CREATE TABLE decisions (
    id            bigserial PRIMARY KEY,
    ma_hoso       text NOT NULL,
    madonvi       text NOT NULL,
    trang_thai    text NOT NULL,
    noi_dung      text NOT NULL DEFAULT '',
    nguoi_xu_ly   text NOT NULL DEFAULT '',
    thoi_diem     text NOT NULL,
    ngay_ket_thuc text NOT NULL DEFAULT '',
    ngay_tra      text NOT NULL DEFAULT ''
);
CREATE INDEX decisions_unit ON decisions (madonvi, id);

-- Enrolled workstations. The station number is the one its offline code range comes from;
-- its secret is kept as a SHA-256 only (it is 32 random bytes).
CREATE TABLE stations (
    station     integer PRIMARY KEY,
    name        text NOT NULL DEFAULT '',
    secret_hash bytea,
    enrolled_at bigint,
    revoked_at  bigint
);
-- One-time enrolment codes (SHA-256 of the code), valid until expires_at.
CREATE TABLE enrolments (
    code_hash  bytea PRIMARY KEY,
    station    integer NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at    bigint
);
-- Sessions of /mapi/login (SHA-256 of the token), shared by every motcua-center process.
CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY,
    station    integer NOT NULL REFERENCES stations (station) ON DELETE CASCADE,
    expires_at bigint NOT NULL
);
-- Center administrators (the page and its actions): PBKDF2-HMAC-SHA256 of the password.
CREATE TABLE admins (
    name       text PRIMARY KEY,
    salt       bytea NOT NULL,
    hash       bytea NOT NULL,
    iterations integer NOT NULL,
    created_at bigint NOT NULL
);
-- Failed sign-ins per name (stations and administrators), for throttling.
CREATE TABLE login_failures (
    name     text PRIMARY KEY,
    failures integer NOT NULL,
    last_at  bigint NOT NULL
);
