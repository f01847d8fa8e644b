package org.virtualhall.gateway.outer.auth.oidc;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The sign-in's settings as a deployment's configuration would give them: the defaults, then {@code given}. */
final class OidcSettings {

    static final String PREFIX = "hall.gateway.outer.auth.oidc";

    private OidcSettings() {
    }

    /** {@code given} keys are relative to the prefix, e.g. {@code ticket-ttl}. */
    static OidcProperties of(Map<String, String> given) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        given.forEach((key, value) -> source.put(PREFIX + "." + key, value));
        return new Binder(source).bindOrCreate(PREFIX, OidcProperties.class);
    }
}
