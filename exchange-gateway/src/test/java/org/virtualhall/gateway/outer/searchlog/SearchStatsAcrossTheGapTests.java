package org.virtualhall.gateway.outer.searchlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;

/**
 * 热词 from the outer hall API to the approval system: the feedback endpoint and its refusals, counts crossing the gap
 * on their own channel into the approval double over real HTTP, waiting while it is down, and a repeat doing no harm.
 */
class SearchStatsAcrossTheGapTests {

    @TempDir
    static Path home;
    static GatewayCluster cluster;
    static HallClient citizen;
    static SearchLog log;
    static JdbcTemplate outerDb;

    @BeforeAll
    static void start() throws Exception {
        cluster = new GatewayCluster(home, "--hall.gateway.outer.search-log.flush-interval=100ms",
                "--hall.gateway.outer.search-log.send-interval=300ms").startWithTestHall();
        citizen = cluster.citizenClient();
        log = cluster.outer().getBean(SearchLog.class);
        outerDb = cluster.outer().getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void feedbackIsTakenWithoutSignInAndBadInputIsRefusedNamingTheField() throws Exception {
        assertThat(feedback("{\"query\":\"开证明\",\"itemCode\":\"" + TestHall.ITEM + "\",\"action\":\"opened\"}").status())
                .isEqualTo(204);
        assertRefused("{\"itemCode\":\"" + TestHall.ITEM + "\",\"action\":\"opened\"}", "query");
        assertRefused("{\"query\":\"  \",\"itemCode\":\"" + TestHall.ITEM + "\",\"action\":\"opened\"}", "query");
        assertRefused("{\"query\":\"开证明\",\"action\":\"applied\"}", "itemCode");
        assertRefused("{\"query\":\"开证明\",\"itemCode\":\"ZZ999\",\"action\":\"applied\"}", "itemCode");
        assertRefused("{\"query\":\"开证明\",\"itemCode\":\"" + TestHall.ITEM + "\",\"action\":\"liked\"}", "action");
        assertRefused("{\"query\":\"开证明\",\"itemCode\":\"" + TestHall.ITEM + "\"}", "action");
        HallClient.Response notJson = feedback("query=开证明");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error").asText()).isEqualTo("malformed_json");
    }

    @Test
    void countsCrossTheGapIntoTheApprovalSystemOnceItIsBackAndQueriesAreNormalised() throws Exception {
        cluster.approval().setDown(true);
        try {
            log.searched("开个 证明", 0, true);
            log.searched("开个 证明", 2, true);
            assertThat(feedback("{\"query\":\" 开个\\t证明 \",\"itemCode\":\"" + TestHall.ITEM + "\",\"action\":\"opened\"}")
                    .status()).isEqualTo(204);
            // sent from the outer side, and waiting inside for the approval system
            await().atMost(Duration.ofSeconds(60)).until(() -> outerDb.queryForObject(
                    "SELECT COUNT(*) FROM search_stat WHERE query = '开个 证明' AND searches = 2 AND opened = 1 "
                            + "AND version = sent_version", Long.class) == 1);
            assertThat(cluster.approval().searchStats()).doesNotContainKey(key("开个 证明"));
        } finally {
            cluster.approval().setDown(false);
        }
        JsonNode stored = awaitStored("开个 证明", 2, 1);
        assertThat(stored.get("zeroResults").asLong()).isEqualTo(1);
        assertThat(stored.get("fallbacks").asLong()).isEqualTo(2);
        assertThat(stored.get("applied").asLong()).isZero();
        assertThat(stored.toString()).doesNotContain("idNumber", "mobile", "token", "address", "name");
    }

    @Test
    void sendingTheSameCountsAgainChangesNothing() throws Exception {
        log.searched("sfz", 7, false);
        awaitStored("sfz", 1, 0);
        int posts = cluster.approval().searchStatPosts(key("sfz"));
        outerDb.update("UPDATE search_stat SET sent_version = 0 WHERE query = 'sfz'");
        await().atMost(Duration.ofSeconds(60)).until(() -> cluster.approval().searchStatPosts(key("sfz")) > posts);
        assertThat(cluster.approval().searchStats().get(key("sfz")).get("searches").asLong()).isEqualTo(1);
    }

    /** The counts of the query once the approval double was last sent these. */
    private static JsonNode awaitStored(String query, long searches, long opened) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode stat = cluster.approval().searchStats().get(key(query));
            return stat != null && stat.get("searches").asLong() == searches && stat.get("opened").asLong() == opened;
        });
        return cluster.approval().searchStats().get(key(query));
    }

    private static String key(String query) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")) + " " + query;
    }

    private static HallClient.Response feedback(String body) throws Exception {
        return citizen.post("/api/search/feedback", body.getBytes(StandardCharsets.UTF_8), null);
    }

    private static void assertRefused(String body, String field) throws Exception {
        HallClient.Response r = feedback(body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("bad_feedback");
        assertThat(r.json().get("field").asText()).as(body).isEqualTo(field);
        assertThat(r.json().get("reason").asText()).isNotBlank();
    }
}
