-- outer: 咨询. The citizen's questions, the department's answer when it comes back from inside, and the citizen's
-- rating of it.
CREATE TABLE consultation (
    id          VARCHAR(40)   PRIMARY KEY,
    id_number   VARCHAR(18)   NOT NULL,
    item_code   VARCHAR(16),
    department  VARCHAR(8)    NOT NULL,
    question    VARCHAR(1000) NOT NULL,
    asked_at    TIMESTAMP     NOT NULL,
    answer      VARCHAR(2000),
    answered_at TIMESTAMP,
    rating      INT
);
CREATE INDEX consultation_owner ON consultation (id_number, asked_at);
