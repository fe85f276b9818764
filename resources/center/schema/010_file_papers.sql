-- motcua-center schema, version 10: which paper of its dossier a file belongs to.
--
-- A station sends with each file (MC_TaiTep) the paper it was attached to: its place in the
-- dossier's list of papers (1-based, 0 for none: "other papers" or the result) and name, its
-- page count and whether it is the dossier's result. The feed (MC_LayHoSoTrungTam) hands them
-- to the other stations, which file a fetched file there.
ALTER TABLE file_links ADD COLUMN paper_index integer NOT NULL DEFAULT 0;
ALTER TABLE file_links ADD COLUMN paper_name text NOT NULL DEFAULT '';
ALTER TABLE file_links ADD COLUMN page_count integer NOT NULL DEFAULT 0;
ALTER TABLE file_links ADD COLUMN result boolean NOT NULL DEFAULT false;
