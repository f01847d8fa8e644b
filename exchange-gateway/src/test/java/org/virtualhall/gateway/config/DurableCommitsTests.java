package org.virtualhall.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.virtualhall.gateway.support.GatewayDatabase;

/**
 * What {@link DurableCommits#persist()} returned for is in the H2 file, which is what a kill -9 leaves (the OS keeps
 * what was written): the test opens a copy of the file taken at that moment. Callers at the same time are each
 * covered, whichever checkpoint writes their rows.
 */
class DurableCommitsTests {

    private static final int CALLERS = 16;

    @TempDir
    Path dir;

    @Test
    void aCommitThatPersistReturnedForSurvivesAKill() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(h2File());
        DurableCommits durable = new DurableCommits(jdbc);

        seen(jdbc, "env-1");
        durable.persist();

        assertThat(afterAKill().queryForList("SELECT envelope_id FROM gap_seen", String.class)).containsExactly("env-1");
        assertThat(durable.checkpoints()).isEqualTo(1);
    }

    @Test
    void everyCallerAtTheSameTimeIsCovered() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(h2File());
        DurableCommits durable = new DurableCommits(jdbc);
        CyclicBarrier together = new CyclicBarrier(CALLERS);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            String id = "env-" + i;
            done.add(callers.submit(() -> {
                together.await();
                seen(jdbc, id);
                durable.persist();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        callers.shutdown();

        assertThat(afterAKill().queryForObject("SELECT COUNT(*) FROM gap_seen", Integer.class)).isEqualTo(CALLERS);
    }

    @Test
    void postgreSqlCommitsAreDurableAlready() {
        JdbcTemplate jdbc = new JdbcTemplate(GatewayDatabase.postgres());
        DurableCommits durable = new DurableCommits(jdbc);

        seen(jdbc, "env-1");
        durable.persist();

        assertThat(durable.checkpoints()).isZero();
    }

    /**
     * The role's database file with its tables written, held open as the role's pool holds it (H2 writes everything
     * when the last connection closes).
     */
    private DataSource h2File() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("gateway"));
        try {
            DataSource open = GatewayDatabase.schema(new SingleConnectionDataSource(h2.getConnection(), true));
            new JdbcTemplate(open).execute("CHECKPOINT");
            return open;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void seen(JdbcTemplate jdbc, String envelopeId) {
        jdbc.update("INSERT INTO gap_seen (envelope_id, channel, seen_at) VALUES (?, 'submissions', ?)", envelopeId,
                Timestamp.from(Instant.now()));
    }

    /** The database as the file holds it now: a copy, opened on its own. */
    private JdbcTemplate afterAKill() throws IOException {
        Files.copy(dir.resolve("gateway.mv.db"), dir.resolve("after-kill.mv.db"));
        JdbcDataSource copy = new JdbcDataSource();
        copy.setURL("jdbc:h2:file:" + dir.resolve("after-kill"));
        return new JdbcTemplate(copy);
    }
}
