-- Reference portal schema, version 2: online submissions, as citizens file them on the national
-- portal, for a center to pull (MC_LayHoSoTrucTuyen, MC_LayTepTrucTuyen). id is the pull cursor.
CREATE TABLE online_submissions (
    id          INTEGER PRIMARY KEY,
    ma_hoso     TEXT NOT NULL UNIQUE,      -- the online reference TT-yyMMdd-NNNNNN
    ma_tthc     TEXT NOT NULL,
    ngay_nop    TEXT NOT NULL,             -- NgayNopHoSo, yyyyMMddHHmmss Vietnam time
    data        TEXT NOT NULL,             -- the record (JSON), in the DongBoHoSoMC shape
    created_at  INTEGER NOT NULL
);
CREATE INDEX online_submissions_day ON online_submissions(substr(ngay_nop, 1, 8));

-- The files a citizen attached, with their bytes; MaTep is the SHA-256 of the bytes.
CREATE TABLE online_files (
    ma_hoso     TEXT NOT NULL,
    ma_tep      TEXT NOT NULL,
    ten_tep     TEXT NOT NULL,
    kich_thuoc  INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    content     BLOB NOT NULL,
    PRIMARY KEY (ma_hoso, ma_tep)
) WITHOUT ROWID;
CREATE INDEX online_files_sha ON online_files(ma_tep);
