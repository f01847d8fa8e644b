package org.virtualhall.approval.cases;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of case events: time-ordered UUIDs (version 7: milliseconds since the epoch, then random bits).
 * New events land at the end of the event and outbox indexes instead of at random places in them, and
 * making one takes no lock (random UUIDs draw from the shared SecureRandom, which intake threads queued for).
 * Ids only need to be unique (the gateway drops duplicates by id); they are not secrets.
 */
final class EventIds {

    private EventIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
