package org.virtualhall.gateway.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.support.AcrossTheGap;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;

/**
 * 咨询 through the outer hall API with the whole gateway running: the question crosses to the department, the answer
 * comes back on the feedback channel, the citizen rates it once; bad fields named, someone else's question unknown.
 */
class ConsultationsAcrossTheGapTests extends AcrossTheGap {

    @Test
    void aQuestionCrossesItsAnswerComesBackAndTheCitizenRatesItOnce() throws Exception {
        String token = citizen.token(Applicants.applicant(7401));
        HallClient.Response asked = ask(token, Map.of("itemCode", TestHall.ITEM, "question", "居住证明需要本人到场吗？"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String id = asked.json().path("id").asText();

        JsonNode crossed = await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().consultations().get(id),
                n -> n != null);
        assertThat(crossed.path("bm").asText()).isEqualTo("ZW");
        assertThat(crossed.path("wt").asText()).isEqualTo("居住证明需要本人到场吗？");
        assertThat(citizen.get("/api/consultations/" + id, token).json().path("status").asText()).isEqualTo("WAITING");
        HallClient.Response early = rate(token, id, 5);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("error").asText()).isEqualTo("not_answered");

        String answers = "{\"answers\":[{\"id\":\"" + id + "\",\"answer\":\"无需本人到场，可委托代办。\",\"department\":\"ZW\","
                + "\"answeredAt\":\"" + Instant.now() + "\"}]}";
        assertThat(inner.post("/api/outbound/consultation-answers", answers.getBytes(StandardCharsets.UTF_8), null).status())
                .isEqualTo(202);
        JsonNode answered = await().atMost(Duration.ofSeconds(60)).until(() -> citizen.get("/api/consultations/" + id, token).json(),
                j -> j.path("status").asText().equals("ANSWERED"));
        assertThat(answered.path("answer").asText()).isEqualTo("无需本人到场，可委托代办。");
        assertThat(citizen.get("/api/consultations", token).json().path("items").findValuesAsText("id")).containsExactly(id);

        assertThat(rate(token, id, 4).status()).isEqualTo(204);
        assertThat(rate(token, id, 5).json().path("error").asText()).isEqualTo("already_rated");
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().consultations().containsKey(id + " rating"));
        assertThat(cluster.approval().consultations().get(id + " rating").path("pf").asInt()).isEqualTo(4);
    }

    @Test
    void badFieldsAreNamedAndSomeoneElsesQuestionIsUnknown() throws Exception {
        String token = citizen.token(Applicants.applicant(7402));
        String stranger = citizen.token(Applicants.applicant(7403));
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("itemCode missing_field", Map.of("question", "问一下"));
        bad.put("itemCode unknown_item", Map.of("itemCode", "ZW999", "question", "问一下"));
        bad.put("department unknown_department", Map.of("department", "XX", "question", "问一下"));
        bad.put("question missing_field", Map.of("department", "ZW", "question", " "));
        bad.put("question too_long", Map.of("department", "ZW", "question", "问".repeat(501)));
        bad.put("question markup_not_allowed", Map.of("department", "ZW", "question", "<script>x</script>"));
        bad.put("urgent unknown_field", Map.of("department", "ZW", "question", "问一下", "urgent", true));
        for (Map.Entry<String, Map<String, Object>> b : bad.entrySet()) {
            HallClient.Response r = ask(token, b.getValue());
            String[] expected = b.getKey().split(" ");
            assertThat(r.json().path("field").asText()).as(b.getKey() + ": " + r.body()).isEqualTo(expected[0]);
            assertThat(r.json().path("error").asText()).as(b.getKey()).isEqualTo(expected[1]);
        }
        String id = ask(token, Map.of("department", "ZW", "question", "周六上班吗？")).json().path("id").asText();
        HallClient.Response foreign = citizen.get("/api/consultations/" + id, stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("field").asText()).isEqualTo("id");
        assertThat(citizen.get("/api/consultations/ZXNOSUCHQUESTION", stranger).status()).isEqualTo(404);
        assertThat(rate(stranger, id, 5).status()).isEqualTo(404);
        assertThat(rate(token, id, 9).json().path("field").asText()).isEqualTo("grade");
        assertThat(citizen.get("/api/consultations", token).json().path("items").findValuesAsText("id")).containsExactly(id);
    }

    private static HallClient.Response ask(String token, Object body) throws Exception {
        return citizen.post("/api/consultations", HallJson.wire().writeValueAsBytes(body), token);
    }

    private static HallClient.Response rate(String token, String id, int grade) throws Exception {
        return citizen.post("/api/consultations/" + id + "/rating", HallJson.wire().writeValueAsBytes(Map.of("grade", grade)), token);
    }
}
