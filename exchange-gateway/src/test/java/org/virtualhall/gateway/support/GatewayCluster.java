package org.virtualhall.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.virtualhall.gateway.GatewayApplication;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.launch.part.Part;

/**
 * Outer, inner and ferry roles started in this JVM, each a separate Spring application with its own broker,
 * database and free port, sharing only the gap directories under {@code home}; plus the approval double.
 */
public final class GatewayCluster implements AutoCloseable {

    public static final String GAP_KEY = "test-gap-key-0123456789abcdef";
    public static final String TOKEN_KEY = "test-token-key-0123456789abcdef";

    private final Path home;
    private final ApprovalDouble approval;
    private final List<String> extra;
    private ConfigurableApplicationContext outer;
    private ConfigurableApplicationContext inner;
    private ConfigurableApplicationContext ferry;

    public GatewayCluster(Path home, String... extraArgs) throws IOException {
        this.home = home;
        this.approval = new ApprovalDouble();
        this.extra = List.of(extraArgs);
    }

    public GatewayCluster start() {
        inner = run("inner");
        outer = run("outer");
        ferry = run("ferry");
        return this;
    }

    /** Starts the roles and publishes the test hall on the outer side, as most cluster tests need it. */
    public GatewayCluster startWithTestHall() {
        start();
        outer.getBean(HallCatalog.class).publish(TestHall.withTestItems(), Instant.now());
        return this;
    }

    /** A client of the outer role's hall API, as citizens use it. */
    public HallClient citizenClient() {
        return new HallClient(baseUrl(outer));
    }

    /** A client of the inner role's management API (quarantine, audit, outbound). */
    public HallClient innerClient() {
        return new HallClient(baseUrl(inner));
    }

    /** A role's arguments in this JVM: its own (any free port), then the tests' settings. */
    public static List<String> args(String role, Path home, String approvalUrl) {
        List<String> all = new ArrayList<>(Part.gatewayRole(role).arguments(0));
        all.addAll(testArgs(home, approvalUrl));
        return all;
    }

    /** What every test role is given on top of the part's own arguments: home, keys, doubles, quieter logs. */
    public static List<String> testArgs(Path home, String approvalUrl) {
        return List.of("--hall.gateway.home=" + home, "--hall.gateway.gap.hmac-key=" + GAP_KEY,
                "--hall.gateway.outer.auth.token-key=" + TOKEN_KEY,
                "--hall.gateway.inner.approval-url=" + approvalUrl,
                "--hall.gateway.inner.codes-location=classpath:test-codes/",
                "--hall.gateway.gap.resend-after=3s",
                // never the default 9200 where ./hall up may run a real node: refreshes fail and are logged
                "--hall.search.url=http://127.0.0.1:9",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN");
    }

    private ConfigurableApplicationContext run(String role) {
        return runRole(role, home, approval.url(), extra);
    }

    /** One role on its own, e.g. the outer side for tests that must show nothing reaches the gap. */
    public static ConfigurableApplicationContext runRole(String role, Path home, String approvalUrl, List<String> extra) {
        List<String> all = new ArrayList<>(args(role, home, approvalUrl));
        all.addAll(extra);
        return new SpringApplicationBuilder(GatewayApplication.class).run(all.toArray(String[]::new));
    }

    public ConfigurableApplicationContext outer() {
        return outer;
    }

    public ConfigurableApplicationContext inner() {
        return inner;
    }

    public ConfigurableApplicationContext ferry() {
        return ferry;
    }

    public ApprovalDouble approval() {
        return approval;
    }

    public static String baseUrl(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext ctx : new ConfigurableApplicationContext[] {ferry, outer, inner}) {
            if (ctx != null) {
                ctx.close();
            }
        }
        approval.close();
    }
}
