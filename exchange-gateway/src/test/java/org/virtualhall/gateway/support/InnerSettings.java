package org.virtualhall.gateway.support;

import java.time.Duration;
import org.virtualhall.gateway.inner.InnerProperties;

/** The inner side's settings for tests of one part of it: the shipped defaults but for what a test sets. */
public final class InnerSettings {

    private InnerSettings() {
    }

    /** Against this approval system, loading at most {@code loadBatch} records a call, the shipped code tables. */
    public static InnerProperties of(String approvalUrl, int loadBatch) {
        return new InnerProperties(approvalUrl, Duration.ofSeconds(10), 4, loadBatch, Duration.ofMillis(200),
                Duration.ofMillis(500), Duration.ofSeconds(30), 8, "classpath:codes/", 30, 100, "330199");
    }
}
