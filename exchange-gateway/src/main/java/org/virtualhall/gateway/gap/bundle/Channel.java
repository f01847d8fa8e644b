package org.virtualhall.gateway.gap.bundle;

import java.util.Arrays;
import java.util.Optional;

/** The channels that cross the gap, each allowed in one direction only (acks in both). */
public enum Channel {
    SUBMISSIONS(true, false),
    FEEDBACK(false, true),
    CATALOG(false, true),
    /** 热词: what citizens searched for, counted per day and query outside, for the back office's 热词管理. */
    SEARCH_STATS(true, false),
    ACKS(true, true);

    private final boolean outward;
    private final boolean inward;

    Channel(boolean outToIn, boolean inToOut) {
        this.outward = outToIn;
        this.inward = inToOut;
    }

    /** The name used in bundle file names and manifests. */
    public String wireName() {
        return name().toLowerCase();
    }

    public boolean mayCross(Direction direction) {
        return direction == Direction.OUT_TO_IN ? outward : inward;
    }

    public static Optional<Channel> ofWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst();
    }

    /** Which way a file travels through the gap. */
    public enum Direction { OUT_TO_IN, IN_TO_OUT }
}
