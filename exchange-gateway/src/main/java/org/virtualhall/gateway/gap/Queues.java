package org.virtualhall.gateway.gap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The persistent queues of both brokers. Outer: {@code submissions} (submissions and supplements) waits for the
 * gap. Inner: {@code intake} waits for the load, {@code supplements} for theirs, {@code feedback} and
 * {@code catalog} wait for the gap.
 */
@ConfigurationProperties("hall.gateway.queues")
public record Queues(@DefaultValue("gap.submissions") String submissions,
                     @DefaultValue("gap.feedback") String feedback,
                     @DefaultValue("gap.catalog") String catalog,
                     @DefaultValue("inner.intake") String intake,
                     @DefaultValue("inner.supplements") String supplements,
                     @DefaultValue("gap.search-stats") String searchStats,
                     @DefaultValue("inner.search-stats") String searchStatsLoad) {
}
