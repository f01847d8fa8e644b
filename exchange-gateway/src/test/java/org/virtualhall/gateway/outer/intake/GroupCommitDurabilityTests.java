package org.virtualhall.gateway.outer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.ChaosRun;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.RoleProcess;
import org.virtualhall.model.submission.Applicant;

/**
 * The group commit answers 202 only once a submission is durably stored: the outer role is killed with -9 the
 * moment the last of many concurrent submissions got its 202, while later ones are still in flight. After a restart
 * every answered receipt is on its owner's timeline and reaches the approval system exactly once.
 */
class GroupCommitDurabilityTests {

    private static final int CITIZENS = 48;

    @TempDir
    Path home;

    @Test
    void everyReceiptAnswered202SurvivesAKillRightAfterTheAnswer() throws Exception {
        try (ApprovalDouble approval = new ApprovalDouble();
             RoleProcess inner = new RoleProcess("inner", home, approval.url(), List.of());
             RoleProcess outer = new RoleProcess("outer", home, approval.url(), List.of());
             RoleProcess ferry = new RoleProcess("ferry", home, approval.url(), List.of())) {
            HallClient outerClient = outer.citizenClient();
            HallClient innerClient = new HallClient(inner.url());
            inner.start();
            outer.start();
            ferry.start();
            inner.awaitHealthy();
            outer.awaitHealthy();
            ferry.awaitHealthy();
            // The ferry carries the catalog in, then is stopped: submissions wait on the outer side at the kill.
            ChaosRun.publishTestCatalog(innerClient, outerClient);
            ferry.kill();

            Map<String, String> answered = new ConcurrentHashMap<>();
            CountDownLatch enough = new CountDownLatch(CITIZENS / 2);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService citizens = Executors.newFixedThreadPool(CITIZENS);
            for (int i = 0; i < CITIZENS; i++) {
                Applicant a = Applicants.applicant(70_000 + i);
                citizens.submit(() -> {
                    String token = outerClient.token(a);
                    HallClient.Response r = outerClient.submit(token, HallClient.goodSubmission(a));
                    if (r.status() == 202 && !killed.get()) {
                        answered.put(r.json().get("receipt").asText(), token);
                        enough.countDown();
                    }
                    return null;
                });
            }
            assertThat(enough.await(2, TimeUnit.MINUTES)).isTrue();
            killed.set(true);
            outer.kill();
            citizens.shutdownNow();
            Map<String, String> beforeKill = Map.copyOf(answered);

            outer.start().awaitHealthy();
            for (Map.Entry<String, String> e : beforeKill.entrySet()) {
                HallClient.Response timeline = outerClient.get("/api/submissions/" + e.getKey(), e.getValue());
                assertThat(timeline.status()).as(e.getKey() + " " + timeline.body()).isEqualTo(200);
            }
            ferry.start().awaitHealthy();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> approval.cases().keySet().containsAll(beforeKill.keySet()));
            assertThat(beforeKill).hasSizeGreaterThanOrEqualTo(CITIZENS / 2);
            assertThat(approval.duplicateCreations()).isZero();
        }
    }
}
