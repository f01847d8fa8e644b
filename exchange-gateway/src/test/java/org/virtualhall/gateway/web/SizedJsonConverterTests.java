package org.virtualhall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/** JSON answers of a real outer role carry their length and go out in one piece, refusals as well as receipts. */
class SizedJsonConverterTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of());
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        base = GatewayCluster.baseUrl(outer);
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void anAcceptedSubmissionAndItsCodeAnswerWithTheirLength() throws Exception {
        Applicant a = Applicants.applicant(8101);
        assertSized(post("/api/auth/sms-code", HallJson.wire().writeValueAsBytes(Map.of("mobile", a.mobile())), null), 202);

        String bearer = GatewayCluster.citizenClient(outer).token(a);
        HttpResponse<byte[]> accepted = post("/api/submissions",
                HallJson.wire().writeValueAsBytes(HallClient.goodSubmission(a)), bearer);
        assertSized(accepted, 202);
        assertThat(HallJson.wire().readTree(accepted.body()).get("receipt").asText()).startsWith("SB");
    }

    @Test
    void aRefusalAnswersWithItsLengthAndNamesTheField() throws Exception {
        HttpResponse<byte[]> refused = post("/api/auth/token",
                "{\"name\":\"张三\",\"idNumber\":\"123\",\"mobile\":\"13800000000\"}".getBytes(), null);

        assertSized(refused, 400);
        assertThat(HallJson.wire().readTree(refused.body()).get("field").asText()).isEqualTo("idNumber");
    }

    private static void assertSized(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(status);
        assertThat(r.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    }

    private static HttpResponse<byte[]> post(String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
