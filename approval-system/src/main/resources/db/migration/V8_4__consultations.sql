-- 咨询: citizens' questions to a department, answered in the console within approval.consultation.answer-days working
-- days (电子监察 shows those overdue); the answer is pushed outward (pushed_at), and the citizen's rating comes back.
CREATE TABLE consultations (
    id          VARCHAR(40)   PRIMARY KEY,
    id_number   VARCHAR(18)   NOT NULL,
    item_code   VARCHAR(16),
    department  VARCHAR(8)    NOT NULL,
    question    VARCHAR(1000) NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_by   DATE          NOT NULL,
    answer      VARCHAR(2000),
    answered_at TIMESTAMP WITH TIME ZONE,
    answered_by VARCHAR(32),
    pushed_at   TIMESTAMP WITH TIME ZONE,
    rating      INT
);
CREATE INDEX ix_consultations_open ON consultations (department, answered_at, answer_by);
