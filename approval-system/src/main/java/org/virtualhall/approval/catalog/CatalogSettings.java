package org.virtualhall.approval.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code approval.catalog}.
 *
 * @param revisionCheck how often an instance looks whether another instance on its database changed the catalog;
 *                      a change made elsewhere reaches this instance's intake within this time
 */
@ConfigurationProperties("approval.catalog")
public record CatalogSettings(Duration revisionCheck) {
}
