-- MotCua Desk schema, version 18: the facts the national service-quality index reads that the
-- app did not record.
--
-- attachments.result: the file is the dossier's result (scanned or imported when processing
--   completed or at return), not a paper handed in; such rows have no paper (paper_id NULL).
-- dossiers.id_from_qr: the applicant's identity was read from the chip ID card's QR at intake
--   and the ID number was not changed afterwards. It is not a population-database check.
ALTER TABLE attachments ADD COLUMN result INTEGER NOT NULL DEFAULT 0 CHECK (result IN (0, 1));
ALTER TABLE dossiers ADD COLUMN id_from_qr INTEGER NOT NULL DEFAULT 0 CHECK (id_from_qr IN (0, 1));
