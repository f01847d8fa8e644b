package org.virtualhall.approval.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code approval.queue.*}: 取号 and 叫号.
 *
 * @param publishInterval how often the windows' last calls are pushed outward when they changed (also at once on a call)
 * @param callsPath       the inner gateway's path for them, on {@code approval.gateway.url}
 */
@ConfigurationProperties("approval.queue")
public record QueueSettings(@DefaultValue("5s") Duration publishInterval,
                            @DefaultValue("/api/outbound/queue-calls") String callsPath) {
}
