-- motcua-center schema, version 4: the center's user accounts, shared by every workstation.
--
-- The center's own keys, made once by the first process that needs them (CenterAccounts):
--   'signing_key'  raw Ed25519 private key; accounts are signed with it and every workstation
--                  pins its public half when it joins, so only the center grants roles;
--   'account_key'  32 random bytes handed to a workstation when it joins. A user's password
--                  opens a wrap of it (made where the password was set), and it opens each
--                  workstation's own data key there (PROTOCOL.md, section 10).
CREATE TABLE center_keys (
    name       text PRIMARY KEY,
    value      bytea NOT NULL,
    created_at bigint NOT NULL
);

-- Accounts as the workstations' administrators set them (MC_DayTaiKhoan). `rev` grows with
-- every change and is the MC_LayTaiKhoan cursor; `signature` is the center's Ed25519 signature
-- of (agency, username, role, departments, disabled, rev). Only the password verifier
-- (PBKDF2) and the wrap of the account key are kept, never a password.
CREATE SEQUENCE account_revisions;
CREATE TABLE accounts (
    username         text PRIMARY KEY, -- lower case
    full_name        text NOT NULL,
    role             text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    departments      text NOT NULL DEFAULT '',
    disabled         boolean NOT NULL DEFAULT false,
    must_change      boolean NOT NULL DEFAULT false,
    verifier         text NOT NULL,
    wrap_iterations  integer NOT NULL DEFAULT 0,
    wrap_salt        bytea,
    wrap_data        bytea,
    rev              bigint NOT NULL,
    signature        bytea NOT NULL,
    changed_by       text NOT NULL DEFAULT '',
    changed_station  integer NOT NULL DEFAULT 0,
    changed_at       bigint NOT NULL
);
CREATE UNIQUE INDEX accounts_rev ON accounts (rev);
