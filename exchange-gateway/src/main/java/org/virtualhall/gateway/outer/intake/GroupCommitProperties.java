package org.virtualhall.gateway.outer.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the group commit of accepted submissions.
 *
 * @param maxGroup   submissions committed together at most
 * @param maxWaiting submissions waiting for a commit at most; beyond that a request is answered 503
 * @param timeout    how long a request waits for its commit before it is answered 503
 */
@ConfigurationProperties("hall.gateway.outer.group-commit")
public record GroupCommitProperties(@DefaultValue("256") int maxGroup,
                                    @DefaultValue("4096") int maxWaiting,
                                    @DefaultValue("20s") Duration timeout) {
}
