package org.virtualhall.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.support.AcrossTheGap;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.model.submission.Applicant;

/**
 * 好差评 from the citizen to the case: outer, ferry and inner with real brokers and databases, the approval system's
 * review endpoint played by the double. Only the owner, only once the case has ended, only once; every refusal names
 * the field, and nothing refused crosses.
 */
class EvaluationAcrossTheGapTests extends AcrossTheGap {

    @Test
    void aReviewOfAnEndedCaseCrossesTheGapOnceAndASecondIsRefused() throws Exception {
        Applicant a = Applicants.applicant(7101);
        String token = citizen.token(a);
        String receipt = ended(a, token);

        HallClient.Response r = citizen.evaluate(token, receipt, Map.of("grade", 2, "reasons", List.of("办理超时", "多次跑动"),
                "comment", "跑了三趟才办好"));

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("receipt").asText()).isEqualTo(receipt);
        String id = r.json().get("evaluation").asText();
        assertThat(id).startsWith("PJ");
        JsonNode record = await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().evaluations().get(id),
                n -> n != null);
        assertThat(record.get("receipt").asText()).isEqualTo(receipt);
        assertThat(record.get("pjdj").asInt()).isEqualTo(2);
        assertThat(record.get("pjyy").toString()).contains("办理超时", "多次跑动");
        assertThat(record.get("pjnr").asText()).isEqualTo("跑了三趟才办好");
        assertThat(record.get("ly").asText()).isEqualTo("web");
        await().atMost(Duration.ofSeconds(30)).until(() -> inner.get("/api/audit/" + receipt, null).json()
                .findValuesAsText("action").stream().anyMatch(x -> x.startsWith("装载评价")));

        JsonNode timeline = citizen.get("/api/submissions/" + receipt, token).json();
        assertThat(timeline.get("status").asText()).as("a review leaves the status").isEqualTo("COMPLETED");
        assertThat(timeline.get("events").findValuesAsText("step")).containsOnlyOnce("已评价");
        assertThat(timeline.get("events").findValuesAsText("note")).anyMatch(n -> n.contains("不满意") && n.contains("办理超时"));

        HallClient.Response again = citizen.evaluate(token, receipt, Map.of("grade", 5));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("already_evaluated");
        assertThat(again.json().get("field").asText()).isEqualTo("receipt");
        assertThat(cluster.approval().evaluationPosts(id)).isEqualTo(1);
        assertThat(cluster.approval().evaluations().values()).filteredOn(e -> receipt.equals(e.get("receipt").asText()))
                .hasSize(1);
    }

    @Test
    void aCaseStillRunningCannotBeReviewedAndSomeoneElsesReceiptIsUnknown() throws Exception {
        Applicant a = Applicants.applicant(7102);
        String token = citizen.token(a);
        String receipt = citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText();

        HallClient.Response early = citizen.evaluate(token, receipt, Map.of("grade", 5));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("error").asText()).isEqualTo("not_ended");
        assertThat(early.json().get("reason").asText()).contains("已申报", "办结");
        assertThat(early.json().get("field").asText()).isEqualTo("receipt");

        String endedReceipt = ended(a, token);
        String stranger = citizen.token(Applicants.applicant(7103));
        HallClient.Response foreign = citizen.evaluate(stranger, endedReceipt, Map.of("grade", 5));
        HallClient.Response unknown = citizen.evaluate(stranger, "SB20261123-NOSUCHONE1", Map.of("grade", 5));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("error").asText()).isEqualTo("not_found");
        assertThat(foreign.json().get("field").asText()).isEqualTo("receipt");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.json().get("reason").asText().replace(endedReceipt, "R"))
                .isEqualTo(unknown.json().get("reason").asText().replace("SB20261123-NOSUCHONE1", "R"));
        assertThat(citizen.get("/api/submissions/" + endedReceipt, token).json().get("events").findValuesAsText("step"))
                .doesNotContain("已评价");
    }

    @Test
    void everyBadFieldIsNamedAndNothingRefusedCrosses() throws Exception {
        Applicant a = Applicants.applicant(7104);
        String token = citizen.token(a);
        String receipt = ended(a, token);

        List<Refused> refusals = List.of(
                new Refused("no token", null, Map.of("grade", 5), 401, "missing_token", "Authorization"),
                new Refused("no grade", token, Map.of("reasons", List.of()), 400, "missing_field", "grade"),
                new Refused("grade 0", token, Map.of("grade", 0), 400, "invalid_value", "grade"),
                new Refused("grade 6", token, Map.of("grade", 6), 400, "invalid_value", "grade"),
                new Refused("grade as words", token, Map.of("grade", "非常满意"), 400, "wrong_type", "grade"),
                new Refused("a reason of another grade", token,
                        Map.of("grade", 5, "reasons", List.of("服务热情周到", "办理超时")), 400, "invalid_value", "reasons[1]"),
                new Refused("a reason twice", token,
                        Map.of("grade", 4, "reasons", List.of("服务态度好", "服务态度好")), 400, "invalid_value", "reasons[1]"),
                new Refused("a bad review without a reason", token, Map.of("grade", 1), 400, "missing_field", "reasons"),
                new Refused("comment too long", token, Map.of("grade", 5, "comment", "好".repeat(501)), 400, "too_long",
                        "comment"),
                new Refused("script in the comment", token, Map.of("grade", 5, "comment", "<script>alert(1)</script>"), 400,
                        "markup_not_allowed", "comment"),
                new Refused("classified marker in the comment", token, Map.of("grade", 3, "comment", "附机密文件"), 422,
                        "classified_marker", "comment"),
                new Refused("unknown field", token, with(Map.of("grade", 5), "stars", 5), 400, "unknown_field", "stars"));

        for (Refused bad : refusals) {
            HallClient.Response r = citizen.evaluate(bad.token(), receipt, bad.body());
            assertThat(r.status()).as(bad.what() + ": " + r.body()).isEqualTo(bad.status());
            assertThat(r.json().path("error").asText()).as(bad.what()).isEqualTo(bad.error());
            assertThat(r.json().path("field").asText()).as(bad.what()).isEqualTo(bad.field());
            assertThat(r.json().path("reason").asText()).as(bad.what()).isNotBlank();
        }
        HallClient.Response invalidUtf8 = citizen.post("/api/submissions/" + receipt + "/evaluation",
                new byte[] {'{', '"', 'c', 'o', 'm', 'm', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}, token);
        assertThat(invalidUtf8.json().path("error").asText()).isEqualTo("invalid_utf8");

        String good = citizen.evaluate(token, receipt, Map.of("grade", 5, "reasons", List.of("办事效率高"))).json()
                .get("evaluation").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().evaluations().containsKey(good));
        assertThat(cluster.approval().evaluations().values()).filteredOn(e -> receipt.equals(e.get("receipt").asText()))
                .as("only the good review crossed").hasSize(1);
    }

    @Test
    void theFiguresFromInsideAreServedOutsideWithoutSignIn() throws Exception {
        HallClient.Response none = citizen.get("/api/evaluations/stats", null);
        assertThat(none.status()).isEqualTo(200);
        Instant at = Instant.now();
        String figures = figures(at, 12, 4.5);
        HallClient.Response pushed = inner.post("/api/outbound/evaluation-stats", figures.getBytes(StandardCharsets.UTF_8), null);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);

        JsonNode served = await().atMost(Duration.ofSeconds(60)).until(() -> citizen.get("/api/evaluations/stats", null).json(),
                j -> j.path("windows").size() == 1);
        assertThat(served.path("windows").get(0).path("code").asText()).isEqualTo("A03");
        assertThat(served.path("windows").get(0).path("average").asDouble()).isEqualTo(4.5);
        assertThat(served.path("departments").get(0).path("satisfiedRate").asDouble()).isEqualTo(83.33);

        String older = figures(at.minusSeconds(60), 1, 4.5);
        String newer = figures(at.plusSeconds(60), 13, 4.5);
        assertThat(inner.post("/api/outbound/evaluation-stats", older.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(202);
        assertThat(inner.post("/api/outbound/evaluation-stats", newer.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(202);
        await("the newest count wins, a late older one changes nothing").atMost(Duration.ofSeconds(60))
                .until(() -> citizen.get("/api/evaluations/stats", null).json().path("windows").get(0).path("reviews").asLong() == 13);

        HallClient.Response bad = inner.post("/api/outbound/evaluation-stats",
                figures(at, 1, 7.5).getBytes(StandardCharsets.UTF_8), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("windows[0]");
    }

    /** Submits, waits until the case is in the approval double, and has it end there (办结), told to the citizen. */
    private static String ended(Applicant a, String token) throws Exception {
        String receipt = citizen.submit(token, HallClient.goodSubmission(a)).json().get("receipt").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().cases().containsKey(receipt));
        cluster.approval().end(receipt);
        String events = "[{\"id\":\"done-" + receipt + "\",\"receipt\":\"" + receipt + "\",\"at\":\""
                + Instant.now().plusSeconds(1) + "\",\"status\":\"COMPLETED\",\"step\":\"办结\","
                + "\"note\":\"\",\"actor\":\"QX0005\"}]";
        assertThat(inner.post("/api/outbound/events", events.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> citizen.get("/api/submissions/" + receipt, token).json()
                .get("status").asText().equals("COMPLETED"));
        return receipt;
    }

    private static String figures(Instant at, long windowReviews, double windowAverage) {
        return "{\"at\":\"" + at + "\",\"windows\":[{\"code\":\"A03\",\"reviews\":" + windowReviews + ",\"average\":"
                + windowAverage + ",\"satisfiedRate\":91.67}],\"departments\":[{\"code\":\"GA\",\"reviews\":30,"
                + "\"average\":4.2,\"satisfiedRate\":83.33}]}";
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private record Refused(String what, String token, Map<String, Object> body, int status, String error, String field) {
    }
}
