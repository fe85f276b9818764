-- The center's dossier feed: every workstation of the center pulls the dossiers changed since
-- its cursor (MC_LayHoSoTrungTam), so any counter can find and process a dossier received at
-- another one.
--
-- feed_xid is the transaction that last wrote the dossier or anything of it (its record, a
-- history row, a file link, a central decision). The feed serves rows in (feed_xid, ma_hoso)
-- order and only those written by transactions older than every transaction still running
-- (pg_snapshot_xmin): a transaction that commits later can then never put a row behind a
-- cursor already handed out, which a sequence number taken before the commit could.
--
-- tinh_trang is the workstation's own state of the dossier (DossierState key) after the last
-- step applied here, from the record's MC_TrangThaiMoi; a step is applied only when it starts
-- from that state (CenterFeed::checkSteps). A central decision clears it: the next step is
-- then checked against the national status.
ALTER TABLE dossiers ADD COLUMN feed_xid xid8 NOT NULL DEFAULT '0';
ALTER TABLE dossiers ADD COLUMN tinh_trang text;
UPDATE dossiers SET feed_xid = pg_current_xact_id();
CREATE INDEX dossiers_feed ON dossiers (feed_xid, ma_hoso);

CREATE FUNCTION dossier_feed_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.feed_xid := pg_current_xact_id();
    IF TG_OP = 'UPDATE' AND NEW.trang_thai_tt IS DISTINCT FROM OLD.trang_thai_tt THEN
        NEW.tinh_trang := NULL;
    ELSIF (TG_OP = 'INSERT' OR NEW.data IS DISTINCT FROM OLD.data)
          AND position('MC_TrangThaiMoi' IN NEW.data) > 0 THEN
        NEW.tinh_trang := NEW.data::jsonb ->> 'MC_TrangThaiMoi';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER dossiers_feed BEFORE INSERT OR UPDATE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION dossier_feed_touch();

-- History rows and file links move their dossier forward in the feed, once per statement.
CREATE FUNCTION dossier_feed_related() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dossiers d SET feed_xid = pg_current_xact_id()
     WHERE d.ma_hoso IN (SELECT DISTINCT c.ma_hoso FROM changed c)
       AND d.feed_xid IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END
$$;
CREATE TRIGGER history_feed AFTER INSERT ON history REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_feed_related();
CREATE TRIGGER file_links_feed AFTER INSERT ON file_links REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_feed_related();
