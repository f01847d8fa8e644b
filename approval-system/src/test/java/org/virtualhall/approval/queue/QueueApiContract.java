package org.virtualhall.approval.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.virtualhall.approval.store.TestGateway;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.json.HallJson;

/** POST /api/queue/tickets (取号 from the inner gateway) and 叫号, run against each store by its subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class QueueApiContract {

    @LocalServerPort
    int port;
    @Autowired
    TicketRepository tickets;
    @Autowired
    Clock clock;

    JsonHttp api() {
        return JsonHttp.local(port, HallJson.wire());
    }

    @Test
    void ticketsAreCalledInTheirOrderOnceEachAndTheLastCallIsPublishedOutward() {
        String window = "Q" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        LocalDate today = LocalDate.now(clock);
        for (int seq : new int[] {2, 1, 3}) {
            assertThat(api().post("/api/queue/tickets", ticket(window, today, seq)).status()).isEqualTo(201);
        }
        Map<String, Object> again = ticket(window, today, 9);
        assertThat(api().post("/api/queue/tickets", again).status()).isEqualTo(201);
        assertThat(api().post("/api/queue/tickets", again).status()).as("a repeat").isEqualTo(200);

        assertThat(tickets.callNext(window, today, "QX0005", Instant.now()).orElseThrow().seq()).isEqualTo(1);
        assertThat(tickets.callNext(window, today, "QX0005", Instant.now()).orElseThrow().seq()).isEqualTo(2);
        assertThat(tickets.day(window, today)).filteredOn(t -> t.calledAt() == null).extracting(Ticket::seq).containsExactly(3, 9);

        await().atMost(Duration.ofSeconds(20)).until(() -> TestGateway.shared().queueCalls().stream()
                .anyMatch(c -> c.path("calls").toString().contains("\"window\":\"" + window + "\",\"day\":\"" + today
                        + "\",\"called\":2")));
        tickets.callNext(window, today, "QX0005", Instant.now());
        tickets.callNext(window, today, "QX0005", Instant.now());
        assertThat(tickets.callNext(window, today, "QX0005", Instant.now())).as("nobody left").isEmpty();
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> good = ticket("A03", LocalDate.now(clock), 1);
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("phbh", "", "ck", "", "sxh", 0, "rq", "今天", "sj", "刚才")
                .entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            Answer answer = api().post("/api/queue/tickets", body);
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).isEqualTo(bad.getKey());
        }
    }

    static Map<String, Object> ticket(String window, LocalDate day, int seq) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phbh", "QH" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        body.put("ck", window);
        body.put("rq", day.toString());
        body.put("sxh", seq);
        body.put("hm", window + "-" + String.format("%03d", seq));
        body.put("zjhm", "330102199001011234");
        body.put("sj", Instant.now().toString());
        return body;
    }
}
