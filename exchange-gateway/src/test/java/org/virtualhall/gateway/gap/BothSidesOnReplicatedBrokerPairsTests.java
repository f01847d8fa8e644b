package org.virtualhall.gateway.gap;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.ArtemisPair;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.ParallelCitizens;
import org.virtualhall.gateway.support.TestHall;

/**
 * Each side of the gap on an external broker pair of its own (the Artemis distribution, a replicated primary and
 * backup, each its own process) through a failover URL. While citizens submit, each submission sent again with its
 * Idempotency-Key until answered 202, the outer side's primary and then the inner side's are killed with SIGKILL; the
 * backups take over, and every answered submission is one case, loaded once.
 */
class BothSidesOnReplicatedBrokerPairsTests {

    private static final int APPLICANTS = 40;
    private static final int SUBMISSIONS = 200;

    @TempDir
    Path home;

    @Test
    void submissionsWhileEachSidesPrimaryBrokerIsKilledAreEachOneCase() throws Exception {
        try (ArtemisPair outerBrokers = ArtemisPair.start(); ArtemisPair innerBrokers = ArtemisPair.start();
             ApprovalDouble approval = new ApprovalDouble()) {
            ConfigurableApplicationContext inner = GatewayCluster.runRole("inner", home, approval.url(), on(innerBrokers));
            ConfigurableApplicationContext outer = GatewayCluster.runRole("outer", home, approval.url(), on(outerBrokers));
            ConfigurableApplicationContext ferry = GatewayCluster.runRole("ferry", home, approval.url(), List.of());
            try {
                outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
                HallClient citizen = GatewayCluster.citizenClient(outer);
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < APPLICANTS; i++) {
                    tokens.add(citizen.token(Applicants.applicant(74_000 + i)));
                }
                Map<String, Set<String>> receiptsByKey = ParallelCitizens.submitWithKeys(citizen, tokens, 74_000, SUBMISSIONS,
                        () -> {
                            outerBrokers.killPrimary();
                            innerBrokers.killPrimary();
                        });

                ParallelCitizens.assertEachOneCase(receiptsByKey, SUBMISSIONS, approval);
            } finally {
                ferry.close();
                outer.close();
                inner.close();
            }
        }
    }

    private static List<String> on(ArtemisPair brokers) {
        return List.of("--spring.artemis.mode=native", "--spring.artemis.broker-url=" + brokers.failoverUrl(),
                "--spring.artemis.user=" + ArtemisPair.USER, "--spring.artemis.password=" + ArtemisPair.PASSWORD);
    }
}
