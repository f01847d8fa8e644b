-- outer: 取号. Per window and day the last number given and the last one the window called (from inside); a ticket is
-- given its number with one UPDATE of the counter row, so two citizens never get the same number, whichever outer
-- instance they reach.
CREATE TABLE queue_counter (
    window_no VARCHAR(8) NOT NULL,
    queue_day DATE       NOT NULL,
    given     INT        NOT NULL DEFAULT 0,
    called    INT        NOT NULL DEFAULT 0,
    PRIMARY KEY (window_no, queue_day)
);

CREATE TABLE queue_ticket (
    id        VARCHAR(40) PRIMARY KEY,
    window_no VARCHAR(8)  NOT NULL,
    queue_day DATE        NOT NULL,
    seq       INT         NOT NULL,
    number    VARCHAR(16) NOT NULL,
    id_number VARCHAR(18) NOT NULL,
    taken_at  TIMESTAMP   NOT NULL,
    CONSTRAINT uq_queue_ticket UNIQUE (window_no, queue_day, seq)
);
