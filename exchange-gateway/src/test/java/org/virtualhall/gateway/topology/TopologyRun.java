package org.virtualhall.gateway.topology;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;
import org.virtualhall.gateway.outer.hall.CatalogIndexer;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ArtemisPair;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.OuterInstances;
import org.virtualhall.gateway.support.ParallelCitizens;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.search.node.ElasticsearchCluster;
import org.virtualhall.search.node.ElasticsearchNode;
import org.virtualhall.testlb.Haproxy;

/**
 * The hall as a county runs it beyond one machine, in one JVM with its outside processes: two outer instances behind a
 * real HAProxy on one PostgreSQL, both on one replicated Artemis pair; the inner role on a pair of its own; a
 * three-node Elasticsearch cluster behind the search API. Citizens submit through the balancer, each submission with
 * its Idempotency-Key until answered, and search meanwhile; an outer instance is stopped, each side's primary broker
 * and an Elasticsearch node are killed (-9). Then every answered submission is looked for in the approval system.
 */
public final class TopologyRun {

    private static final String QUERY = "结婚登记";
    private static final int APPLICANTS = 40;
    private static final int FIRST_APPLICANT = 90_000;
    private static final int FAILURES_KEPT = 5;

    private final int submissions;

    public TopologyRun(int submissions) {
        this.submissions = submissions;
    }

    /**
     * What the run counted.
     *
     * @param accepted        submissions answered 202
     * @param lost            answered, but no case in the approval system
     * @param duplicated      cases created twice, and keys answered with two receipts
     * @param kills           parts stopped or killed during the run
     * @param failoverSeconds the longest time in which no citizen was answered
     * @param perSecond       submissions answered and loaded per second, first send to last case
     * @param searches        searches through the balancer during the run
     * @param searchFailures  of them, those not answered with the expected item
     * @param searchFailed    how the first few of them failed
     */
    public record Outcome(int submissions, int accepted, int lost, long duplicated, int kills, double failoverSeconds,
                          double seconds, double perSecond, long searches, long searchFailures, List<String> searchFailed) {

        public boolean nothingLostOrDuplicated() {
            return accepted == submissions && lost == 0 && duplicated == 0;
        }
    }

    public Outcome run(Path home) throws Exception {
        Path esRoot = home.resolve("search");
        ElasticsearchCluster search = ElasticsearchCluster.start("hall-topology", 3, esRoot, "384m", Duration.ofMinutes(4));
        try (search; ArtemisPair outerBrokers = ArtemisPair.start(); ArtemisPair innerBrokers = ArtemisPair.start();
             OuterInstances cluster = new OuterInstances(home, 2, innerArgs(innerBrokers), outerArgs(outerBrokers, search));
             Haproxy balancer = Haproxy.start(List.of(cluster.port(0), cluster.port(1)), "/actuator/health")) {
            HallClient signIn = cluster.citizenClient(0);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                tokens.add(signIn.token(Applicants.applicant(FIRST_APPLICANT + i)));
            }
            HallClient citizens = new HallClient(balancer.url());
            // as a publication that came across the gap is indexed
            cluster.outer(0).getBean(CatalogIndexer.class).reindex(TestHall.withTestItems());
            await().atMost(Duration.ofMinutes(2)).until(() -> found(citizens));
            // the outer instances talk to the first node; the third is killed while it holds a copy of the catalog
            ElasticsearchNode spareNode = search.nodes().get(2);
            List<Runnable> failures = List.of(
                    () -> cluster.stop(1),
                    outerBrokers::killPrimary,
                    innerBrokers::killPrimary,
                    () -> search.kill(spareNode));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong searches = new AtomicLong();
            AtomicLong searchFailures = new AtomicLong();
            List<String> searchFailed = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    searches.incrementAndGet();
                    String failure = searchFailure(citizens);
                    if (failure != null && searchFailures.incrementAndGet() <= FAILURES_KEPT) {
                        searchFailed.add(failure);
                    }
                }
            });
            long start = System.nanoTime();
            ParallelCitizens.Keyed keyed = ParallelCitizens.submitWithKeys(citizens, tokens, FIRST_APPLICANT, submissions,
                    failures);
            running.set(false);
            searching.join();

            Set<String> receipts = new HashSet<>();
            long twoReceipts = keyed.receiptsByKey().values().stream().filter(r -> r.size() > 1).count();
            keyed.receiptsByKey().values().forEach(receipts::addAll);
            try {
                await().atMost(Duration.ofMinutes(5)).until(() -> cluster.approval().cases().keySet().containsAll(receipts));
            } catch (ConditionTimeoutException counted) {
                // what is still missing is counted as lost below
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Set<String> missing = new HashSet<>(receipts);
            missing.removeAll(cluster.approval().cases().keySet());
            return new Outcome(submissions, keyed.receiptsByKey().size(), missing.size(),
                    cluster.approval().duplicateCreations() + twoReceipts, failures.size(),
                    keyed.longestPause().toMillis() / 1000.0, seconds, (receipts.size() - missing.size()) / seconds,
                    searches.get(), searchFailures.get(), List.copyOf(searchFailed));
        }
    }

    private static boolean found(HallClient citizens) {
        return searchFailure(citizens) == null;
    }

    /** Why a search did not find the item, or null when it did. */
    private static String searchFailure(HallClient citizens) {
        try {
            HallClient.Response r = citizens.get("/api/search?q=" + JsonHttp.query(QUERY), null);
            if (r.status() == 200 && r.body().contains(QUERY)) {
                return null;
            }
            return Instant.now() + " " + r.status() + " " + r.body().substring(0, Math.min(300, r.body().length()));
        } catch (IOException e) {
            return Instant.now() + " " + e;
        }
    }

    /** Its broker pair; behaviour monitoring would hold the long run's citizens, who each submit over a hundred times. */
    private static List<String> innerArgs(ArtemisPair brokers) {
        List<String> args = new ArrayList<>(brokers.clientArgs());
        args.add("--hall.gateway.inner.per-applicant-per-minute=100000000");
        return args;
    }

    private static List<String> outerArgs(ArtemisPair brokers, ElasticsearchCluster search) {
        List<String> args = new ArrayList<>(brokers.clientArgs());
        args.add("--hall.search.url=" + search.nodes().get(0).url());
        return args;
    }
}
