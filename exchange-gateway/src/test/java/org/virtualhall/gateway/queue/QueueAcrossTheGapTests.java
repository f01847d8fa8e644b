package org.virtualhall.gateway.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.support.AcrossTheGap;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.model.json.HallJson;

/**
 * 取号 through the outer hall API with the whole gateway running: numbers in order and never twice, the ticket crossing
 * to the window's side, and 叫号 from inside coming back so the citizen sees who is still ahead.
 */
class QueueAcrossTheGapTests extends AcrossTheGap {

    @Test
    void numbersAreGivenInOrderCrossTheGapAndACallFromInsideMovesTheQueue() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(citizen.token(Applicants.applicant(7301 + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Future<JsonNode>> taken = new ArrayList<>();
        try {
            for (String token : tokens) {
                Callable<JsonNode> take = () -> citizen.post("/api/queue/tickets",
                        "{\"window\":\"D02\"}".getBytes(StandardCharsets.UTF_8), token).json();
                taken.add(pool.submit(take));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<JsonNode> f : taken) {
                numbers.add(f.get().path("number").asText());
            }
            assertThat(numbers).as("six citizens at once, six numbers").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrder("D02-001", "D02-002", "D02-003", "D02-004", "D02-005", "D02-006");
        } finally {
            pool.shutdownNow();
        }
        String last = citizen.post("/api/queue/tickets", "{\"window\":\"D02\"}".getBytes(StandardCharsets.UTF_8), tokens.get(0))
                .json().path("id").asText();
        JsonNode mine = citizen.get("/api/queue/tickets/" + last, tokens.get(0)).json();
        assertThat(mine.path("number").asText()).isEqualTo("D02-007");
        assertThat(mine.path("ahead").asInt()).isEqualTo(6);
        assertThat(mine.path("status").asText()).isEqualTo("WAITING");
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().tickets().containsKey(last));
        assertThat(cluster.approval().tickets().get(last).path("hm").asText()).isEqualTo("D02-007");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String calls = "{\"at\":\"" + Instant.now() + "\",\"calls\":[{\"window\":\"D02\",\"day\":\"" + today + "\",\"called\":4}]}";
        assertThat(inner.post("/api/outbound/queue-calls", calls.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(202);
        await("the call comes back outside").atMost(Duration.ofSeconds(60))
                .until(() -> citizen.get("/api/queue/tickets/" + last, tokens.get(0)).json().path("ahead").asInt() == 2);

        String all = "{\"at\":\"" + Instant.now().plusSeconds(1) + "\",\"calls\":[{\"window\":\"D02\",\"day\":\"" + today
                + "\",\"called\":7}]}";
        inner.post("/api/outbound/queue-calls", all.getBytes(StandardCharsets.UTF_8), null);
        await().atMost(Duration.ofSeconds(60)).until(() -> citizen.get("/api/queue/tickets/" + last, tokens.get(0)).json()
                .path("status").asText().equals("CALLED"));
    }

    @Test
    void aStrangersTicketIsUnknownAndBadInputIsNamed() throws Exception {
        String token = citizen.token(Applicants.applicant(7311));
        String stranger = citizen.token(Applicants.applicant(7312));
        String id = citizen.post("/api/queue/tickets", body(Map.of("window", "A01")), token).json().path("id").asText();

        HallClient.Response foreign = citizen.get("/api/queue/tickets/" + id, stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("field").asText()).isEqualTo("id");
        assertThat(citizen.get("/api/queue/tickets/QHNOSUCHTICKET00", stranger).status()).isEqualTo(404);
        HallClient.Response noWindow = citizen.post("/api/queue/tickets", body(Map.of()), token);
        assertThat(noWindow.status()).isEqualTo(400);
        assertThat(noWindow.json().path("field").asText()).isEqualTo("window");
        HallClient.Response unknown = citizen.post("/api/queue/tickets", body(Map.of("window", "Z99")), token);
        assertThat(unknown.json().path("error").asText()).isEqualTo("unknown_window");
        assertThat(citizen.post("/api/queue/tickets", body(Map.of("window", "A01")), null).status()).isEqualTo(401);
        assertThat(citizen.post("/api/queue/tickets", body(Map.of("window", "A01", "seat", 1)), token).json()
                .path("field").asText()).isEqualTo("seat");
    }

    private static byte[] body(Object body) throws Exception {
        return HallJson.wire().writeValueAsBytes(body);
    }
}
