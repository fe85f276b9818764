-- Attachment chunks are scans and PDFs, already compressed: kept out of line without a
-- compression attempt.
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
