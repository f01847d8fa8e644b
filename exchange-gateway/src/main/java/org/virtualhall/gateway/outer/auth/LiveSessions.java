package org.virtualhall.gateway.outer.auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions this instance found not revoked a moment ago, so a burst of requests with one token asks the store once.
 * A sign-out here is seen at once; one on another instance once the moment ({@code revocation-recheck}) has passed.
 * Real time, not the hall's clock: this is about how fresh what the store said is.
 */
final class LiveSessions {

    /** Beyond this many sessions the whole cache is dropped: it only saves queries, and stays small that way. */
    private static final int MAX = 100_000;

    private final long recheckNanos;
    private final Map<String, Long> liveUntil = new ConcurrentHashMap<>();

    LiveSessions(Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    boolean live(String session) {
        Long until = liveUntil.get(session);
        return until != null && until - System.nanoTime() > 0;
    }

    void confirmed(String session) {
        if (liveUntil.size() >= MAX) {
            liveUntil.clear();
        }
        liveUntil.put(session, System.nanoTime() + recheckNanos);
    }

    void revoked(String session) {
        liveUntil.remove(session);
    }
}
