package org.virtualhall.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.virtualhall.gateway.outer.timeline.TimelineStore;
import org.virtualhall.gateway.support.GatewayCluster;
import org.virtualhall.gateway.support.GatewayDatabase;
import org.virtualhall.testdb.PostgresCluster;

/**
 * Flyway's migrations (db/gateway) on a fresh database and on one a role made before Flyway with the schema it ran at
 * every start (here the one of 2 December 2026, whose submissions still had a stored status): baselined as version 0,
 * it is brought up to date and keeps its rows.
 */
class SchemaMigrationsTests {

    private static final String RECEIPT = "SB20261202-5AB7KQZ2M4";

    @TempDir
    Path home;

    @ParameterizedTest
    @MethodSource(GatewayDatabase.BOTH)
    void aFreshDatabaseGetsEveryVersion(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);

        assertThat(versions(jdbc)).startsWith("1", "2").doesNotContain("0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_stat", Integer.class)).isZero();
    }

    @ParameterizedTest
    @MethodSource("olderDatabases")
    void aDatabaseFromBeforeFlywayIsBaselinedAndBroughtUpToDate(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        madeBeforeFlyway(jdbc);

        GatewayDatabase.schema(database);

        assertThat(versions(jdbc)).startsWith("0", "1", "2");
        assertThat(hasStatusColumn(jdbc)).isFalse();
        assertThat(jdbc.queryForObject("SELECT id_number FROM submission WHERE receipt = ?", String.class, RECEIPT))
                .isEqualTo("330102199001011234");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_code", Integer.class)).isZero();
    }

    static List<DataSource> olderDatabases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:before-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PostgresCluster.shared().createDatabase("before_" + System.nanoTime()));
        pg.setUser("postgres");
        return List.of(h2, pg);
    }

    @Test
    void anOuterRoleStartsOnTheH2FileItMadeBeforeFlywayAndAgainAfter() {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + home.resolve("outer/db/gateway"));
        madeBeforeFlyway(new JdbcTemplate(file));

        try (ConfigurableApplicationContext outer = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of())) {
            assertThat(outer.getBean(TimelineStore.class).owner(RECEIPT)).hasValueSatisfying(owned -> {
                assertThat(owned.idNumber()).isEqualTo("330102199001011234");
                assertThat(owned.status()).isEqualTo("ACCEPTED");
            });
            assertThat(hasStatusColumn(outer.getBean(JdbcTemplate.class))).isFalse();
        }
        try (ConfigurableApplicationContext again = GatewayCluster.runRole("outer", home, "http://127.0.0.1:9", List.of())) {
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(versions(jdbc)).startsWith("0", "1", "2").doesNotHaveDuplicates();
            assertThat(again.getBean(TimelineStore.class).owner(RECEIPT)).isPresent();
        }
    }

    /** The tables the role's start made before Flyway, with one accepted submission. */
    private static void madeBeforeFlyway(JdbcTemplate jdbc) {
        new ResourceDatabasePopulator(new ClassPathResource("db/schema-before-flyway.sql")).execute(jdbc.getDataSource());
        jdbc.update("INSERT INTO submission (receipt, item_code, id_number, status, created_at) VALUES (?, 'GA001', ?, 'ACCEPTED', ?)",
                RECEIPT, "330102199001011234", Timestamp.from(Instant.parse("2026-12-02T04:00:00Z")));
    }

    private static List<String> versions(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                + "ORDER BY \"installed_rank\"", String.class);
    }

    private static boolean hasStatusColumn(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'submission' "
                + "AND LOWER(column_name) = 'status'", Integer.class) > 0;
    }
}
