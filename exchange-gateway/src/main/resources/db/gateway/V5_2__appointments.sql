-- outer: 预约. One row per window, day and half-hour slot with its places and how many are taken: a booking takes a
-- place with one conditional UPDATE (booked < capacity), which the database serialises per row, so a slot is never
-- overbooked whatever the number of outer instances sharing this database.
CREATE TABLE appointment_slot (
    window_no VARCHAR(8)  NOT NULL,
    book_day  DATE        NOT NULL,
    slot      VARCHAR(5)  NOT NULL,
    capacity  INT         NOT NULL,
    booked    INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (window_no, book_day, slot),
    CONSTRAINT ck_appointment_slot_booked CHECK (booked >= 0 AND booked <= capacity)
);

CREATE TABLE appointment (
    id         VARCHAR(40)  PRIMARY KEY,
    number     VARCHAR(32)  NOT NULL,
    id_number  VARCHAR(18)  NOT NULL,
    item_code  VARCHAR(16)  NOT NULL,
    window_no  VARCHAR(8)   NOT NULL,
    book_day   DATE         NOT NULL,
    slot       VARCHAR(5)   NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
CREATE INDEX appointment_owner ON appointment (id_number, book_day);

-- outer: places per half-hour slot of a window as the back office set them (published from inside); windows not
-- listed take the plan's default (assets appointments/plan.yaml).
CREATE TABLE appointment_capacity (
    window_no    VARCHAR(8) PRIMARY KEY,
    capacity     INT        NOT NULL,
    published_at TIMESTAMP  NOT NULL
);
