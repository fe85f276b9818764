-- MotCua Desk schema, version 23: files of dossiers kept at the center and not yet here.
--
-- The center's dossier feed lists the files of each dossier (SHA-256, name, size, whether the
-- center holds all of it). A file this workstation does not hold is a row here until a clerk
-- fetches it: the fetch stores the bytes encrypted like a scan, adds the attachments row and
-- deletes this one in a single commit, so a fetch cut short leaves the row as it was.
CREATE TABLE center_files (
    dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    complete   INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (dossier_id, sha256, file_name)
);
