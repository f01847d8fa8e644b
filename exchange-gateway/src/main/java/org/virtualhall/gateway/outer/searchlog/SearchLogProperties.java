package org.virtualhall.gateway.outer.searchlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hall.gateway.outer.search-log.*}: the 热词 counts of the outer role.
 *
 * @param flushInterval how often the counts gathered in memory are added to the database (a search never waits for it)
 * @param sendInterval  how often the rows changed since the last send go onto the gap
 * @param sendBatch     rows in one message on the gap queue, at most
 * @param maxPending    distinct queries of a day kept in memory between two flushes; beyond them (the database is
 *                      away for long) new queries are not counted, and the metric says how many
 */
@ConfigurationProperties("hall.gateway.outer.search-log")
public record SearchLogProperties(@DefaultValue("1s") Duration flushInterval,
                                  @DefaultValue("30s") Duration sendInterval,
                                  @DefaultValue("500") int sendBatch,
                                  @DefaultValue("10000") int maxPending) {
}
