-- MotCua Desk schema, version 4: papers of a dossier stored without copying the catalogue.
--
-- Almost every paper handed in is one of the procedure's catalogue components, and its name
-- is the catalogue's (often a long legal title). Copied into every dossier, the names made
-- dossier_components the largest table: ~2.9 GB at 1,000,000 dossiers of the demo center, twice
-- the workstation's budget (README, "Performance"). The rows now live in dossier_papers with an
-- empty name when it equals the catalogue component's; dossier_components stays, as a view
-- with the same columns, so reads and writes are unchanged for the code.
--
-- A catalogue component that is renamed or deleted (a re-import replaces a version's rows)
-- first writes its name into the papers that relied on it, so a dossier never loses it.

CREATE TABLE dossier_papers (
    id               INTEGER PRIMARY KEY,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    component_id     INTEGER,              -- NULL for "other papers"
    name             TEXT NOT NULL DEFAULT '', -- '' : the name of catalogue component component_id
    originals        INTEGER NOT NULL DEFAULT 0,
    certified_copies INTEGER NOT NULL DEFAULT 0,
    photocopies      INTEGER NOT NULL DEFAULT 0,
    provided         INTEGER NOT NULL DEFAULT 1
);

INSERT INTO dossier_papers (id, dossier_id, component_id, name, originals, certified_copies, photocopies, provided)
SELECT c.id, c.dossier_id, c.component_id,
       CASE WHEN c.component_id IS NOT NULL
                 AND c.name = (SELECT pc.name FROM procedure_components pc WHERE pc.id = c.component_id)
            THEN '' ELSE c.name END,
       c.originals, c.certified_copies, c.photocopies, c.provided
FROM dossier_components c;

DROP TABLE dossier_components;
CREATE INDEX dossier_papers_dossier ON dossier_papers(dossier_id);
-- For the catalogue triggers below (papers of the procedure's dossiers), and reports per
-- procedure. Far smaller than an index of the papers by component.
CREATE INDEX dossiers_procedure ON dossiers(procedure_id);

CREATE VIEW dossier_components AS
SELECT p.id, p.dossier_id, p.component_id,
       CASE WHEN p.name <> '' THEN p.name
            ELSE coalesce((SELECT pc.name FROM procedure_components pc WHERE pc.id = p.component_id), '') END AS name,
       p.originals, p.certified_copies, p.photocopies, p.provided
FROM dossier_papers p;

CREATE TRIGGER dossier_components_insert INSTEAD OF INSERT ON dossier_components BEGIN
    INSERT INTO dossier_papers (dossier_id, component_id, name, originals, certified_copies, photocopies, provided)
    VALUES (new.dossier_id, new.component_id,
            CASE WHEN new.component_id IS NOT NULL
                      AND new.name = (SELECT pc.name FROM procedure_components pc WHERE pc.id = new.component_id)
                 THEN '' ELSE coalesce(new.name, '') END,
            coalesce(new.originals, 0), coalesce(new.certified_copies, 0), coalesce(new.photocopies, 0),
            coalesce(new.provided, 1));
END;

CREATE TRIGGER dossier_components_update INSTEAD OF UPDATE ON dossier_components BEGIN
    UPDATE dossier_papers
    SET dossier_id = new.dossier_id, component_id = new.component_id,
        name = CASE WHEN new.component_id IS NOT NULL
                         AND new.name = (SELECT pc.name FROM procedure_components pc WHERE pc.id = new.component_id)
                    THEN '' ELSE coalesce(new.name, '') END,
        originals = new.originals, certified_copies = new.certified_copies, photocopies = new.photocopies,
        provided = new.provided
    WHERE id = old.id;
END;

CREATE TRIGGER dossier_components_delete INSTEAD OF DELETE ON dossier_components BEGIN
    DELETE FROM dossier_papers WHERE id = old.id;
END;

CREATE TRIGGER procedure_components_keep_name_on_delete BEFORE DELETE ON procedure_components BEGIN
    UPDATE dossier_papers SET name = old.name
    WHERE dossier_id IN (SELECT id FROM dossiers WHERE procedure_id = old.procedure_id)
      AND component_id = old.id AND name = '';
END;

CREATE TRIGGER procedure_components_keep_name_on_rename BEFORE UPDATE OF name ON procedure_components BEGIN
    UPDATE dossier_papers SET name = old.name
    WHERE dossier_id IN (SELECT id FROM dossiers WHERE procedure_id = old.procedure_id)
      AND component_id = old.id AND name = '';
END;
