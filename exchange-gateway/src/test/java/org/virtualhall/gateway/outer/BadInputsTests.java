package org.virtualhall.gateway.outer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Hmac;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.json.HallJson;

/**
 * Well over 150 hostile or broken submissions against a real outer role: every one is refused with a 4xx that
 * names what is wrong, none of them reaches the queue or the spool, and the gateway keeps serving.
 */
class BadInputsTests {

    @TempDir
    static Path home;
    static ConfigurableApplicationContext outer;
    static HallClient client;
    static String goodToken;

    @BeforeAll
    static void start() throws Exception {
        outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of());
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        client = GatewayCluster.citizenClient(outer);
        goodToken = client.token(BadInputs.WHO);
    }

    @AfterAll
    static void stop() {
        outer.close();
    }

    static Stream<BadInputs.Case> cases() throws Exception {
        if (client == null) {
            start();
        }
        return BadInputs.all(goodToken, badTokens()).stream();
    }

    @Test
    void thereAreAtLeast150BadInputs() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAReason(BadInputs.Case bad) throws Exception {
        HallClient.Response r = client.post("/api/submissions", bad.body(), bad.token());
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertThat(r.json().path("error").asText()).as(r.body()).isNotBlank();
        assertThat(r.json().path("reason").asText()).as(r.body()).isNotBlank();
        if (bad.field() != null) {
            assertThat(r.json().path("field").asText()).as(r.body()).startsWith(bad.field());
        }
    }

    @Test
    void invalidIdNumbersGetNoToken() throws Exception {
        for (int i = 0; i < 10; i++) {
            String id = Applicants.idNumber(500 + i);
            String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
            byte[] body = BadInputs.json(Map.of("name", "王五", "idNumber", wrong, "mobile", "13812345678"));
            HallClient.Response r = client.post("/api/auth/token", body, null);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("field").asText()).isEqualTo("idNumber");
        }
    }

    @Test
    void nothingRefusedReachesTheQueueOrTheSpoolAndTheGatewayKeepsServing() throws Exception {
        cases().forEach(bad -> {
            try {
                client.post("/api/submissions", bad.body(), bad.token());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JdbcTemplate jdbc = outer.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Long.class)).isZero();
        Path spool = home.resolve("gap/outer-out");
        assertThat(bundles(spool)).isZero();
        HallClient.Response ok = client.submit(goodToken, BadInputs.good());
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> bundles(spool) == 1);
    }

    private static long bundles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).count();
        }
    }

    private static Map<String, String> badTokens() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        String[] parts = goodToken.substring(3).split("\\.");
        String session = HallJson.wire().readTree(Base64.getUrlDecoder().decode(parts[0])).path("sid").asText();
        Map<String, Object> claims = new LinkedHashMap<>(Map.of("sub", BadInputs.WHO.idNumber(), "name", BadInputs.WHO.name(),
                "mobile", BadInputs.WHO.mobile(), "exp", Instant.now().plusSeconds(600).getEpochSecond(), "jti", "x",
                "sid", session));
        tokens.put("missing", null);
        tokens.put("garbage", "abc");
        tokens.put("old version", "v1." + parts[0] + "." + parts[1]);
        tokens.put("refresh token as access token", "r1." + session + ".0." + parts[1]);
        tokens.put("no signature", "v2." + parts[0]);
        tokens.put("empty signature", "v2." + parts[0] + ".");
        tokens.put("truncated signature", "v2." + parts[0] + "." + parts[1].substring(0, 10));
        tokens.put("signed with another key", sign(claims, "another-deployment-key-0123456789"));
        claims.put("exp", Instant.now().minusSeconds(60).getEpochSecond());
        tokens.put("expired", sign(claims, GatewayCluster.TOKEN_KEY));
        claims.put("exp", Instant.now().plusSeconds(600).getEpochSecond());
        claims.put("sid", UUID.randomUUID().toString());
        tokens.put("a session never issued", sign(claims, GatewayCluster.TOKEN_KEY));
        claims.remove("sid");
        tokens.put("no session", sign(claims, GatewayCluster.TOKEN_KEY));
        String otherPayload = b64(BadInputs.json(Map.of("sub", Applicants.idNumber(99), "name", "张三", "mobile", "13800000000",
                "exp", Instant.now().plusSeconds(600).getEpochSecond(), "jti", "y", "sid", session)));
        tokens.put("tampered payload", "v2." + otherPayload + "." + parts[1]);
        tokens.put("alg none style", "v2." + parts[0] + ".bm9uZQ");
        tokens.put("unparsable payload", signRaw(b64("not json".getBytes(StandardCharsets.UTF_8)), GatewayCluster.TOKEN_KEY));
        return tokens;
    }

    private static String sign(Map<String, Object> claims, String key) {
        return signRaw(b64(BadInputs.json(claims)), key);
    }

    private static String signRaw(String payload, String key) {
        byte[] mac = HexFormat.of().parseHex(new Hmac(key).sign(payload.getBytes(StandardCharsets.US_ASCII)));
        return "v2." + payload + "." + b64(mac);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
