package org.virtualhall.approval.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.LatestPush;
import org.virtualhall.model.queue.QueueCalls;

/** Publishes each window's last call of the day outward: at once after a call, and every interval when it changed. */
@Component
class CallsPublisher {

    private final TicketRepository tickets;
    private final LatestPush push;
    private final Clock clock;

    CallsPublisher(TicketRepository tickets, RestClient.Builder http, ApprovalProperties properties, QueueSettings settings,
                   Clock clock) {
        this.tickets = tickets;
        this.push = new LatestPush(http.build(), properties.gateway().url().resolve(settings.callsPath()));
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.queue.publish-interval}")
    void publish() {
        LocalDate today = LocalDate.now(clock);
        List<QueueCalls.Call> calls = tickets.called(today).stream()
                .map(c -> new QueueCalls.Call(c.window(), today, c.seq())).toList();
        push.offer(calls, new QueueCalls(clock.instant(), calls));
    }
}
