-- outer: 好差评, one review per case (the receipt is the key), shared by the outer instances: a second review of
-- the same case, at this instance or another, finds the row and is refused.
CREATE TABLE evaluation (
    receipt       VARCHAR(64) PRIMARY KEY,
    evaluation_id VARCHAR(64) NOT NULL,
    grade         INT NOT NULL,
    created_at    TIMESTAMP NOT NULL
);
