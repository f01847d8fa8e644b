package org.virtualhall.approval.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booking (预约) as the window sees it. */
public record Booking(String id, String number, String idNumber, String itemCode, String windowNo, LocalDate day,
                      LocalTime slot, String status, Instant checkedInAt, String checkedInBy) {

    /** The booked half hour is over and the citizen did not come (爽约). */
    public boolean noShow(LocalDate today, LocalTime now) {
        return "BOOKED".equals(status) && checkedInAt == null
                && (day.isBefore(today) || day.equals(today) && !slot.plusMinutes(30).isAfter(now));
    }

    /** The ID number with all but the region and the last four hidden, as the console shows it. */
    public String maskedId() {
        return idNumber.length() < 10 ? "****" : idNumber.substring(0, 6) + "********" + idNumber.substring(idNumber.length() - 4);
    }
}
