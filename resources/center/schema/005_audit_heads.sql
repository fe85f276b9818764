-- The head of each workstation's audit trail as it last reported it (MC_DauChuoi, with every
-- sync pass and in every offline bundle): the newest sealed row's sequence and MAC. A later
-- report must continue it; one that goes back, or that holds another MAC for a head reported
-- before, means the trail was rewritten on the workstation after it left, and is kept here as
-- an alert instead (motcua-center audit-heads lists both).
CREATE TABLE audit_heads (
    station integer PRIMARY KEY,
    seq bigint NOT NULL,           -- 0: nothing reported yet
    mac text NOT NULL,             -- hex of the row's HMAC-SHA256
    reported_at bigint NOT NULL,   -- epoch seconds
    reports bigint NOT NULL DEFAULT 0
);

CREATE TABLE audit_head_alerts (
    id bigserial PRIMARY KEY,
    station integer NOT NULL,
    reason text NOT NULL CHECK (reason IN ('backwards', 'changed', 'unlinked')),
    kept_seq bigint NOT NULL,
    kept_mac text NOT NULL,
    reported_seq bigint NOT NULL,
    reported_mac text NOT NULL,
    first_at bigint NOT NULL,
    last_at bigint NOT NULL,
    times integer NOT NULL DEFAULT 1,
    UNIQUE (station, reason, kept_seq, reported_seq, reported_mac)
);
