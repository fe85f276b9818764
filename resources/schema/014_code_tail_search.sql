-- MotCua Desk schema, version 14: find a dossier by the tail of its code.
--
-- A clerk reads the code off a receipt, often only its end: "5002" (the day's number) or
-- "261207-5002" (the day and the number). Codes are {agency}-{yyMMdd}-{NNNN}; the agency part
-- varies in length, so the tail is indexed from the right. DossierRepository::search queries
-- these very expressions (an index on expressions is used only for the same expression):
-- "5002" seeks the number and reads the newest days first; "261207-5002" seeks both.
CREATE INDEX dossiers_code_tail ON dossiers(substr(code, -4), substr(code, -11, 6));
