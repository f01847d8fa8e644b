package org.virtualhall.approval.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.approval.system.InstanceLocks;
import org.virtualhall.model.json.HallJson;

/**
 * Pushes waiting events to the inner gateway in batches until it answers 2xx (外网反馈). A failed batch
 * waits longer each time, up to {@code approval.gateway.max-backoff}; nothing is dropped. Of several instances on one
 * database, one pushes a batch at a time, so no event goes twice and a case's events go in the order they happened.
 */
@Component
public class OutboxPusher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPusher.class);

    private final OutboxRepository outbox;
    private final ApprovalProperties.Gateway gateway;
    private final Clock clock;
    private final RestClient http;
    private final InstanceLocks locks;
    private final TransactionTemplate transactions;

    OutboxPusher(OutboxRepository outbox, ApprovalProperties properties, Clock clock, RestClient.Builder http,
                 InstanceLocks locks, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.locks = locks;
        this.transactions = transactions;
        this.gateway = properties.gateway();
        this.clock = clock;
        this.http = http.build();
    }

    /** Sends full batches back to back while the gateway takes them, so a busy hour never builds a backlog. */
    @Scheduled(fixedDelayString = "${approval.gateway.push-interval}")
    public void push() {
        boolean more = true;
        while (more) {
            more = pushBatch();
        }
    }

    /** @return whether a full batch went out, so there may be more waiting; false while another instance pushes */
    private boolean pushBatch() {
        return Boolean.TRUE.equals(transactions.execute(status -> locks.tryTake(InstanceLocks.Job.OUTBOX) && pushDue()));
    }

    private boolean pushDue() {
        List<OutboxRepository.Pending> due = outbox.due(clock.instant(), gateway.batchSize());
        if (due.isEmpty()) {
            return false;
        }
        List<FeedbackEvent> events = due.stream().map(OutboxRepository.Pending::event).toList();
        try {
            http.post().uri(gateway.events()).contentType(MediaType.APPLICATION_JSON)
                    .body(HallJson.wire().writeValueAsString(events))
                    .retrieve().toBodilessEntity();
            outbox.delivered(events.stream().map(FeedbackEvent::id).toList());
            return due.size() == gateway.batchSize();
        } catch (RestClientException | JsonProcessingException e) {
            LOG.warn("the gateway did not take {} events ({}); retrying later", events.size(), e.getMessage());
            for (OutboxRepository.Pending p : due) {
                outbox.failed(p.event().id(), clock.instant().plus(backoff(p.attempts())), e.getMessage());
            }
            return false;
        }
    }

    /** 1 s, 2 s, 4 s … capped. */
    private Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 20));
        return wait.compareTo(gateway.maxBackoff()) > 0 ? gateway.maxBackoff() : wait;
    }
}
