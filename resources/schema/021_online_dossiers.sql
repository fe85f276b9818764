-- MotCua Desk schema, version 21: dossiers submitted online.
--
-- An online submission arrives from the national portal through the center with its online
-- reference (online_ref) and the time it was submitted (submitted_at, UTC like received_at), in
-- state Submitted. Until a clerk accepts it, its code is the online reference; accepting gives it
-- a code in the center's numbering and keeps online_ref, so the center and every workstation can
-- tell that the accepted dossier and the submission are one. A dossier received at the counter
-- has neither.
ALTER TABLE dossiers ADD COLUMN online_ref TEXT;
ALTER TABLE dossiers ADD COLUMN submitted_at TEXT;
CREATE UNIQUE INDEX dossiers_online_ref ON dossiers (online_ref) WHERE online_ref IS NOT NULL;
