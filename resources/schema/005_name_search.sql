-- MotCua Desk schema, version 5: name search that stays fast at 1,000,000 dossiers.
--
-- The search box sends every word as a prefix ("ng"* "van"* "h"*). Without a prefix index
-- FTS5 merges the lists of every word that starts with each prefix before it can answer:
-- ~200 ms for "ng van h" at 1,000,000 dossiers. Folded Vietnamese syllables have at most
-- seven letters ("nghieng"), so prefix indexes of 1 to 7 characters serve every prefix a
-- clerk types straight from the index (~1–8 ms), for ~40 MB more. Ranking functions are
-- not used, so the per-row sizes (columnsize) are not kept.

DROP TRIGGER dossiers_fts_insert;
DROP TRIGGER dossiers_fts_delete;
DROP TRIGGER dossiers_fts_update;
DROP TABLE dossiers_fts;

CREATE VIRTUAL TABLE dossiers_fts USING fts5(
    name_folded, content = 'dossiers', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6 7', columnsize = 0);
INSERT INTO dossiers_fts(dossiers_fts) VALUES ('rebuild');

CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN
    INSERT INTO dossiers_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN
    INSERT INTO dossiers_fts(dossiers_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
END;
CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF name_folded ON dossiers BEGIN
    INSERT INTO dossiers_fts(dossiers_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
    INSERT INTO dossiers_fts(rowid, name_folded) VALUES (new.id, new.name_folded);
END;
