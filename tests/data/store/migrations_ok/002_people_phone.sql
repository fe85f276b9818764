ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
CREATE INDEX people_phone ON people(phone);
