-- MotCua Desk schema, version 13: the portal's wording of a processing step.
--
-- A step's CapNhatTienDoHoSoMC row (NoiDungXuLy) says what happened in the portal's words
-- ("Chuyển hồ sơ đến Sở Tư pháp"); the history feed builds every row from dossier_events, so
-- the wording is kept with its event. NULL for events before this version and for intake,
-- whose rows fall back to the clerk's note or the status name.
ALTER TABLE dossier_events ADD COLUMN portal_text TEXT;

-- Before this version a processing step also queued a history row of its own, without the
-- row's key (MaTienDo), which the portal refuses; the feed queues the step's event anyway.
-- Those rows still waiting are dropped, so they do not fail on every pass.
DELETE FROM outbox
WHERE kind = 'history' AND state <> 'done' AND json_extract(payload, '$.MaTienDo') IS NULL;
