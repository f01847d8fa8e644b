package org.virtualhall.gateway.gap.send;

import java.time.Duration;

/** What a sender reports for health and metrics. */
public record SenderStatus(String channel, long lastSequence, int unacked, Duration oldestPendingAge,
                           long resends, long envelopesSent) {
}
