-- Attachment chunks are scans and PDFs, already compressed: kept out of line without a
-- compression attempt.
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

-- The SHA-256 of the bytes received so far, as its running state (CenterStore): the last chunk
-- is checked without reading the file back, whichever center process took the other chunks.
ALTER TABLE files ADD COLUMN sha_state bytea;
