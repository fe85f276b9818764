-- MotCua Desk schema, version 9: indexes for the periodic report and the dashboard
-- (docs/domain.md#the-periodic-report).
--
-- The report reads, for a period, the dossiers received in it, those received before it and
-- still open at its start, and those processed in it; the dashboard adds the results handed
-- back today and the dossiers received and processed each day of its trend. Measured at
-- 1,000,000 dossiers (README, "Performance"): without these indexes the dossiers processed in
-- a period and the results returned today are whole-table scans (6.5 s and 1.6 s cold), and
-- with plain indexes every dossier of the period is still a random read of its table row (a
-- one-year report: 630 ms of CPU; the dashboard: 150 ms). Covering indexes answer from the
-- index alone (one year: ~200 ms; the dashboard: ~45 ms) for about 65 MB at 1,000,000 dossiers.
-- The queries that use them are in ReportService.

-- Dossiers received in a period, with what the report classifies them by.
CREATE INDEX dossiers_report_received
    ON dossiers(received_at, department_id, channel, state, appointment_at, finished_at);
-- Dossiers processed in a period (and received before it: carried over). Partial: open ones
-- have no finished_at.
CREATE INDEX dossiers_finished ON dossiers(finished_at, state, department_id, appointment_at, received_at)
    WHERE finished_at IS NOT NULL;
-- Results handed back on a day, per department.
CREATE INDEX dossiers_returned ON dossiers(returned_at, department_id) WHERE returned_at IS NOT NULL;
-- Open dossiers (not processed, not refused, not merely registered online): a few thousand rows
-- however long the history, read for every carried-over count and the day's due and overdue.
-- The list of states must stay word for word the one ReportService writes (openStates()), or
-- SQLite cannot use this partial index.
CREATE INDEX dossiers_open ON dossiers(state, received_at, department_id, appointment_at)
    WHERE state IN (2, 4, 5, 6, 7, 8, 10);
