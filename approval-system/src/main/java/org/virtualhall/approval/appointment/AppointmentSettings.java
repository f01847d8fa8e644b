package org.virtualhall.approval.appointment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code approval.appointments.*}: 预约.
 *
 * @param publishInterval how often the places per window are pushed outward when they changed
 * @param capacityPath    the inner gateway's path for them, on {@code approval.gateway.url}
 */
@ConfigurationProperties("approval.appointments")
public record AppointmentSettings(@DefaultValue("30s") Duration publishInterval,
                                  @DefaultValue("/api/outbound/appointment-capacity") String capacityPath) {
}
