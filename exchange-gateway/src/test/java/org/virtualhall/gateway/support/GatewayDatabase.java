package org.virtualhall.gateway.support;

import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.postgresql.ds.PGSimpleDataSource;
import org.virtualhall.testdb.PostgresCluster;

/** A fresh database with the gateway's shipped schema, for tests of one store on the real database. */
public final class GatewayDatabase {

    private GatewayDatabase() {
    }

    /** An in-memory H2, the embedded default. */
    public static DataSource fresh() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return schema(h2);
    }

    /** A new database on this JVM's throwaway PostgreSQL, as a deployment configures it. */
    public static DataSource postgres() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PostgresCluster.shared().createDatabase("gateway_" + UUID.randomUUID().toString().replace("-", "")));
        pg.setUser("postgres");
        return schema(pg);
    }

    /**
     * A fresh H2 and a fresh PostgreSQL database, named, for a {@code @ParameterizedTest} with
     * {@code @MethodSource(GatewayDatabase.BOTH)} that takes a {@link DataSource}.
     */
    public static Stream<Arguments> both() {
        return Stream.of(Arguments.of(Named.of("H2", fresh())), Arguments.of(Named.of("PostgreSQL", postgres())));
    }

    /** The method source of {@link #both()}. */
    public static final String BOTH = "org.virtualhall.gateway.support.GatewayDatabase#both";

    /** Migrates the database to the shipped schema, as every start of a role does, and returns it. */
    public static DataSource schema(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/gateway").baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
        return database;
    }
}
