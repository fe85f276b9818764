-- motcua-center schema, version 11: the account lookup before a login.
--
-- A workstation sitting at its login screen cannot sync (its database opens only with a user's
-- password), so an account created at another counter since its last sync is unknown there.
-- It asks POST /center/account for that one account, proving the station with a lookup key
-- derived from the station's secret (PortalProtocol::accountLookupKey) and kept beside its
-- database. Only the SHA-256 of that key is stored: set when the station joins, and at its next
-- sign-in for a station that joined before this version. A revoked station's is cleared.
ALTER TABLE stations ADD COLUMN lookup_hash bytea;
