package org.virtualhall.approval.search;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code approval.search.*}: the internal network's own Elasticsearch node and how the approval
 * system keeps its indices current.
 *
 * @param url          the node (the launcher's inner-search part, 127.0.0.1:9201 by default)
 * @param syncInterval how often the indices are brought up to date when nothing asked for it sooner: the retry
 *                     interval while the node is unreachable, and the catch-up once it is back
 * @param batch        cases read and indexed per bulk request
 * @param maxPending   changed cases remembered while the node is unreachable; beyond that every case is indexed
 *                     again once it is back
 * @param groupSize    results shown per group on the console's search page
 */
@ConfigurationProperties("approval.search")
public record SearchSettings(URI url, Duration syncInterval, int batch, int maxPending, int groupSize) {
}
