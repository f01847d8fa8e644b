package org.virtualhall.gateway.outer.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.RequestReader;
import org.virtualhall.gateway.queue.QueueTicket;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * 取号 (docs/api.md): {@code POST /api/queue/tickets} gives the signed-in citizen the window's next number of the day and
 * sends it across the gap for the console's 叫号; {@code GET /api/queue/tickets/{id}} tells how many are still ahead.
 */
@RestController
@Profile("outer")
class QueueController {

    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final QueueLedger ledger;
    private final HallCatalog catalog;
    private final QueueWriter queue;
    private final Queues queues;
    private final Clock clock;

    QueueController(CitizenSessions sessions, RequestReader reader, QueueLedger ledger, HallCatalog catalog, QueueWriter queue,
                    Queues queues, Clock clock) {
        this.sessions = sessions;
        this.reader = reader;
        this.ledger = ledger;
        this.catalog = catalog;
        this.queue = queue;
        this.queues = queues;
        this.clock = clock;
    }

    /** The body: the window whose queue to join. */
    record TicketRequest(String window) {
    }

    @PostMapping("/api/queue/tickets")
    ResponseEntity<Map<String, Object>> take(@RequestHeader(name = "Authorization", required = false) String authorization,
                                             HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        TicketRequest r = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()), TicketRequest.class);
        if (r.window() == null || r.window().isBlank()) {
            throw Refusal.badRequest("missing_field", "请选择窗口", "window");
        }
        if (catalog.hall().window(r.window()).isEmpty()) {
            throw Refusal.badRequest("unknown_window", "没有这个窗口：" + r.window(), "window");
        }
        QueueLedger.Ticket t = ledger.take(r.window(), LocalDate.now(clock.withZone(HALL_ZONE)), claims.sub(), clock.instant());
        send(new QueueTicket(t.id(), t.window(), t.day(), t.seq(), t.number(), t.idNumber(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(t));
    }

    @GetMapping("/api/queue/tickets/{id}")
    Map<String, Object> ticket(@PathVariable String id,
                               @RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = sessions.verify(authorization);
        return view(ledger.find(id).filter(t -> t.idNumber().equals(claims.sub()))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有找到您的这张号：" + id, "id")));
    }

    private Map<String, Object> view(QueueLedger.Ticket t) {
        int ahead = ledger.ahead(t);
        boolean called = ledger.called(t.window(), t.day()) >= t.seq();
        return Map.of("id", t.id(), "number", t.number(), "window", t.window(), "date", t.day().toString(), "ahead", ahead,
                "status", called ? "CALLED" : "WAITING");
    }

    private void send(QueueTicket ticket) {
        try {
            String envelope = HallJson.wire().writeValueAsString(new Envelope(ticket.envelopeId(), QueueTicket.TYPE, null,
                    ticket.takenAt(), HallJson.wire().writeValueAsString(ticket)));
            queue.send(queues.submissions(), List.of(new QueueWriter.Outgoing(envelope, Map.of())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
