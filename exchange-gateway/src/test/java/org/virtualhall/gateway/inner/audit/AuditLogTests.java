package org.virtualhall.gateway.inner.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.virtualhall.gateway.support.GatewayDatabase;

/** 内容审计 on a real H2 with the shipped schema: every row kept, the chain intact, a tampered row found. */
class AuditLogTests {

    private JdbcTemplate jdbc;
    private AuditLog audit;
    private ExecutorService consumers;

    @BeforeEach
    void freshLog() {
        DataSource h2 = GatewayDatabase.fresh();
        jdbc = new JdbcTemplate(h2);
        audit = new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(h2)));
        consumers = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() {
        consumers.shutdownNow();
    }

    @Test
    void concurrentAppendsAreAllKeptInOneUnbrokenChain() throws Exception {
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String receipt = "R20261123-" + i;
            appends.add(consumers.submit(() -> {
                audit.append(receipt, "110101199003077777@web", "接收", receipt.getBytes(StandardCharsets.UTF_8));
                audit.append(receipt, "110101199003077777@web", "装载", receipt.getBytes(StandardCharsets.UTF_8));
            }));
        }
        for (Future<?> append : appends) {
            append.get(60, TimeUnit.SECONDS);
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit", Long.class)).isEqualTo(1600);
        assertThat(audit.byReceipt("R20261123-7")).extracting(AuditLog.AuditEntry::action).containsExactly("接收", "装载");
        assertThat(audit.verify()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void twoInstancesAppendingToOneDatabaseAtOnceKeepOneUnbrokenChain(DataSource database) throws Exception {
        JdbcTemplate shared = new JdbcTemplate(database);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        List<AuditLog> instances = List.of(new AuditLog(shared, transactions), new AuditLog(shared, transactions));
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String receipt = "R20261207-" + i;
            AuditLog instance = instances.get(i % 2);
            appends.add(consumers.submit(() -> instance.append(receipt, "system", "装载", receipt.getBytes(StandardCharsets.UTF_8))));
        }
        for (Future<?> append : appends) {
            append.get(120, TimeUnit.SECONDS);
        }

        assertThat(shared.queryForObject("SELECT COUNT(*) FROM audit", Long.class)).isEqualTo(400);
        assertThat(instances.get(0).verify()).isEmpty();
        assertThat(shared.queryForObject("SELECT chain FROM audit_head", String.class))
                .isEqualTo(shared.queryForObject("SELECT chain FROM audit ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", String.class));
    }

    @Test
    void aRowChangedAfterwardsBreaksTheChainThere() {
        for (int i = 0; i < 5; i++) {
            audit.append("R" + i, "system", "接收", new byte[] {(byte) i});
        }
        long third = audit.byReceipt("R2").get(0).seq();
        jdbc.update("UPDATE audit SET action = '删除' WHERE seq = ?", third);

        assertThat(audit.verify()).hasValueSatisfying(row -> assertThat(row.seq()).isEqualTo(third));
    }

    @Test
    void aRowRemovedAfterwardsBreaksTheChainAtTheNextRow() {
        for (int i = 0; i < 5; i++) {
            audit.append("R" + i, "system", "接收", new byte[] {(byte) i});
        }
        jdbc.update("DELETE FROM audit WHERE receipt = 'R2'");

        assertThat(audit.verify()).hasValueSatisfying(row -> assertThat(row.receipt()).isEqualTo("R3"));
    }

    @Test
    void aFailedWriteReachesItsCallerAndTheChainGoesOnFromTheLastCommittedRow() {
        audit.append("R1", "system", "接收", new byte[] {1});
        String tooLong = "动作".repeat(600);

        assertThatThrownBy(() -> audit.append("R2", "system", tooLong, new byte[] {2})).isInstanceOf(DataAccessException.class);
        audit.append("R3", "system", "接收", new byte[] {3});

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit", Long.class)).isEqualTo(2);
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void aCallerWhoseRowWentWithAFailedBatchHearsItToo() throws Exception {
        DataSource h2 = GatewayDatabase.fresh();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        AtomicBoolean firstWriterInside = new AtomicBoolean();
        AuditLog[] log = new AuditLog[1];
        JdbcTemplate failingTwice = new JdbcTemplate(h2) {
            @Override
            public <T> T query(String sql, ResultSetExtractor<T> extractor) {
                int left = failuresLeft.getAndDecrement();
                if (left == 2) {
                    // the first writer fails once the other seven rows are queued, so the second batch carries them all
                    firstWriterInside.set(true);
                    await().atMost(Duration.ofSeconds(30)).until(() -> log[0].waiting() >= 7);
                }
                if (left > 0) {
                    throw new DataAccessResourceFailureException("disk gone");
                }
                return super.query(sql, extractor);
            }
        };
        log[0] = new AuditLog(failingTwice, new TransactionTemplate(new DataSourceTransactionManager(h2)));
        List<Future<Boolean>> appends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String receipt = "R" + i;
            appends.add(consumers.submit(() -> {
                try {
                    log[0].append(receipt, "system", "接收", new byte[] {1});
                    return true;
                } catch (DataAccessException e) {
                    return false;
                }
            }));
            if (i == 0) {
                await().atMost(Duration.ofSeconds(30)).untilTrue(firstWriterInside);
            }
        }
        for (int i = 0; i < 8; i++) {
            boolean answeredKept = appends.get(i).get(60, TimeUnit.SECONDS);
            assertThat(log[0].byReceipt("R" + i)).as("R%d answered %s", i, answeredKept ? "kept" : "failed")
                    .hasSize(answeredKept ? 1 : 0);
        }
    }

    @Test
    void whenTheDatabaseFailsEveryWaitingCallerHearsIt() throws Exception {
        jdbc.execute("DROP TABLE audit");
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String receipt = "R" + i;
            appends.add(consumers.submit(() -> audit.append(receipt, "system", "接收", new byte[] {1})));
        }
        for (Future<?> append : appends) {
            assertThatThrownBy(() -> append.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class);
        }
    }
}
