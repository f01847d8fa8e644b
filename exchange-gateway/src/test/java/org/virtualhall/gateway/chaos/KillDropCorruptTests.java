package org.virtualhall.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.RoleProcess;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * The three roles as separate processes; the ferry drops and corrupts 2% of the files and delivers some twice and
 * late; outer, ferry and inner are each killed with -9 mid-run and started again. Afterwards every accepted receipt
 * is in the approval system exactly once, and every refused submission got a reason.
 */
class KillDropCorruptTests {

    private static final int SUBMISSIONS = 300;

    @TempDir
    Path home;

    @Test
    void everyAcceptedSubmissionArrivesExactlyOnceDespiteKillsAndLineFaults() throws Exception {
        try (ApprovalDouble approval = new ApprovalDouble();
             RoleProcess inner = new RoleProcess("inner", home, approval.url(), List.of());
             RoleProcess outer = new RoleProcess("outer", home, approval.url(), List.of());
             RoleProcess ferry = new RoleProcess("ferry", home, approval.url(), List.of(
                     "--hall.gateway.ferry.faults.drop=0.02", "--hall.gateway.ferry.faults.corrupt=0.02",
                     "--hall.gateway.ferry.faults.duplicate=0.05", "--hall.gateway.ferry.faults.reorder=0.05"))) {
            HallClient outerClient = new HallClient(outer.url());
            HallClient innerClient = new HallClient(inner.url());
            HallClient ferryClient = new HallClient(ferry.url());
            inner.start();
            outer.start();
            ferry.start();
            inner.awaitHealthy(innerClient);
            outer.awaitHealthy(outerClient);
            ferry.awaitHealthy(ferryClient);
            publishTestCatalog(innerClient, outerClient);

            Set<String> accepted = ConcurrentHashMap.newKeySet();
            Map<String, String> refusals = new ConcurrentHashMap<>();
            AtomicInteger progress = new AtomicInteger();
            ExecutorService citizens = Executors.newFixedThreadPool(4);
            for (int i = 0; i < SUBMISSIONS; i++) {
                int n = i;
                citizens.submit(() -> citizen(outerClient, n, accepted, refusals, progress));
            }
            killAt(progress, SUBMISSIONS / 4, outer, outerClient);
            killAt(progress, SUBMISSIONS / 2, ferry, ferryClient);
            killAt(progress, SUBMISSIONS * 3 / 4, inner, innerClient);
            citizens.shutdown();
            assertThat(citizens.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> approval.cases().keySet().containsAll(accepted));
            System.out.printf("kill/drop/corrupt run: %d accepted, %d refused with a reason, %d cases in approval, "
                            + "%d duplicate creations, %d repeated intakes answered 200, ferry %s%n",
                    accepted.size(), refusals.size(), approval.cases().size(), approval.duplicateCreations(),
                    approval.repeats(), ferryClient.get("/actuator/health", null).json().at("/components/ferryHealth/details"));
            assertThat(accepted).hasSizeGreaterThanOrEqualTo(SUBMISSIONS * 9 / 10);
            assertThat(approval.duplicateCreations()).isZero();
            assertThat(refusals).hasSize(SUBMISSIONS / 10);
            assertThat(refusals.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        }
    }

    private static void citizen(HallClient outer, int n, Set<String> accepted, Map<String, String> refusals,
                                AtomicInteger progress) {
        Applicant a = Applicants.applicant(90_000 + n);
        retrying(() -> {
            String token = outer.token(a);
            HallClient.Response r = outer.submit(token, HallClient.goodSubmission(a));
            if (r.status() == 202) {
                accepted.add(r.json().get("receipt").asText());
            } else {
                throw new IOException("not accepted: " + r.status() + " " + r.body());
            }
            if (n % 10 == 0) {
                Map<String, Object> bad = HallClient.goodSubmission(a);
                bad.put("form", Map.of("reason", "居住", "address", "绝密档案室"));
                HallClient.Response refused = outer.submit(token, bad);
                assertThat(refused.status()).isEqualTo(422);
                refusals.put("bad-" + n, refused.json().path("reason").asText());
            }
        });
        progress.incrementAndGet();
    }

    /** Retries while the outer role is being killed and restarted, as a citizen would press "submit" again. */
    private static void retrying(ThrowingRunnable action) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            try {
                action.run();
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(e);
                }
                await().pollDelay(Duration.ofMillis(300)).until(() -> true);
            }
        }
    }

    private static void killAt(AtomicInteger progress, int at, RoleProcess role, HallClient probe) throws Exception {
        await().atMost(Duration.ofMinutes(4)).until(() -> progress.get() >= at);
        role.kill();
        role.start();
        role.awaitHealthy(probe);
    }

    private static void publishTestCatalog(HallClient inner, HallClient outer) throws IOException {
        HallClient.Response r = inner.post("/api/outbound/catalog",
                HallJson.wire().writeValueAsBytes(PublishedHall.of(TestHall.withTestItems())), null);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> outer.get("/api/hall", null).body().contains(TestHall.ITEM));
    }

    private interface ThrowingRunnable {
        void run() throws IOException;
    }

}
