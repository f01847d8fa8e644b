-- 电子监察 lists: approvals given without verification, newest first; cases completed late.
CREATE INDEX ix_cases_unverified ON cases (unverified_approval, id);
CREATE INDEX ix_cases_warn ON cases (state, warn_on);
