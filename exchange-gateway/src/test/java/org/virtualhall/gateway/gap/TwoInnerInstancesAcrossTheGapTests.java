package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.BundleReceiver;
import org.virtualhall.gateway.inner.audit.AuditLog;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.ApprovalDouble;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.HallClient;
import org.virtualhall.gateway.support.ParallelCitizens;
import org.virtualhall.gateway.support.TestHall;
import org.virtualhall.testdb.PostgresCluster;

/**
 * Two inner instances (a and b) on one PostgreSQL, sharing the spool pair with one ferry and one outer role: whichever
 * takes a bundle loads it, each submission reaches the approval system once, and the audit trail both append to at
 * once stays one unbroken chain with a 接收 and a 装载 row for every receipt.
 */
class TwoInnerInstancesAcrossTheGapTests {

    private static final int APPLICANTS = 60;
    private static final int PER_APPLICANT = 5;

    @TempDir
    static Path home;
    static ApprovalDouble approval;
    static List<ConfigurableApplicationContext> inners = new ArrayList<>();
    static ConfigurableApplicationContext outer;
    static ConfigurableApplicationContext ferry;
    static HallClient citizen;

    @BeforeAll
    static void start() throws Exception {
        approval = new ApprovalDouble();
        String database = PostgresCluster.shared().createDatabase("inner_" + UUID.randomUUID().toString().replace("-", ""));
        for (String name : List.of("a", "b")) {
            inners.add(GatewayCluster.runRole("inner", home, approval.url(), List.of(
                    "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                    "--hall.gateway.data-dir=" + home.resolve("inner-" + name), "--hall.gateway.gap.instance=" + name)));
        }
        outer = GatewayCluster.runRole("outer", home, approval.url(), List.of());
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        ferry = GatewayCluster.runRole("ferry", home, approval.url(), List.of());
        citizen = GatewayCluster.citizenClient(outer);
    }

    @AfterAll
    static void stop() {
        if (ferry != null) {
            ferry.close();
        }
        if (outer != null) {
            outer.close();
        }
        inners.forEach(ConfigurableApplicationContext::close);
        approval.close();
    }

    @Test
    void hundredsOfSubmissionsAreEachLoadedOnceAndTheSharedAuditChainHolds() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            tokens.add(citizen.token(Applicants.applicant(73_000 + i)));
        }
        ParallelCitizens.Submitted submitted = ParallelCitizens.submit(List.of(citizen), tokens, 73_000, APPLICANTS * PER_APPLICANT);
        List<String> receipts = submitted.receipts();

        assertThat(submitted.refusals()).isEmpty();
        assertThat(receipts).hasSize(APPLICANTS * PER_APPLICANT).doesNotHaveDuplicates();
        await().atMost(Duration.ofMinutes(3)).until(() -> approval.cases().keySet().containsAll(receipts));
        assertThat(approval.cases()).hasSize(receipts.size());
        assertThat(approval.duplicateCreations()).isZero();

        JdbcTemplate shared = inners.get(0).getBean(JdbcTemplate.class);
        // an instance appends its 装载 rows once the approval system has answered the whole batch
        await().atMost(Duration.ofMinutes(1)).until(() -> shared.queryForObject(
                "SELECT count(*) FROM audit WHERE action = '装载'", Integer.class) >= receipts.size());
        for (String action : List.of("接收", "装载")) {
            assertThat(shared.queryForList("SELECT receipt FROM audit WHERE action = ?", String.class, action))
                    .as(action).containsExactlyInAnyOrderElementsOf(receipts);
        }
        for (ConfigurableApplicationContext inner : inners) {
            assertThat(inner.getBean(AuditLog.class).verify()).isEmpty();
        }
        assertThat(inners.get(0).getBean(BundleReceiver.class).sequences().status(Channel.SUBMISSIONS).missing()).isZero();
        // both loaded some (their 已送达 events come back as two feedback streams), and neither stream has a hole
        JdbcTemplate outerDb = outer.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(1)).until(() -> outerDb.queryForList(
                "SELECT DISTINCT sender FROM gap_received WHERE channel = 'feedback' ORDER BY sender", String.class)
                .equals(List.of("a", "b")));
        assertThat(outer.getBean(BundleReceiver.class).sequences().status(Channel.FEEDBACK).missing()).isZero();
    }
}
