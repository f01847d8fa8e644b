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
        Map<String, Set<String>> receiptsByKey = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        inParallel(submissions, () -> {
            await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= submissions / 3);
            failure.run();
        }, n -> {
            int who = n % tokens.size();
            String key = "k-" + UUID.randomUUID();
            Object body = HallClient.goodSubmission(Applicants.applicant(firstApplicant + who));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() ->
                    accepted(client, tokens.get(who), body, key, receiptsByKey));
            answered.incrementAndGet();
        });
        return receiptsByKey;
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

    /** What the citizens were answered: receipts (202) and refusals (anything else). */
    public record Submitted(List<String> receipts, List<String> refusals) {
    }
}
