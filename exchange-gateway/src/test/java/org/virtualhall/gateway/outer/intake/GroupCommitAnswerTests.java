package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.submission.Applicant;

/**
 * A 202 and a commit always go together: with a wait so short that most requests give up before the writer
 * reaches them, every request answered 503 left nothing behind and every 202 receipt is stored.
 */
class GroupCommitAnswerTests {

    private static final int SUBMISSIONS = 120;

    @TempDir
    Path home;

    @Test
    void aRequestThatGaveUpIsNeverCommitted() throws Exception {
        try (ConfigurableApplicationContext outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9",
                List.of("--hall.gateway.outer.group-commit.timeout=2ms"))) {
            outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
            HallClient client = GatewayCluster.citizenClient(outer);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                tokens.add(client.token(Applicants.applicant(80_000 + i)));
            }
            ExecutorService citizens = Executors.newFixedThreadPool(32);
            List<Future<HallClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                Applicant a = Applicants.applicant(80_000 + i);
                String token = tokens.get(i);
                answers.add(citizens.submit(() -> client.submit(token, HallClient.goodSubmission(a))));
            }
            List<String> receipts = new ArrayList<>();
            int refused = 0;
            for (Future<HallClient.Response> f : answers) {
                HallClient.Response r = f.get();
                assertThat(r.status()).as(r.body()).isIn(202, 503);
                if (r.status() == 202) {
                    receipts.add(r.json().path("receipt").asText());
                } else {
                    refused++;
                }
            }
            citizens.shutdown();

            JdbcTemplate jdbc = outer.getBean(JdbcTemplate.class);
            List<String> stored = jdbc.queryForList("SELECT receipt FROM submission", String.class);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(receipts);
            assertThat(outer.getBean(GroupCommit.class).committed()).isEqualTo(receipts.size());
            assumeThat(refused).as("requests that gave up (the run must have had some to show anything)").isPositive();
        }
    }
}
