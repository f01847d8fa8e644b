package org.virtualhall.gateway.outer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * 防重复申报 on a real outer role: a client that repeats a submission with its {@code Idempotency-Key} gets the
 * first receipt back and nothing new is queued; a key reused for another application, or malformed, is refused
 * naming the header.
 */
class IdempotencyKeyTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static HallClient client;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of());
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        client = GatewayCluster.citizenClient(outer);
        jdbc = outer.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    @Test
    void aRepeatWithTheSameKeyGetsTheFirstReceiptAndQueuesNothingNew() throws Exception {
        Citizen c = citizen(7001);

        HallClient.Response first = submit(c.token(), c.body(), c.key());
        HallClient.Response again = submit(c.token(), c.body(), c.key());

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().path("receipt").asText()).isEqualTo(first.json().path("receipt").asText());
        assertThat(submissionsOf(c.applicant())).isEqualTo(1);
    }

    @Test
    void aRepeatOfAnAttemptThatDiedAfterStoringItsKeyIsQueuedUnderTheKeysReceipt() throws Exception {
        Citizen c = citizen(7008);
        // what a kill between storing the key and recording the submission leaves: the key and its receipt alone
        String reserved = "SB20261202-2222222222";
        jdbc.update("INSERT INTO submission_key (id_number, idem_key, receipt, fingerprint, created_at) VALUES (?, ?, ?, ?, ?)",
                c.applicant().idNumber(), c.key(), reserved, Hmac.sha256(c.body()), Timestamp.from(Instant.now()));

        HallClient.Response repeat = submit(c.token(), c.body(), c.key());

        assertThat(repeat.status()).as(repeat.body()).isEqualTo(202);
        assertThat(repeat.json().path("receipt").asText()).isEqualTo(reserved);
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(jdbc.queryForList("SELECT receipt FROM submission WHERE id_number = ?", String.class,
                c.applicant().idNumber())).containsExactly(reserved);
        HallClient.Response again = submit(c.token(), c.body(), c.key());
        assertThat(again.json().path("receipt").asText()).isEqualTo(reserved);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void withoutAKeyEverySubmissionIsANewApplication() throws Exception {
        Applicant a = Applicants.applicant(7002);
        String token = client.token(a);

        HallClient.Response first = client.post("/api/submissions", body(a), token);
        HallClient.Response second = client.post("/api/submissions", body(a), token);

        assertThat(second.json().path("receipt").asText()).isNotEqualTo(first.json().path("receipt").asText());
        assertThat(submissionsOf(a)).isEqualTo(2);
    }

    @Test
    void aKeyReusedForAnotherApplicationIsRefusedNamingTheHeader() throws Exception {
        Applicant a = Applicants.applicant(7003);
        String token = client.token(a);
        String key = UUID.randomUUID().toString();
        submit(token, body(a), key);
        Map<String, Object> other = HallClient.goodSubmission(a);
        other.put("form", Map.of("reason", "投靠亲属", "address", "青溪县青溪大道188号3幢"));

        HallClient.Response r = submit(token, HallJson.wire().writeValueAsBytes(other), key);

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().path("error").asText()).isEqualTo("idempotency_key_reused");
        assertThat(r.json().path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(submissionsOf(a)).isEqualTo(1);
    }

    @Test
    void oneCitizensKeyNeverFindsAnotherCitizensReceipt() throws Exception {
        Applicant a = Applicants.applicant(7004);
        Applicant b = Applicants.applicant(7005);
        String key = UUID.randomUUID().toString();

        HallClient.Response fromA = submit(client.token(a), body(a), key);
        HallClient.Response fromB = submit(client.token(b), body(b), key);

        assertThat(fromB.status()).as(fromB.body()).isEqualTo(202);
        assertThat(fromB.json().path("receipt").asText()).isNotEqualTo(fromA.json().path("receipt").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space 12345", "../../etc/passwd",
            "x-0123456789012345678901234567890123456789012345678901234567890123"})
    void aMalformedKeyIsRefusedBeforeAnythingIsQueued(String key) throws Exception {
        Applicant a = Applicants.applicant(7006);
        HallClient.Response r = submit(client.token(a), body(a), key);

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(submissionsOf(a)).isZero();
    }

    @Test
    void repeatsRacingEachOtherMakeOneApplication() throws Exception {
        Applicant a = Applicants.applicant(7007);
        String token = client.token(a);
        byte[] body = body(a);
        String key = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HallClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return submit(token, body, key);
            }));
        }
        go.countDown();
        List<String> receipts = new ArrayList<>();
        for (Future<HallClient.Response> f : answers) {
            HallClient.Response r = f.get();
            assertThat(r.status()).as(r.body()).isIn(202, 409);
            if (r.status() == 202) {
                receipts.add(r.json().path("receipt").asText());
            } else {
                assertThat(r.json().path("error").asText()).isEqualTo("idempotency_key_in_use");
            }
        }
        pool.shutdown();

        assertThat(receipts).isNotEmpty().allMatch(receipts.get(0)::equals);
        assertThat(submissionsOf(a)).isEqualTo(1);
        assertThat(submit(token, body, key).json().path("receipt").asText()).isEqualTo(receipts.get(0));
    }

    /** An applicant with a token, an application and a new key for it. */
    private record Citizen(Applicant applicant, String token, byte[] body, String key) {
    }

    private static Citizen citizen(int number) throws Exception {
        Applicant a = Applicants.applicant(number);
        return new Citizen(a, client.token(a), body(a), UUID.randomUUID().toString());
    }

    private static byte[] body(Applicant a) throws Exception {
        return HallJson.wire().writeValueAsBytes(HallClient.goodSubmission(a));
    }

    private static HallClient.Response submit(String token, byte[] body, String key) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(GatewayCluster.baseUrl(outer) + "/api/submissions"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static long submissionsOf(Applicant a) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE id_number = ?", Long.class, a.idNumber());
    }
}
