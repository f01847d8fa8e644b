package org.virtualhall.gateway.inner.appointment;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.appointment.AppointmentCapacity;

/**
 * {@code POST /api/outbound/appointment-capacity}: the places per slot set in the back office, checked and put on the
 * feedback queue as one envelope of type {@value AppointmentCapacity#TYPE}.
 */
@RestController
@Profile("inner")
class CapacityController {

    private static final int MAX_PLACES = 200;

    private final FeedbackPublisher publisher;

    CapacityController(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/api/outbound/appointment-capacity")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> capacity(@RequestBody AppointmentCapacity capacity) {
        if (capacity.at() == null) {
            throw Refusal.badRequest("missing_field", "缺少发布时间 at", "at");
        }
        for (int i = 0; i < capacity.windows().size(); i++) {
            AppointmentCapacity.Window w = capacity.windows().get(i);
            if (w == null || w.window() == null || !w.window().matches("[A-Za-z0-9]{1,8}")) {
                throw Refusal.badRequest("invalid_value", "窗口编号须为 1-8 位字母或数字", "windows[" + i + "].window");
            }
            if (w.capacity() < 0 || w.capacity() > MAX_PLACES) {
                throw Refusal.badRequest("invalid_value", "每个时段的名额须为 0 至 " + MAX_PLACES, "windows[" + i + "].capacity");
            }
        }
        publisher.state(AppointmentCapacity.TYPE, capacity.at(), capacity);
        return Map.of("windows", capacity.windows().size());
    }
}
