package org.virtualhall.gateway.gap;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one side of the gap talks to its spool directories.
 *
 * @param hmacKey      the per-deployment key signing every bundle; both sides hold the same one
 * @param spoolOut     where this side drops bundles for the ferry
 * @param spoolIn      where the ferry drops bundles for this side
 * @param stateDir     this side's own files: bundles kept until acked, archive, quarantined bundles
 * @param batchSize    envelopes per bundle at most
 * @param batchBytes   body bytes per bundle at most (the first envelope always goes)
 * @param batchWindow  how long a sender waits to fill a bundle after its first envelope
 * @param pollTimeout  how long a sender waits on its queue for the first envelope of a bundle
 * @param resendAfter  a bundle not acked within this time is put in the spool again
 * @param pollDelayMillis how often the receiver looks into the inbound spool
 * @param maxBundleBytes a larger inbound file is quarantined unread
 * @param archive      keep a copy of every verified inbound bundle
 * @param instance     this instance's name among the role's instances on one database and one spool pair: its bundles
 *                     are a sequence stream of their own (docs/contracts.md); empty for a role run as one instance
 */
@ConfigurationProperties("hall.gateway.gap")
public record GapProperties(String hmacKey, Path spoolOut, Path spoolIn, Path stateDir,
                            @DefaultValue("500") int batchSize,
                            @DefaultValue("4000000") long batchBytes,
                            @DefaultValue("50ms") Duration batchWindow,
                            @DefaultValue("200ms") Duration pollTimeout,
                            @DefaultValue("5s") Duration resendAfter,
                            @DefaultValue("20") long pollDelayMillis,
                            @DefaultValue("67108864") long maxBundleBytes,
                            @DefaultValue("true") boolean archive,
                            String instance) {

    /** What an instance may be called: it is part of bundle file names. */
    public static final String INSTANCE = "[a-z][a-z0-9]{0,15}";

    public GapProperties {
        instance = instance == null ? "" : instance;
        if (!instance.isEmpty() && !instance.matches(INSTANCE)) {
            throw new IllegalArgumentException("hall.gateway.gap.instance must match " + INSTANCE + ": " + instance);
        }
    }

    public Path pendingDir() {
        return stateDir.resolve("pending");
    }

    public Path archiveDir() {
        return stateDir.resolve("archive");
    }

    public Path quarantineDir() {
        return stateDir.resolve("quarantine");
    }
}
