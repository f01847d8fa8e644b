-- The dashboard counts running cases by light in one pass; with all three columns in the index it
-- never reads the case rows themselves.
CREATE INDEX ix_cases_lights ON cases (state, deadline, warn_on);
-- Its prefix serves the overdue list too, so the two narrower indexes only slow intake down.
DROP INDEX ix_cases_open_deadline;
DROP INDEX ix_cases_warn;
