package org.virtualhall.approval.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.virtualhall.approval.ApprovalApplication;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.testdb.PostgresCluster;

/**
 * The two stores every storage test runs against. Each is an initializer, so all test classes of one
 * store share one Spring context. Both send feedback to the {@link TestGateway}, never to a running hall.
 * Tests that need instances of their own (restarted on their data, or two sharing one database) start them
 * with {@link #start}.
 */
public final class TestStores {

    private TestStores() {
    }

    /** An H2 file under target/, like the default configuration. First, so that a test's own initializer can override it. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(context, h2());
        }
    }

    /** A real PostgreSQL cluster started for the test run. */
    public static class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(context, postgres(newPostgresDatabase()));
        }
    }

    /** A new H2 store: the data directory that holds it. */
    public static Map<String, Object> h2() {
        return Map.of("approval.data-dir", dataDir("h2"));
    }

    /** A new, empty database in the shared PostgreSQL cluster: its JDBC URL. */
    public static String newPostgresDatabase() {
        return PostgresCluster.shared().createDatabase("approval_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** That database as an instance's store, with a data directory of the instance's own. */
    public static Map<String, Object> postgres(String url) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                "spring.datasource.password", "", "approval.data-dir", dataDir("postgres"));
    }

    /** Starts an approval instance on this store, on a free port; close it to stop it. */
    public static ConfigurableApplicationContext start(Map<String, Object> store) {
        Map<String, Object> instance = new HashMap<>(store);
        instance.put("server.port", "0");
        return new SpringApplicationBuilder(ApprovalApplication.class).initializers(context -> use(context, instance)).run();
    }

    /** Each context its own data directory, so each store has its own file of initial passwords. */
    private static String dataDir(String store) {
        return Path.of("target", store, UUID.randomUUID().toString()).toAbsolutePath().toString();
    }

    private static void use(ConfigurableApplicationContext context, Map<String, Object> store) {
        Map<String, Object> properties = new HashMap<>(store);
        properties.put("approval.gateway.url", TestGateway.shared().url());
        properties.put("approval.gateway.push-interval", "100ms");
        properties.put("approval.evaluation.publish-interval", "200ms");
        properties.put("approval.appointments.publish-interval", "200ms");
        properties.put("approval.queue.publish-interval", "200ms");
        properties.put("approval.consultation.push-interval", "200ms");
        properties.put("approval.gateway.max-backoff", "200ms");
        // no search node unless a test brings one (SearchNodeUnderTest): a free port, where nothing answers
        properties.put("approval.search.url", "http://127.0.0.1:" + FreePorts.next());
        properties.put("approval.search.sync-interval", "500ms");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-store", properties));
    }
}
