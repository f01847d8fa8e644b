package org.virtualhall.gateway.outer.hall;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outer role's catalog.
 *
 * @param recheck how soon a publication another outer instance took off the gap is served here too
 */
@ConfigurationProperties("hall.gateway.outer.catalog")
public record CatalogProperties(@DefaultValue("5s") Duration recheck) {
}
