package org.virtualhall.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citizens submitting at once, eight at a time: the applicants {@code firstApplicant}, … take turns (one token each,
 * in order).
 */
public final class ParallelCitizens {

    private static final int THREADS = 8;

    private ParallelCitizens() {
    }

    /**
     * Sends each submission once, the n-th to {@code instances[n % size]}: the receipts answered 202, and each other
     * answer as status and body.
     */
    public static Submitted submit(List<HallClient> instances, List<String> tokens, int firstApplicant, int submissions)
            throws Exception {
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        inParallel(submissions, () -> { }, n -> {
            int who = n % tokens.size();
            HallClient.Response r = instances.get(n % instances.size()).submit(tokens.get(who),
                    HallClient.goodSubmission(Applicants.applicant(firstApplicant + who)));
            if (r.status() == 202) {
                receipts.add(r.json().get("receipt").asText());
            } else {
                refusals.add(r.status() + " " + r.body());
            }
        });
        return new Submitted(List.copyOf(receipts), List.copyOf(refusals));
    }

    /**
     * Sends each submission with an Idempotency-Key of its own, again with it until it is answered 202, as clients do
     * while something fails under them; runs {@code failure} once a third are answered. The receipts under each key.
     */
    public static Map<String, Set<String>> submitWithKeys(HallClient client, List<String> tokens, int firstApplicant,
                                                          int submissions, Runnable failure) throws Exception {
        return submitWithKeys(client, tokens, firstApplicant, submissions, List.of(failure)).receiptsByKey();
    }

    /**
     * Like {@link #submitWithKeys(HallClient, List, int, int, Runnable)}, with the failures spread evenly over the run:
     * of n failures, the k-th once k/(n+2) of the submissions are answered.
     */
    public static Keyed submitWithKeys(HallClient client, List<String> tokens, int firstApplicant, int submissions,
                                       List<Runnable> failures) throws Exception {
        Map<String, Set<String>> receiptsByKey = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> answeredAt = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        inParallel(submissions, () -> {
            for (int k = 0; k < failures.size(); k++) {
                int due = submissions * (k + 1) / (failures.size() + 2);
                await().atMost(Duration.ofMinutes(10)).until(() -> answered.get() >= due);
                failures.get(k).run();
            }
        }, n -> {
            int who = n % tokens.size();
            String key = "k-" + UUID.randomUUID();
            Object body = HallClient.goodSubmission(Applicants.applicant(firstApplicant + who));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                    accepted(client, tokens.get(who), body, key, receiptsByKey));
            answeredAt.add(System.nanoTime());
            answered.incrementAndGet();
        });
        return new Keyed(receiptsByKey, answeredAt.stream().sorted().toList());
    }

    /**
     * Each key was answered with one receipt, no receipt under two keys, and each receipt becomes one case of the
     * approval system, which has no other.
     */
    public static void assertEachOneCase(Map<String, Set<String>> receiptsByKey, int submissions, ApprovalDouble approval) {
        assertThat(receiptsByKey).hasSize(submissions).allSatisfy((key, receipts) -> assertThat(receipts).hasSize(1));
        List<String> receipts = receiptsByKey.values().stream().flatMap(Set::stream).toList();
        assertThat(receipts).doesNotHaveDuplicates();
        await().atMost(Duration.ofMinutes(3)).until(() -> approval.cases().keySet().containsAll(receipts));
        assertThat(approval.cases()).hasSize(submissions);
        assertThat(approval.duplicateCreations()).isZero();
    }

    private static void inParallel(int submissions, Runnable meanwhile, Submission submission) throws Exception {
        ExecutorService citizens = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(citizens.submit(() -> {
                    for (int n = thread; n < submissions; n += THREADS) {
                        submission.send(n);
                    }
                    return null;
                }));
            }
            meanwhile.run();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            citizens.shutdownNow();
        }
    }

    /** Sends one submission once; whether it was answered 202, whose receipt is then kept under its key. */
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

    /** The n-th submission. */
    @FunctionalInterface
    private interface Submission {
        void send(int n) throws Exception;
    }

    /**
     * The receipts answered under each Idempotency-Key, and when each submission was answered (System.nanoTime, in
     * order).
     */
    public record Keyed(Map<String, Set<String>> receiptsByKey, List<Long> answeredAt) {

        /** The longest time in which no submission was answered, from the first answer to the last. */
        public Duration longestPause() {
            long longest = 0;
            for (int i = 1; i < answeredAt.size(); i++) {
                longest = Math.max(longest, answeredAt.get(i) - answeredAt.get(i - 1));
            }
            return Duration.ofNanos(longest);
        }
    }

    /** What the citizens were answered: receipts (202) and refusals (anything else). */
    public record Submitted(List<String> receipts, List<String> refusals) {
    }
}
