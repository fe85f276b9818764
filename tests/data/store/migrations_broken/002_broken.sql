CREATE TABLE pets (id INTEGER PRIMARY KEY);
-- A typo: the whole upgrade (including the table above) must roll back.
CREATE TABEL oops (id INTEGER);
