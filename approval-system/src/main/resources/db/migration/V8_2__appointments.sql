-- 预约: bookings made by citizens outside (the place was taken there, against the published capacity) and their
-- cancellations, for the window's day list in the console; 签到 marks who came, so no-shows can be counted.
CREATE TABLE appointments (
    id             VARCHAR(40)  PRIMARY KEY,
    number         VARCHAR(32)  NOT NULL,
    id_number      VARCHAR(18)  NOT NULL,
    item_code      VARCHAR(16)  NOT NULL,
    window_no      VARCHAR(8)   NOT NULL,
    book_day       DATE         NOT NULL,
    slot           VARCHAR(5)   NOT NULL,
    status         VARCHAR(16)  NOT NULL,   -- BOOKED | CANCELLED
    booked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in_at  TIMESTAMP WITH TIME ZONE,
    checked_in_by  VARCHAR(32)
);
CREATE INDEX ix_appointments_window_day ON appointments (window_no, book_day, slot);

-- 预约 places per half-hour slot of a window, as the administrator set them; windows not listed take the plan's default
-- (assets appointments/plan.yaml). Published outward, where bookings are taken against them.
CREATE TABLE appointment_capacity (
    window_no  VARCHAR(8) PRIMARY KEY,
    capacity   INT        NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_appointment_capacity CHECK (capacity BETWEEN 0 AND 200)
);
