-- MotCua Desk schema, version 20: the center's accounts on every workstation, and department
-- officers.
--
-- An account's editable columns (full name, role, departments, disabled) are what this
-- workstation's administrators set; the center_* columns are what the center last signed
-- (security/CenterAccounts): on a workstation that joined a center, the signed role and
-- departments are the ones that count at login, and a signature that does not verify refuses
-- the login. center_pending counts local changes not yet acknowledged by the center.
ALTER TABLE users ADD COLUMN departments TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN center_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN center_revision INTEGER;
ALTER TABLE users ADD COLUMN center_role TEXT;
ALTER TABLE users ADD COLUMN center_departments TEXT;
ALTER TABLE users ADD COLUMN center_disabled INTEGER;
ALTER TABLE users ADD COLUMN center_signature BLOB;

-- Each account's wrap of the center's account key under its password (the same format as
-- data_key_wraps): the password opens the account key, which opens this workstation's data
-- key through center_keys.station_wrap.
CREATE TABLE account_key_wraps (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    iterations INTEGER NOT NULL,
    salt       BLOB NOT NULL,
    wrapped    BLOB NOT NULL
);

-- What the workstation keeps of its center: 'verify_key' (the center's Ed25519 public key,
-- pinned at join), 'account_key' (the account key sealed under the data key), 'account_key_id',
-- 'station_wrap' (the data key wrapped under the account key), 'cursor' (MC_LayTaiKhoan).
CREATE TABLE center_keys (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

-- A department's queue (service/DepartmentQueue) starts from the hand-overs to it.
CREATE INDEX dossier_handovers_to ON dossier_handovers(to_department, dossier_id);
