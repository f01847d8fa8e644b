package org.virtualhall.model.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 叫号: the last number each window has called today, as the console publishes it outward. It crosses on the
 * {@code feedback} channel and the outer side counts who is still ahead of a ticket from it (docs/contracts.md).
 *
 * @param at when it was published
 */
public record QueueCalls(Instant at, List<Call> calls) {

    /** The envelope type on the feedback channel. */
    public static final String TYPE = "queue-calls";

    public QueueCalls {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    /** The window called its ticket {@code called} (1, 2, …) of the day. */
    public record Call(String window, LocalDate day, int called) {
    }
}
