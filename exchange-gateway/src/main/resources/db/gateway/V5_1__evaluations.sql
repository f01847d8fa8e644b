-- outer: 好差评, one review per case (the receipt is the key), shared by the outer instances: a second review of
-- the same case, at this instance or another, finds the row and is refused.
CREATE TABLE evaluation (
    receipt       VARCHAR(64) PRIMARY KEY,
    evaluation_id VARCHAR(64) NOT NULL,
    grade         INT NOT NULL,
    created_at    TIMESTAMP NOT NULL
);

-- outer: the latest 好差评 figures per window and department from inside (one row), served at /api/evaluations/stats.
CREATE TABLE evaluation_figures (
    id      INT PRIMARY KEY,
    at      TIMESTAMP NOT NULL,
    figures TEXT NOT NULL
);
