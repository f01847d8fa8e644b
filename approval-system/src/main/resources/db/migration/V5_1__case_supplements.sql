-- 补正材料: what an applicant hands in after 一次性告知补正, one row per supplement (id from the outer gateway,
-- so a resend is recognised), its materials in case_materials marked with the supplement they came with.
CREATE TABLE case_supplements (
    id           VARCHAR(64)   PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES cases (id),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(1000) NOT NULL,
    source       VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_case_supplements_case ON case_supplements (case_id, received_at);

ALTER TABLE case_materials ADD COLUMN supplement_id VARCHAR(64) REFERENCES case_supplements (id);
