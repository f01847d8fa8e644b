package org.virtualhall.gateway.ferry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Line faults the real device may show — lost, damaged, repeated and late files — injected on purpose so the
 * reliability tests can prove the gateway survives them. All probabilities are 0 in normal operation.
 */
public class FerryFaults {

    private final FerryProperties.Faults odds;
    private final Random random;
    private final List<Delivery> held = new ArrayList<>();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong corrupted = new AtomicLong();
    final AtomicLong duplicated = new AtomicLong();
    final AtomicLong delayed = new AtomicLong();

    public FerryFaults(FerryProperties.Faults odds) {
        this.odds = odds;
        this.random = new Random(odds.seed());
    }

    /** What actually leaves the device for this file, in order: possibly nothing, possibly more. */
    public synchronized List<Delivery> apply(Delivery delivery) {
        List<Delivery> out = new ArrayList<>();
        List<Delivery> released = releaseHeld();
        if (random.nextDouble() < odds.drop()) {
            dropped.incrementAndGet();
            return released;
        }
        Delivery sent = delivery;
        if (random.nextDouble() < odds.corrupt()) {
            corrupted.incrementAndGet();
            sent = corrupt(delivery);
        }
        if (random.nextDouble() < odds.reorder()) {
            delayed.incrementAndGet();
            held.add(sent);
            return released;
        }
        out.add(sent);
        if (random.nextDouble() < odds.duplicate()) {
            duplicated.incrementAndGet();
            held.add(sent);
        }
        out.addAll(released);
        return out;
    }

    /** Late files go out on the next tick even when no other file comes. */
    public synchronized List<Delivery> releaseHeld() {
        List<Delivery> released = List.copyOf(held);
        held.clear();
        return released;
    }

    private Delivery corrupt(Delivery d) {
        byte[] bytes = d.bytes().clone();
        int at = bytes.length / 2 + random.nextInt(Math.max(1, bytes.length / 2));
        bytes[Math.min(at, bytes.length - 1)] ^= (byte) 0x5A;
        return new Delivery(d.target(), d.fileName(), bytes);
    }

    /** One file to write into a spool. */
    public record Delivery(java.nio.file.Path target, String fileName, byte[] bytes) {
    }
}
