-- An absence's last day can be changed: a caseworker back early from sick leave, a holiday made
-- longer, an end that was unknown and now is. Only that day: the kind, the start and who
-- registered it stay as written, and each change is an audit row (who, which absence).
GRANT UPDATE (expected_end_on) ON staff_absence TO vern_app;
COMMENT ON COLUMN staff_absence.expected_end_on IS 'The last day of the absence as now expected; NULL while unknown. Changed when the person comes back early or stays away longer (audited).';
