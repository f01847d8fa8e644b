-- 取号: tickets taken outside, per window and day in the order given there; 叫号 in the console calls the next one
-- waiting, and the last number called per window is published outward so citizens see who is still ahead.
CREATE TABLE queue_tickets (
    id         VARCHAR(40)  PRIMARY KEY,
    window_no  VARCHAR(8)   NOT NULL,
    queue_day  DATE         NOT NULL,
    seq        INT          NOT NULL,
    number     VARCHAR(16)  NOT NULL,
    id_number  VARCHAR(18)  NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    called_at  TIMESTAMP WITH TIME ZONE,
    called_by  VARCHAR(32),
    CONSTRAINT uq_queue_tickets UNIQUE (window_no, queue_day, seq)
);
