package org.virtualhall.gateway.outer.consultation;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.virtualhall.gateway.consultation.Consultation;
import org.virtualhall.gateway.gap.Queues;
import org.virtualhall.gateway.gap.send.QueueWriter;
import org.virtualhall.gateway.outer.auth.CitizenSessions;
import org.virtualhall.gateway.outer.auth.TokenClaims;
import org.virtualhall.gateway.outer.check.ContentCheck;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.outer.intake.RequestReader;
import org.virtualhall.gateway.web.Refusal;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Envelope;

/**
 * 咨询 (docs/api.md): a question to the department of an item (or to a department), the citizen's own questions with
 * the answers that came back, and a rating of an answer. Signed-in only; someone else's question is unknown.
 */
@RestController
@Profile("outer")
class ConsultationController {

    static final int MAX_QUESTION = 500;

    private final CitizenSessions sessions;
    private final RequestReader reader;
    private final ConsultationStore store;
    private final HallCatalog catalog;
    private final ContentCheck content;
    private final QueueWriter queue;
    private final Queues queues;
    private final Clock clock;

    ConsultationController(CitizenSessions sessions, RequestReader reader, ConsultationStore store, HallCatalog catalog,
                           ContentCheck content, QueueWriter queue, Queues queues, Clock clock) {
        this.sessions = sessions;
        this.reader = reader;
        this.store = store;
        this.catalog = catalog;
        this.content = content;
        this.queue = queue;
        this.queues = queues;
        this.clock = clock;
    }

    /** The question: about an item, or to a department. */
    record Question(String itemCode, String department, String question) {
    }

    /** The rating of an answer, 1-5. */
    record Rating(Integer grade) {
    }

    @PostMapping("/api/consultations")
    ResponseEntity<Map<String, Object>> ask(@RequestHeader(name = "Authorization", required = false) String authorization,
                                            HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        Question q = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()), Question.class);
        String department;
        String itemCode = blankToNull(q.itemCode());
        if (itemCode != null) {
            Item item = catalog.item(itemCode).orElseThrow(() -> Refusal.badRequest("unknown_item", "没有这个事项：" + itemCode,
                    "itemCode"));
            department = item.department();
        } else if (blankToNull(q.department()) != null) {
            department = q.department();
            if (catalog.hall().department(department).isEmpty()) {
                throw Refusal.badRequest("unknown_department", "没有这个部门：" + department, "department");
            }
        } else {
            throw Refusal.badRequest("missing_field", "请选择要咨询的事项或部门", "itemCode");
        }
        String question = q.question() == null ? "" : q.question().strip();
        if (question.isEmpty()) {
            throw Refusal.badRequest("missing_field", "请填写咨询的问题", "question");
        }
        if (question.length() > MAX_QUESTION) {
            throw Refusal.badRequest("too_long", "问题不能超过" + MAX_QUESTION + "字", "question");
        }
        content.inspect("question", question);
        Instant now = clock.instant();
        String id = "ZX" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        store.add(id, claims.sub(), itemCode, department, question, now);
        send(new Consultation(id, claims.sub(), itemCode, department, question, now, null));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }

    @GetMapping("/api/consultations")
    Map<String, Object> mine(@RequestHeader(name = "Authorization", required = false) String authorization) {
        TokenClaims claims = sessions.verify(authorization);
        return Map.of("items", store.mine(claims.sub()).stream().map(ConsultationController::view).toList());
    }

    @GetMapping("/api/consultations/{id}")
    Map<String, Object> one(@PathVariable String id,
                            @RequestHeader(name = "Authorization", required = false) String authorization) {
        return view(own(sessions.verify(authorization), id));
    }

    @PostMapping("/api/consultations/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable String id,
                              @RequestHeader(name = "Authorization", required = false) String authorization,
                              HttpServletRequest http) throws IOException {
        TokenClaims claims = sessions.verify(authorization);
        ConsultationStore.Asked asked = own(claims, id);
        Rating r = reader.parse(reader.readBody(http.getInputStream(), http.getContentLengthLong()), Rating.class);
        if (r.grade() == null || r.grade() < 1 || r.grade() > 5) {
            throw Refusal.badRequest(r.grade() == null ? "missing_field" : "invalid_value", "评分须为 1 至 5", "grade");
        }
        if (asked.answer() == null) {
            throw new Refusal(HttpStatus.CONFLICT, "not_answered", "部门尚未答复，答复后才能评价", "id");
        }
        if (!store.rate(id, r.grade())) {
            throw new Refusal(HttpStatus.CONFLICT, "already_rated", "这条答复已经评价过了", "id");
        }
        send(new Consultation(id, claims.sub(), asked.itemCode(), asked.department(), asked.question(), clock.instant(),
                r.grade()));
        return ResponseEntity.noContent().build();
    }

    private ConsultationStore.Asked own(TokenClaims claims, String id) {
        return store.find(id).filter(a -> a.idNumber().equals(claims.sub()))
                .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "not_found", "没有找到您的这条咨询：" + id, "id"));
    }

    private void send(Consultation c) {
        try {
            String envelope = HallJson.wire().writeValueAsString(new Envelope(c.envelopeId(), Consultation.TYPE, null, c.at(),
                    HallJson.wire().writeValueAsString(c)));
            queue.send(queues.submissions(), List.of(new QueueWriter.Outgoing(envelope, Map.of())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> view(ConsultationStore.Asked a) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", a.id());
        v.put("itemCode", a.itemCode());
        v.put("department", a.department());
        v.put("question", a.question());
        v.put("askedAt", a.askedAt().toString());
        v.put("status", a.answer() == null ? "WAITING" : "ANSWERED");
        v.put("answer", a.answer());
        v.put("answeredAt", a.answeredAt() == null ? null : a.answeredAt().toString());
        v.put("rating", a.rating());
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
