package org.virtualhall.gateway.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
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

    /** Runs the shipped schema on the database, as every start of a role does, and returns it. */
    public static DataSource schema(DataSource database) {
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(database);
        return database;
    }
}
