package org.virtualhall.gateway.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.submission.Applicant;

/**
 * The reliability run: the three roles as separate processes; the ferry drops and corrupts files and
 * delivers some twice and late; outer, ferry and inner are each killed with -9 at points of the run and started
 * again, while citizens keep submitting, each repeating with the same Idempotency-Key until answered (every tenth
 * also sends one with a classified marker, to be refused).
 * Used small by the tests and full size by {@code ./hall bench gateway-chaos}.
 *
 * @param submissions  good submissions, one citizen each
 * @param killsPerRole kill -9 and restart of each role, at random points of the run (seeded)
 * @param seed         the kill points and the ferry's faults
 */
public record ChaosRun(int submissions, int killsPerRole, int citizens, long seed) {

    public static final double DROP = 0.02;
    public static final double CORRUPT = 0.02;
    public static final double DUPLICATE = 0.05;
    public static final double REORDER = 0.05;
    /** A restart on a machine shared with other builds can take minutes. */
    private static final Duration STARTUP = Duration.ofMinutes(6);

    /** How long the audit rows and timeline events of the last cases may take to follow them. */
    private static final Duration TRAIL = Duration.ofSeconds(90);

    /**
     * What came out: every accepted receipt should be a case exactly once, with its 装载 in the inner audit and its
     * 已送达 on the citizen's timeline; every refusal should have a reason.
     *
     * @param casesWithoutAudit     cases whose 装载 the inner audit lost (a kill between its broker commit and H2's write)
     * @param casesWithoutDelivered cases whose 已送达 the outer timeline lost (a kill between its ack and H2's write)
     */
    public record Outcome(int submissions, int accepted, int refused, int refusedWithReason, int cases,
                          int acceptedMissing, long duplicateCreations, long repeatedIntakes, long casesWithoutAudit,
                          long casesWithoutDelivered, int kills, long seconds, Map<String, Long> ferry) {

        public boolean exactlyOnce() {
            return acceptedMissing == 0 && duplicateCreations == 0;
        }

        public boolean trailsComplete() {
            return casesWithoutAudit == 0 && casesWithoutDelivered == 0;
        }
    }

    public Outcome run(Path home) throws Exception {
        long start = System.nanoTime();
        try (ApprovalDouble approval = new ApprovalDouble();
             RoleProcess inner = new RoleProcess("inner", home, approval.url(), List.of());
             RoleProcess outer = new RoleProcess("outer", home, approval.url(), List.of());
             RoleProcess ferry = new RoleProcess("ferry", home, approval.url(), List.of(
                     "--hall.gateway.ferry.faults.drop=" + DROP, "--hall.gateway.ferry.faults.corrupt=" + CORRUPT,
                     "--hall.gateway.ferry.faults.duplicate=" + DUPLICATE,
                     "--hall.gateway.ferry.faults.reorder=" + REORDER,
                     "--hall.gateway.ferry.faults.seed=" + seed))) {
            HallClient outerClient = outer.citizenClient();
            HallClient innerClient = new HallClient(inner.url());
            HallClient ferryClient = new HallClient(ferry.url());
            inner.start();
            outer.start();
            ferry.start();
            inner.awaitHealthy(STARTUP);
            outer.awaitHealthy(STARTUP);
            ferry.awaitHealthy(STARTUP);
            publishTestCatalog(innerClient, outerClient);

            Map<String, String> accepted = new ConcurrentHashMap<>();
            Map<String, String> refusals = new ConcurrentHashMap<>();
            AtomicInteger progress = new AtomicInteger();
            // The ferry counts its faults in memory: add them up before each kill.
            Map<String, Long> ferryTotals = new TreeMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(citizens);
            try {
                for (int i = 0; i < submissions; i++) {
                    int n = i;
                    pool.submit(() -> citizen(outerClient, n, accepted, refusals, progress));
                }
                int kills = 0;
                for (Kill kill : killPlan(List.of(new Target(outer), new Target(ferry),
                        new Target(inner)))) {
                    await().atMost(Duration.ofMinutes(10)).until(() -> progress.get() >= kill.at());
                    if (kill.target().role() == ferry) {
                        addFerryStats(ferryClient, ferryTotals);
                    }
                    kill.target().role().kill();
                    kill.target().role().start();
                    kill.target().role().awaitHealthy(STARTUP);
                    kills++;
                }
                pool.shutdown();
                if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("citizens did not finish");
                }
                await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> approval.cases().keySet().containsAll(accepted.keySet()));
                Set<String> missing = new HashSet<>(accepted.keySet());
                missing.removeAll(approval.cases().keySet());
                Map<String, String> cases = new HashMap<>(accepted);
                cases.keySet().removeAll(missing);
                long withoutAudit = stillLacking(cases, (receipt, token) -> innerClient.get("/api/audit/" + receipt, null)
                        .json().findValuesAsText("action").contains("装载"));
                long withoutDelivered = stillLacking(cases, (receipt, token) -> outerClient
                        .get("/api/submissions/" + receipt, token).json().findValuesAsText("status").contains("DELIVERED"));
                addFerryStats(ferryClient, ferryTotals);
                return new Outcome(submissions, accepted.size(), refusals.size(),
                        (int) refusals.values().stream().filter(r -> !r.isBlank()).count(), approval.cases().size(),
                        missing.size(), approval.duplicateCreations(), approval.repeats(), withoutAudit,
                        withoutDelivered, kills,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), ferryTotals);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * How many of the receipts still lack what {@code has} looks for once {@link #TRAIL} has passed (0 as soon as
     * none does): what a kill lost never comes.
     */
    private static long stillLacking(Map<String, String> receiptTokens, Check has) {
        AtomicLong lacking = new AtomicLong(-1);
        try {
            await().atMost(TRAIL).pollInterval(Duration.ofSeconds(1)).until(() -> {
                long n = 0;
                for (Map.Entry<String, String> e : receiptTokens.entrySet()) {
                    n += has.test(e.getKey(), e.getValue()) ? 0 : 1;
                }
                lacking.set(n);
                return n == 0;
            });
        } catch (ConditionTimeoutException e) {
            // the count says what is missing
        }
        return lacking.get();
    }

