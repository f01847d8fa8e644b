package org.virtualhall.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.testdb.PostgresCluster;

/**
 * Outer instances {@code a}, {@code b}, … on one PostgreSQL database, sharing the spools under {@code home} with one
 * ferry and one inner role (H2), as a county runs them; plus the approval double. Each instance has its own data
 * directory and gap instance name, and the test hall published.
 */
public final class OuterInstances implements AutoCloseable {

    private final Path home;
    private final String database;
    private final ApprovalDouble approval;
    private final ConfigurableApplicationContext inner;
    private final ConfigurableApplicationContext ferry;
    private final List<ConfigurableApplicationContext> outers = new ArrayList<>();
    private final List<String> outerArgs;

    public OuterInstances(Path home, int count) throws IOException {
        this(home, count, List.of(), List.of());
    }

    /** With settings of the inner role's and of every outer instance's own (a broker, a search cluster). */
    public OuterInstances(Path home, int count, List<String> innerArgs, List<String> outerArgs) throws IOException {
        this.home = home;
        this.outerArgs = List.copyOf(outerArgs);
        this.database = PostgresCluster.shared().createDatabase("outer_" + UUID.randomUUID().toString().replace("-", ""));
        this.approval = new ApprovalDouble();
        this.inner = GatewayCluster.runRole("inner", home, approval.url(), innerArgs);
        for (int i = 0; i < count; i++) {
            outers.add(outer(i, 0));
        }
        this.ferry = GatewayCluster.runRole("ferry", home, approval.url(), List.of());
    }

    /** The instance's name: a, b, … */
    public static String name(int i) {
        return String.valueOf((char) ('a' + i));
    }

    public ConfigurableApplicationContext outer(int i) {
        return outers.get(i);
    }

    /** A citizen's client of one instance, signing in with the codes of its SMS outbox. */
    public HallClient citizenClient(int i) {
        return GatewayCluster.citizenClient(outers.get(i));
    }

    public int port(int i) {
        return Integer.parseInt(outers.get(i).getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Stops the instance as a crash would leave it for the others: what it queued stays in its own journal. */
    public void stop(int i) {
        outers.get(i).close();
    }

    /** Starts the stopped instance again on its port, with its journal and pending bundles. */
    public void restart(int i, int port) {
        outers.set(i, outer(i, port));
    }

    public ConfigurableApplicationContext inner() {
        return inner;
    }

    public ApprovalDouble approval() {
        return approval;
    }

    private ConfigurableApplicationContext outer(int i, int port) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--hall.gateway.data-dir=" + home.resolve("outer-" + name(i)),
                "--hall.gateway.gap.instance=" + name(i), "--server.port=" + port));
        args.addAll(outerArgs);
        ConfigurableApplicationContext outer = GatewayCluster.runRole("outer", home, approval.url(), args);
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        return outer;
    }

    @Override
    public void close() {
        ferry.close();
        outers.stream().filter(ConfigurableApplicationContext::isActive).forEach(ConfigurableApplicationContext::close);
        inner.close();
        approval.close();
    }
}
