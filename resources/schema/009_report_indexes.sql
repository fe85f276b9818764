-- MotCua Desk schema, version 9: indexes for the periodic report and the dashboard.
--
-- The report counts dossiers received before a period that were still open at its start, and
-- dossiers processed in it; the dashboard counts results handed back today and the dossiers
-- processed each day of its trend. Without these indexes each of those figures reads the whole
-- table (~1 s at 1,000,000 dossiers); with them the cost follows the period (README,
-- "Performance"). Partial: rows not yet finished or returned take no space.
CREATE INDEX dossiers_finished ON dossiers(finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX dossiers_returned ON dossiers(returned_at) WHERE returned_at IS NOT NULL;
