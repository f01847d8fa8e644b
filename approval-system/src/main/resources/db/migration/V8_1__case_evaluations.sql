-- 好差评 (GB/T 39734): one review per case, from the citizen through the gateway (id from the outer gateway, so a
-- resend is recognised). The case's department, window and clerk are copied in, so the figures per period are one
-- range of one index. A bad review (grade 1-2) is a 整改 task for the department head with a deadline in working days;
-- the head's reply (回访) goes back to the citizen.
CREATE TABLE case_evaluations (
    id              VARCHAR(64)   PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES cases (id),
    receipt         VARCHAR(64)   NOT NULL,
    grade           INT           NOT NULL,
    reasons         VARCHAR(1000) NOT NULL,
    comment         VARCHAR(1000) NOT NULL,
    department      VARCHAR(8)    NOT NULL,
    window_no       VARCHAR(8)    NOT NULL,
    staff           VARCHAR(32),
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    evaluated_on    DATE          NOT NULL,   -- the day in the hall's zone, for figures per day, month, quarter
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(64)   NOT NULL,
    rectify_by      DATE,                     -- set for a bad review: the 整改 deadline
    reply           VARCHAR(2000),
    replied_at      TIMESTAMP WITH TIME ZONE,
    replied_by      VARCHAR(32),
    CONSTRAINT uq_case_evaluations_case UNIQUE (case_id),
    CONSTRAINT ck_case_evaluations_grade CHECK (grade BETWEEN 1 AND 5)
);
CREATE INDEX ix_case_evaluations_day ON case_evaluations (evaluated_on);
CREATE INDEX ix_case_evaluations_rectify ON case_evaluations (rectify_by, replied_at);
