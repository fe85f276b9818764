-- MotCua Desk schema, version 25: a decision on an online submission given up for another
-- counter's.
--
-- Two counters may decide the same online submission while apart; the center keeps the first
-- decision it is sent. The workstation whose decision came second takes the center's: its copy
-- gets the center's code and state, its own decision is recorded as a sync conflict for the clerk,
-- and the steps it recorded for that decision stay in the dossier's history with
-- voided_code naming the code they were recorded under (the voided receipt, or the online
-- reference for a refusal or a supplement request). Such a step is never sent to the center.
ALTER TABLE dossier_events ADD COLUMN voided_code TEXT;
