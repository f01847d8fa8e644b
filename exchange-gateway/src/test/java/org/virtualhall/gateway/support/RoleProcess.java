package org.virtualhall.gateway.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.launch.part.Part;
import org.virtualhall.launch.part.Program;
import org.virtualhall.launch.part.Sizing;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.launch.process.ProcessSpec;
import org.virtualhall.launch.process.ServerProcess;

/**
 * One gateway role as a real separate JVM on a free port, started as ./hall up starts it (test sizing), which a test
 * may kill -9 and start again.
 */
public final class RoleProcess implements AutoCloseable {

    private static final Duration HEALTHY = Duration.ofSeconds(150);

    private final ProcessSpec spec;
    private final Path home;
    private final int port;
    private ServerProcess process;

    public RoleProcess(String role, Path home, String approvalUrl, List<String> extra) {
        this(role, home, approvalUrl, extra, Sizing.TEST);
    }

    /** With the heap of {@code sizing}: {@link Sizing#SERVICE} measures a role as it is deployed. */
    public RoleProcess(String role, Path home, String approvalUrl, List<String> extra, Sizing sizing) {
        Part part = Part.gatewayRole(role);
        this.port = FreePorts.next();
        List<String> args = GatewayCluster.overridden(GatewayCluster.testArgs(home, approvalUrl), extra);
        this.home = home;
        this.spec = ProcessSpec.of(part.partName(), part.command(Program.classPath(System.getProperty("java.class.path")),
                sizing, port, args), home.resolve(role + ".log")).withHealth(part.health(port));
    }

    /** Starts the role, or starts it again after {@link #kill}; its log goes on. */
    public RoleProcess start() {
        process = process == null ? ServerProcess.start(spec) : process.restart();
        return this;
    }

    /** Waits until the role answers its health endpoint. */
    public RoleProcess awaitHealthy() {
        return awaitHealthy(HEALTHY);
    }

    /** The same, with a longer wait for long runs on a busy machine. */
    public RoleProcess awaitHealthy(Duration atMost) {
        process.awaitHealthy(atMost);
        return this;
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.kill();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A citizen's client of this outer role, signing in with the codes of its SMS outbox. */
    public HallClient citizenClient() {
        return new HallClient(url(), SmsOutbox.of(home));
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
