package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.OuterInstances;
import org.virtualhall.testlb.Haproxy;

/**
 * Two outer instances behind a real HAProxy, on one PostgreSQL. Citizens submit through the balancer, each submission
 * with its Idempotency-Key and sent again with it until it is answered 202, as a client does; meanwhile one instance
 * is stopped, and later started again. Every submission answered is one case in the approval system, under the
 * receipt it was answered with, and no submission is two.
 */
class OuterInstancesBehindABalancerTests {

    private static final int APPLICANTS = 40;
    private static final int SUBMISSIONS = 200;
    private static final int THREADS = 8;

    @TempDir
    Path home;

    @Test
    void submissionsThroughTheBalancerWhileAnInstanceStopsAreEachTakenOnce() throws Exception {
        try (OuterInstances cluster = new OuterInstances(home, 2);
             Haproxy balancer = Haproxy.start(List.of(cluster.port(0), cluster.port(1)), "/actuator/health")) {
            HallClient signIn = cluster.citizenClient(0);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                tokens.add(signIn.token(Applicants.applicant(80_000 + i)));
            }
            HallClient viaBalancer = new HallClient(balancer.url());
            Map<String, Set<String>> receiptsByKey = new ConcurrentHashMap<>();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService citizens = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(citizens.submit(() -> {
                        for (int n = thread; n < SUBMISSIONS; n += THREADS) {
                            int who = n % APPLICANTS;
                            String key = "k-" + UUID.randomUUID();
                            Object body = HallClient.goodSubmission(Applicants.applicant(80_000 + who));
                            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                                    accepted(viaBalancer, tokens.get(who), body, key, receiptsByKey));
                            answered.incrementAndGet();
                        }
                        return null;
                    }));
                }
                int stoppedPort = cluster.port(1);
                await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= SUBMISSIONS / 3);
                cluster.stop(1);
                for (Future<?> f : done) {
                    f.get();
                }
                cluster.restart(1, stoppedPort);
            } finally {
                citizens.shutdownNow();
            }

            assertThat(receiptsByKey).hasSize(SUBMISSIONS).allSatisfy((key, receipts) -> assertThat(receipts).hasSize(1));
            List<String> receipts = receiptsByKey.values().stream().flatMap(Set::stream).toList();
            assertThat(receipts).doesNotHaveDuplicates();
            await().atMost(Duration.ofMinutes(3)).until(() -> cluster.approval().cases().keySet().containsAll(receipts));
            assertThat(cluster.approval().cases()).hasSize(SUBMISSIONS);
            assertThat(cluster.approval().duplicateCreations()).isZero();
            // the balancer used both, and each one's stream arrived whole
            assertThat(cluster.inner().getBean(JdbcTemplate.class).queryForList(
                    "SELECT DISTINCT sender FROM gap_received WHERE channel = 'submissions' ORDER BY sender", String.class))
                    .containsExactly("a", "b");
            assertThat(cluster.inner().getBean(BundleReceiver.class).sequences().status(Channel.SUBMISSIONS).missing()).isZero();
        }
    }

    /** Sends the submission once; whether it was answered 202, whose receipt is then kept under its key. */
    private static boolean accepted(HallClient client, String token, Object body, String key,
                                    Map<String, Set<String>> receiptsByKey) {
        HallClient.Response r;
        try {
            r = client.submit(token, body, key);
        } catch (IOException lost) {
            return false;
        }
        if (r.status() != 202) {
            return false;
        }
        receiptsByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(r.json().get("receipt").asText());
        return true;
    }
}
