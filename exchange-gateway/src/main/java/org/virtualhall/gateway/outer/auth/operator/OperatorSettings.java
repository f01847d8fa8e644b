package org.virtualhall.gateway.outer.auth.operator;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a carrier's API is, the county's key for it, and how long to wait for an answer.
 *
 * @param url     the carrier's API
 * @param key     the county's key for it (keep it in keys.env)
 * @param timeout how long to wait for an answer before the request counts as failed
 */
public record OperatorSettings(URI url, String key, @DefaultValue("5s") Duration timeout) {

    /** The API; {@code property} names these settings in the error when no URL is configured. */
    public OperatorApi api(String property) {
        if (url == null || url.toString().isBlank()) {
            throw new IllegalStateException(property + ".url is not set");
        }
        return new OperatorApi(url, key, timeout);
    }
}
