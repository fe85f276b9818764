-- MotCua Desk schema, version 16: a tamper-evident audit trail.
--
-- Each row carries an HMAC-SHA256 over its own content and the previous row's MAC, under a key
-- derived from the database's data key (store/Journal.h): a row changed, removed or slipped in
-- breaks the chain at that row, and `motcuactl audit verify` names it. Rows written while the
-- database was plain have no MAC yet and are sealed, in order, at the next login that opens the
-- key. Nothing may change or delete a row; the only update allowed gives a row its first MAC.
ALTER TABLE audit_log ADD COLUMN mac BLOB;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.mac IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.username IS NOT OLD.username
    OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity OR NEW.entity_key IS NOT OLD.entity_key
    OR NEW.details IS NOT OLD.details
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
