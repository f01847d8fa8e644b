package org.virtualhall.approval.appointment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.LatestPush;
import org.virtualhall.model.appointment.AppointmentCapacity;

/**
 * Publishes the 预约 places per window outward (they are taken there), every {@code approval.appointments.publish-interval}
 * when they changed, and at once after the administrator changes them.
 */
@Component
class CapacityPublisher {

    private final CapacityRepository capacities;
    private final LatestPush push;
    private final Clock clock;

    CapacityPublisher(CapacityRepository capacities, RestClient.Builder http, ApprovalProperties properties,
                      AppointmentSettings settings, Clock clock) {
        this.capacities = capacities;
        this.push = new LatestPush(http.build(), properties.gateway().url().resolve(settings.capacityPath()));
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.appointments.publish-interval}")
    void publish() {
        Map<String, Integer> set = capacities.all();
        List<AppointmentCapacity.Window> windows = set.entrySet().stream()
                .map(e -> new AppointmentCapacity.Window(e.getKey(), e.getValue())).toList();
        push.offer(set, new AppointmentCapacity(clock.instant(), windows));
    }
}
