package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.OuterInstances;
import org.virtualhall.gateway.support.ParallelCitizens;
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
            int stoppedPort = cluster.port(1);
            Map<String, Set<String>> receiptsByKey = ParallelCitizens.submitWithKeys(new HallClient(balancer.url()), tokens,
                    80_000, SUBMISSIONS, () -> cluster.stop(1));
            cluster.restart(1, stoppedPort);

            ParallelCitizens.assertEachOneCase(receiptsByKey, SUBMISSIONS, cluster.approval());
            // the balancer used both, and each one's stream arrived whole
            assertThat(cluster.inner().getBean(JdbcTemplate.class).queryForList(
                    "SELECT DISTINCT sender FROM gap_received WHERE channel = 'submissions' ORDER BY sender", String.class))
                    .containsExactly("a", "b");
            assertThat(cluster.inner().getBean(BundleReceiver.class).sequences().status(Channel.SUBMISSIONS).missing()).isZero();
        }
    }
}