    private static void addFerryStats(HallClient ferry, Map<String, Long> totals) throws IOException {
        JsonNode stats = ferry.get("/actuator/health", null).json().at("/components/ferryHealth/details");
        stats.fields().forEachRemaining(f -> totals.merge(f.getKey(), f.getValue().asLong(), Long::sum));
    }

    /** Each role killed {@code killsPerRole} times at random points between 5% and 95% of the run, in order. */
    private List<Kill> killPlan(List<Target> targets) {
        Random random = new Random(seed);
        List<Kill> plan = new ArrayList<>();
        for (Target t : targets) {
            for (int k = 0; k < killsPerRole; k++) {
                plan.add(new Kill(submissions / 20 + random.nextInt(Math.max(1, submissions * 9 / 10)), t));
            }
        }
        Collections.sort(plan, (a, b) -> Integer.compare(a.at(), b.at()));
        return plan;
    }

    private static void citizen(HallClient outer, int n, Map<String, String> accepted, Map<String, String> refusals,
                                AtomicInteger progress) {
        Applicant a = Applicants.applicant(90_000 + n);
        String key = "chaos-citizen-" + n;
        try {
            retrying(() -> {
                String token = outer.token(a);
                HallClient.Response r = outer.submit(token, HallClient.goodSubmission(a), key);
                if (r.status() != 202) {
                    throw new IOException("not accepted: " + r.status() + " " + r.body());
                }
                accepted.put(r.json().get("receipt").asText(), token);
            });
            if (n % 10 == 0) {
                retrying(() -> {
                    Map<String, Object> bad = HallClient.goodSubmission(a);
                    bad.put("form", Map.of("reason", "居住", "address", "绝密档案室"));
                    HallClient.Response refused = outer.submit(outer.token(a), bad);
                    if (refused.status() != 422) {
                        throw new IOException("not refused: " + refused.status() + " " + refused.body());
                    }
                    refusals.put("bad-" + n, refused.json().path("reason").asText());
                });
            }
        } finally {
            progress.incrementAndGet();
        }
    }

    /** Retries while the outer role is being killed and restarted, as a citizen would press "submit" again. */
    private static void retrying(ThrowingRunnable action) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
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

    /** Publishes the test catalog inside and waits until the outer side serves it. */
    public static void publishTestCatalog(HallClient inner, HallClient outer) throws IOException {
        HallClient.Response r = inner.post("/api/outbound/catalog",
                HallJson.wire().writeValueAsBytes(PublishedHall.of(TestHall.withTestItems())), null);
        if (r.status() != 202) {
            throw new IllegalStateException("catalog not accepted: " + r.body());
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> outer.get("/api/hall", null).body().contains(TestHall.ITEM));
    }

    private record Target(RoleProcess role) {
    }

    private record Kill(int at, Target target) {
    }

    private interface Check {
        boolean test(String receipt, String token) throws IOException;
    }

    private interface ThrowingRunnable {
        void run() throws IOException;
    }
}
