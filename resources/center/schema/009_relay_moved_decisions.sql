-- motcua-center schema, version 9: a central decision moved to another code is relayed under it.
--
-- Accepting an online submission gives it a code in the center's numbering and moves its record,
-- history rows and decisions to that code. Schema 8 queues the moved history rows again under
-- the new code; the decisions are queued again the same way here, so nothing queued under the
-- online reference is left behind at the national system or sent under the reference.
CREATE FUNCTION relay_queue_decision_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO relay_dossiers (ma_hoso)
        SELECT DISTINCT n.ma_hoso FROM changed n JOIN previous o ON o.id = n.id WHERE o.ma_hoso <> n.ma_hoso
        ON CONFLICT (ma_hoso) DO NOTHING;
    INSERT INTO relay_outbox (ma_hoso, decision_id, queued_at)
        SELECT n.ma_hoso, n.id, extract(epoch FROM now())::bigint
          FROM changed n JOIN previous o ON o.id = n.id WHERE o.ma_hoso <> n.ma_hoso ORDER BY n.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER decisions_relay_moved AFTER UPDATE ON decisions
    REFERENCING OLD TABLE AS previous NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION relay_queue_decision_moved();
