package org.virtualhall.gateway.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * 预约: a booking (or its cancellation) made outside, carried on the {@code submissions} channel in an envelope of type
 * {@value #TYPE} so that the window sees it in the console (docs/contracts.md). The place itself was taken outside.
 *
 * @param status  {@code BOOKED} or {@code CANCELLED}
 * @param at      when it was booked or cancelled
 */
public record Appointment(String id, String number, String idNumber, String itemCode, String window, LocalDate day,
                          LocalTime slot, String status, Instant at) {

    public static final String TYPE = "appointment";

    /** The envelope id: one per booking and status, so a resent bundle is recognised. */
    public String envelopeId() {
        return "apt-" + id + "-" + status.toLowerCase();
    }
}
