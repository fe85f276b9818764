-- MotCua Desk schema, version 19: the center's dossiers on this workstation.
--
-- The sync pass pulls the center's dossier feed (dossiers written at any workstation of the
-- center) into the same tables as the dossiers received here; its cursor is the sync_state
-- value 'feed.cursor', moved in the same transaction as the page it follows.
--
-- dossier_events.center_key: the center's id of a history row pulled from the feed (its
--   MaTienDo). Such a row was recorded at another workstation: it is never sent back, and a
--   page pulled again does not add it twice.
-- center_dossiers: dossiers that came from the feed (received at another workstation), with
--   the feed position they were last written at.
ALTER TABLE dossier_events ADD COLUMN center_key TEXT;
CREATE UNIQUE INDEX dossier_events_center_key ON dossier_events(center_key) WHERE center_key IS NOT NULL;

CREATE TABLE center_dossiers (
    code      TEXT PRIMARY KEY,
    feed_mark TEXT NOT NULL,
    pulled_at INTEGER NOT NULL
) WITHOUT ROWID;
