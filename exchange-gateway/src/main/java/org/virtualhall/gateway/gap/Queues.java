package org.virtualhall.gateway.gap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The persistent queues of both brokers. Outer: {@code submissions} (submissions and supplements) waits for the
 * gap. Inner: {@code intake} waits for the load, {@code supplements} for theirs, {@code feedback} and
 * {@code catalog} wait for the gap. The names only matter on an external broker shared with other applications.
 *
 * @param submissions     outer: submissions and supplements waiting for the gap
 * @param feedback        inner: case events waiting for the gap
 * @param catalog         inner: catalog publications waiting for the gap
 * @param intake          inner: submissions from the gap waiting to be loaded into the approval system
 * @param supplements     inner: supplements from the gap waiting to be loaded
 * @param searchStats     outer: search counts (热词) waiting for the gap
 * @param searchStatsLoad inner: search counts from the gap waiting to be posted to the approval system
 * @param relays          inner: reviews (好差评) and bookings (预约) from the gap waiting to be loaded
 */
@ConfigurationProperties("hall.gateway.queues")
public record Queues(@DefaultValue("gap.submissions") String submissions,
                     @DefaultValue("gap.feedback") String feedback,
                     @DefaultValue("gap.catalog") String catalog,
                     @DefaultValue("inner.intake") String intake,
                     @DefaultValue("inner.supplements") String supplements,
                     @DefaultValue("gap.search-stats") String searchStats,
                     @DefaultValue("inner.search-stats") String searchStatsLoad,
                     @DefaultValue("inner.relays") String relays) {
}
