package org.virtualhall.gateway.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.virtualhall.gateway.GatewayApplication;
import org.virtualhall.gateway.outer.hall.HallCatalog;
import org.virtualhall.launch.http.SmsOutbox;
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
        return citizenClient(outer);
    }

    /** A citizen's client of an outer role started in this JVM, signing in with the codes of its SMS outbox. */
    public static HallClient citizenClient(ConfigurableApplicationContext outer) {
        return new HallClient(baseUrl(outer), new SmsOutbox(Path.of(outer.getEnvironment()
                .getRequiredProperty("hall.gateway.outer.auth.sms.outbox"))));
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

    /**
     * What every test role is given on top of the part's own arguments: home, keys, doubles, quieter logs, and SMS
     * limits that let the same citizens sign in as often as the tests need (the limits' own tests set them back).
     */
    public static List<String> testArgs(Path home, String approvalUrl) {
        return List.of("--hall.gateway.home=" + home, "--hall.gateway.gap.hmac-key=" + GAP_KEY,
                "--hall.gateway.outer.auth.token-key=" + TOKEN_KEY,
                "--hall.gateway.outer.auth.sms.resend-interval=0s",
                "--hall.gateway.outer.auth.sms.per-mobile-per-day=1000000",
                "--hall.gateway.outer.auth.sms.per-address-per-day=100000000",
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
        return runRole(role, home, approvalUrl, extra, null);
    }

    /**
     * One role on its own whose clock is {@code clock} (every bean that tells the time uses it), for tests that move
     * time; null for the system's.
     */
    public static ConfigurableApplicationContext runRole(String role, Path home, String approvalUrl, List<String> extra,
                                                         Clock clock) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(GatewayApplication.class);
        if (clock != null) {
            app.initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("testClock", Clock.class, () -> clock,
                    definition -> definition.setPrimary(true)));
        }
        return app.run(overridden(args(role, home, approvalUrl), extra).toArray(String[]::new));
    }

    /** {@code base} with each {@code --key=value} of {@code extra} in place of the same key's (a key given twice is a list). */
    public static List<String> overridden(List<String> base, List<String> extra) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String arg : base) {
            byKey.put(key(arg), arg);
        }
        for (String arg : extra) {
            byKey.put(key(arg), arg);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
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
