package org.virtualhall.approval.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A queue ticket (号) as the window sees it. */
public record Ticket(String id, String windowNo, LocalDate day, int seq, String number, Instant takenAt, Instant calledAt,
                     String calledBy) {
}
