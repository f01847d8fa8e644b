package org.virtualhall.gateway.outer.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenKey the outer side's own signing key for applicant tokens (never the gap key)
 * @param tokenTtl how long a token is valid
 */
@ConfigurationProperties("hall.gateway.outer.auth")
public record AuthProperties(String tokenKey, @DefaultValue("2h") Duration tokenTtl) {
}
