-- motcua-center schema, version 8: the relay to the national one-stop system.
--
-- Every write of a dossier's record and every history row queues an entry here, by trigger, so
-- no path that writes them (a workstation's sync, a bundle, a central decision, anything added
-- later) can forget to. The relay (CenterRelay) sends a dossier's entries in order and marks
-- them sent only after the national system acknowledged them: a center stopped at any point
-- sends them again, and the sends are idempotent (an update replaces the record; a resent
-- progress row is the same row).
CREATE TABLE relay_outbox (
    id          bigserial PRIMARY KEY,
    ma_hoso     text NOT NULL,
    history_id  bigint,           -- a history row (history.id), sent as a progress row
    decision_id bigint,           -- a central decision (decisions.id), sent as a progress row
                                  -- neither: the dossier's record
    queued_at   bigint NOT NULL,
    sent_at     bigint
);
CREATE INDEX relay_outbox_pending ON relay_outbox (id) WHERE sent_at IS NULL;
CREATE INDEX relay_outbox_dossier ON relay_outbox (ma_hoso, id) WHERE sent_at IS NULL;

-- Per dossier: whether the national system holds it (so the next send is an update), the
-- failures since the last success and when to try again.
CREATE TABLE relay_dossiers (
    ma_hoso      text PRIMARY KEY,
    known        boolean NOT NULL DEFAULT false,
    attempts     integer NOT NULL DEFAULT 0,
    next_attempt bigint NOT NULL DEFAULT 0,
    last_error   text NOT NULL DEFAULT '',
    last_sent_at bigint
);

CREATE FUNCTION relay_queue_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.ma_hoso = OLD.ma_hoso AND NEW.data IS NOT DISTINCT FROM OLD.data
       AND NEW.trang_thai IS NOT DISTINCT FROM OLD.trang_thai
       AND NEW.trang_thai_tt IS NOT DISTINCT FROM OLD.trang_thai_tt
       AND NEW.ngay_ket_thuc IS NOT DISTINCT FROM OLD.ngay_ket_thuc
       AND NEW.ngay_tra IS NOT DISTINCT FROM OLD.ngay_tra
       AND NEW.ngay_hen_tra IS NOT DISTINCT FROM OLD.ngay_hen_tra THEN
        RETURN NULL;
    END IF;
    INSERT INTO relay_dossiers (ma_hoso) VALUES (NEW.ma_hoso) ON CONFLICT (ma_hoso) DO NOTHING;
    INSERT INTO relay_outbox (ma_hoso, queued_at) VALUES (NEW.ma_hoso, extract(epoch FROM now())::bigint);
    RETURN NULL;
END
$$;
CREATE TRIGGER dossiers_relay AFTER INSERT OR UPDATE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION relay_queue_dossier();

CREATE FUNCTION relay_queue_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO relay_dossiers (ma_hoso) SELECT DISTINCT ma_hoso FROM changed ON CONFLICT (ma_hoso) DO NOTHING;
    INSERT INTO relay_outbox (ma_hoso, history_id, queued_at)
        SELECT ma_hoso, id, extract(epoch FROM now())::bigint FROM changed ORDER BY id;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_relay AFTER INSERT ON history REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION relay_queue_history();
-- A row moved to another code (an online submission renamed when accepted) is sent under it.
CREATE FUNCTION relay_queue_history_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO relay_dossiers (ma_hoso)
        SELECT DISTINCT n.ma_hoso FROM changed n JOIN previous o ON o.id = n.id WHERE o.ma_hoso <> n.ma_hoso
        ON CONFLICT (ma_hoso) DO NOTHING;
    INSERT INTO relay_outbox (ma_hoso, history_id, queued_at)
        SELECT n.ma_hoso, n.id, extract(epoch FROM now())::bigint
          FROM changed n JOIN previous o ON o.id = n.id WHERE o.ma_hoso <> n.ma_hoso ORDER BY n.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_relay_moved AFTER UPDATE ON history
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION relay_queue_history_moved();

CREATE FUNCTION relay_queue_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO relay_dossiers (ma_hoso) VALUES (NEW.ma_hoso) ON CONFLICT (ma_hoso) DO NOTHING;
    INSERT INTO relay_outbox (ma_hoso, decision_id, queued_at)
        VALUES (NEW.ma_hoso, NEW.id, extract(epoch FROM now())::bigint);
    RETURN NULL;
END
$$;
CREATE TRIGGER decisions_relay AFTER INSERT ON decisions
    FOR EACH ROW EXECUTE FUNCTION relay_queue_decision();

-- What the center held before the relay existed is queued too: the national system has none of it.
INSERT INTO relay_dossiers (ma_hoso) SELECT ma_hoso FROM dossiers;
INSERT INTO relay_outbox (ma_hoso, queued_at)
    SELECT ma_hoso, extract(epoch FROM now())::bigint FROM dossiers ORDER BY created_at, ma_hoso;
INSERT INTO relay_outbox (ma_hoso, history_id, queued_at)
    SELECT ma_hoso, id, extract(epoch FROM now())::bigint FROM history ORDER BY id;
INSERT INTO relay_outbox (ma_hoso, decision_id, queued_at)
    SELECT ma_hoso, id, extract(epoch FROM now())::bigint FROM decisions ORDER BY id;
