-- MotCua Desk schema, version 6: the encrypted attachment store (scans and files of a dossier).
--
-- Files live under <database folder>/attachments, named by the SHA-256 of their plaintext and
-- encrypted with AES-256-GCM under one random data key per database. The data key is never
-- stored in clear: each user holds a copy wrapped under a key derived from their password.

-- The database's data key: only its identifier (a hash of the key, never the key), so an
-- unwrapped key can be checked to be this database's key.
CREATE TABLE data_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
);

-- One wrap of the data key per user: AES-256-GCM under PBKDF2-HMAC-SHA256(password, salt).
-- A password change replaces the row; a user without a row cannot open attachments.
CREATE TABLE data_key_wraps (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    iterations INTEGER NOT NULL,
    salt       BLOB NOT NULL,
    wrapped    BLOB NOT NULL,          -- header || nonce || encrypted key || tag
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
);

-- Attachments of a dossier: one row per file attached to a paper (or to "other papers" when
-- paper_id is NULL). Several rows may share one stored file (same sha256).
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    paper_id   INTEGER REFERENCES dossier_papers(id) ON DELETE SET NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    page_count INTEGER NOT NULL DEFAULT 0,
    added_at   INTEGER NOT NULL,
    added_by   TEXT NOT NULL
);
CREATE INDEX attachments_dossier ON attachments(dossier_id, id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
