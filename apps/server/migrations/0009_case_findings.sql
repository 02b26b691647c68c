-- The registry's controls on a case, remembered for the day: opening a case runs 77 controls over
-- its whole history, and a case is opened many times a day between changes.
ALTER TABLE sak
  ADD COLUMN findings jsonb,
  ADD COLUMN findings_key text CHECK (findings_key ~ '^[0-9a-f]{64}$');
COMMENT ON COLUMN sak.findings IS 'The findings of the registry''s single-case controls (packages/domain runControls) as last computed; valid only while findings_key matches.';
COMMENT ON COLUMN sak.findings_key IS 'SHA-256 of what the findings depend on: the case version, the day they were computed for and the child''s Personalia. A different key means compute again.';
