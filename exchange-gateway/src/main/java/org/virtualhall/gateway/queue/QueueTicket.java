package org.virtualhall.gateway.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 取号: a ticket taken outside, carried on the {@code submissions} channel in an envelope of type {@value #TYPE} so that
 * the window can call it from the console (docs/contracts.md).
 *
 * @param seq the ticket's place in the window's queue of the day (1, 2, …)
 */
public record QueueTicket(String id, String window, LocalDate day, int seq, String number, String idNumber, Instant takenAt) {

    public static final String TYPE = "queue-ticket";

    public String envelopeId() {
        return "qt-" + id;
    }
}
