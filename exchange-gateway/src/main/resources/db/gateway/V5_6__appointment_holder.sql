-- outer: one row per citizen who has booked. A booking updates the citizen's row first, which the database locks
-- until the booking commits, so two bookings of one citizen are counted against the limits of appointments/plan.yaml
-- one after the other, whatever the number of outer instances sharing this database.
CREATE TABLE appointment_holder (
    id_number  VARCHAR(18) PRIMARY KEY,
    booking_at TIMESTAMP   NOT NULL
);
CREATE INDEX appointment_owner_item ON appointment (id_number, item_code, book_day);
