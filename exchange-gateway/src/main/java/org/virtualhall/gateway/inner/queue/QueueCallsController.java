package org.virtualhall.gateway.inner.queue;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.inner.outbound.FeedbackPublisher;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.queue.QueueCalls;

/** {@code POST /api/outbound/queue-calls}: the windows' last calls (叫号), put on the feedback queue as one envelope. */
@RestController
@Profile("inner")
class QueueCallsController {

    private final FeedbackPublisher publisher;

    QueueCallsController(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping("/api/outbound/queue-calls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Integer> calls(@RequestBody QueueCalls calls) {
        if (calls.at() == null) {
            throw Refusal.badRequest("missing_field", "缺少发布时间 at", "at");
        }
        for (int i = 0; i < calls.calls().size(); i++) {
            QueueCalls.Call c = calls.calls().get(i);
            if (c == null || c.window() == null || !c.window().matches("[A-Za-z0-9]{1,8}") || c.day() == null || c.called() < 0) {
                throw Refusal.badRequest("invalid_value", "叫号须有窗口（1-8 位字母或数字）、日期和不小于 0 的号", "calls[" + i + "]");
            }
        }
        publisher.state(QueueCalls.TYPE, calls.at(), calls);
        return Map.of("calls", calls.calls().size());
    }
}
