-- MotCua Desk schema, version 26: a file kept at the center knows its paper.
--
-- The center's feed says which paper of the dossier each file was attached to at its counter
-- (its place in the dossier's list of papers, and the paper's name), how many pages it has and
-- whether it is the dossier's result. A fetched file is filed there, with its page count,
-- instead of under "other papers". 0 / '' when the feed does not say.
ALTER TABLE center_files ADD COLUMN paper_index INTEGER NOT NULL DEFAULT 0;
ALTER TABLE center_files ADD COLUMN paper_name TEXT NOT NULL DEFAULT '';
ALTER TABLE center_files ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE center_files ADD COLUMN result INTEGER NOT NULL DEFAULT 0 CHECK (result IN (0, 1));
