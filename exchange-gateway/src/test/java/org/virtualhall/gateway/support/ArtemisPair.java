package org.virtualhall.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.virtualhall.launch.process.FreePorts;

/**
 * A replicated primary/backup pair of Artemis brokers from the distribution on Maven Central (system property
 * {@code artemis.distribution}, set by the build), each its own process on a free loopback port, as a county runs the
 * broker outside the gateway: the backup keeps a synchronous copy of the primary's journal and takes over when the
 * primary dies. Instances, logs and data are under target/artemis-pair; both stop when the test closes the pair.
 */
public final class ArtemisPair implements AutoCloseable {

    public static final String USER = "hall";
    public static final String PASSWORD = "hall-" + UUID.randomUUID();

    private final Path dir;
    private final int primaryPort = FreePorts.next();
    private final int backupPort = FreePorts.next();
    private final List<Process> processes = new ArrayList<>();
    private Process primary;

    private ArtemisPair(Path dir) {
        this.dir = dir;
    }

    /** Creates both brokers and returns once the backup has synchronised with the primary. */
    public static ArtemisPair start() throws IOException {
        ArtemisPair pair = new ArtemisPair(Path.of("target", "artemis-pair", UUID.randomUUID().toString()).toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(pair::close, "artemis-pair-stop"));
        Path home = unpack(Path.of(System.getProperty("artemis.distribution", "")), pair.dir.resolve("dist"));
        pair.create(home, "primary", pair.primaryPort, pair.backupPort);
        pair.create(home, "backup", pair.backupPort, pair.primaryPort);
        pair.primary = pair.run("primary");
        pair.awaitLog("primary", "AMQ221007");
        pair.run("backup");
        pair.awaitLog("backup", "AMQ221024");
        return pair;
    }

    /** What the gateway is given as {@code spring.artemis.broker-url}: both brokers, failing over for ever. */
    public String failoverUrl() {
        return "(tcp://127.0.0.1:" + primaryPort + ",tcp://127.0.0.1:" + backupPort + ")?ha=true&reconnectAttempts=-1";
    }

    /** A gateway role's settings to use this pair as its broker. */
    public List<String> clientArgs() {
        return List.of("--spring.artemis.mode=native", "--spring.artemis.broker-url=" + failoverUrl(),
                "--spring.artemis.user=" + USER, "--spring.artemis.password=" + PASSWORD);
    }

    /** Kills the primary as a crash would (SIGKILL), and waits for the backup to log that it is live (AMQ221007). */
    public void killPrimary() {
        primary.destroyForcibly();
        awaitLog("backup", "AMQ221007");
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void create(Path home, String name, int port, int otherPort) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/artemis").toString(), "create",
                dir.resolve(name).toString(), "--silent", "--replicated", "--clustered", "--failover-on-shutdown",
                "--host", "127.0.0.1", "--cluster-user", USER, "--cluster-password", PASSWORD, "--user", USER,
                "--password", PASSWORD, "--require-login", "--staticCluster", "tcp://127.0.0.1:" + otherPort,
                "--no-web", "--no-autotune", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor"));
        if (name.equals("backup")) {
            command.add("--backup");
        }
        Process create = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + "-create.log").toFile()).start();
        try {
            if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
                throw new IllegalStateException("artemis create " + name + " failed: "
                        + Files.readString(dir.resolve(name + "-create.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + name, e);
        }
        Path profile = dir.resolve(name).resolve("etc/artemis.profile");
        Files.writeString(profile, Files.readString(profile).replace("-Xms512M -Xmx2G", "-Xms64M -Xmx384M"));
        Path brokerXml = dir.resolve(name).resolve("etc/broker.xml");
        // the created broker listens on 61616; the test's free ports instead, and a pair has no third voter, so the
        // primary keeps running when its backup goes rather than asking for a quorum it cannot get
        Files.writeString(brokerXml, Files.readString(brokerXml).replace("127.0.0.1:61616", "127.0.0.1:" + port)
                .replace("<vote-on-replication-failure>true", "<vote-on-replication-failure>false"));
    }

    private Process run(String name) throws IOException {
        Process p = new ProcessBuilder(dir.resolve(name).resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    private void awaitLog(String name, String code) {
        Path log = dir.resolve(name + ".log");
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                Files.exists(log) && Files.readString(log).contains(code));
    }

    private static Path unpack(Path zip, Path into) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no Artemis distribution at '" + zip + "' (system property artemis.distribution)");
        }
        Path home = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IllegalStateException("entry outside the distribution: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (home == null) {
                    home = into.resolve(Path.of(e.getName()).getName(0));
                }
            }
        }
        home.resolve("bin/artemis").toFile().setExecutable(true);
        return home;
    }
}
