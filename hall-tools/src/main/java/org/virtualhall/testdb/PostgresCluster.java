package org.virtualhall.testdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.virtualhall.launch.process.FreePorts;

/**
 * A throwaway PostgreSQL cluster from the Debian package: initdb in target/, pg_ctl on a free loopback
 * port, stopped when the JVM exits. PostgreSQL refuses to run as root, so as root (CI) the server runs
 * as the {@code postgres} system user that the package creates. Only TCP on loopback: a Unix socket
 * path under a deep build folder can exceed the system's limit. A checkout the {@code postgres} user cannot
 * enter (one under a private folder, such as {@code mktemp -d}) keeps its cluster under {@value #STAND_IN} instead.
 */
public final class PostgresCluster {

    static final String STAND_IN = "/var/tmp/hall-pg";

    private static PostgresCluster shared;

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** One cluster per JVM, started on first use. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start(Path.of("target", "pg", UUID.randomUUID().toString()).toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::discard, "postgres-stop"));
        }
        return shared;
    }

    public static PostgresCluster start(Path asked) {
        Path dir = asked;
        try {
            Files.createDirectories(dir);
            if (asRoot() && !postgresCanEnter(dir)) {
                dir = Path.of(STAND_IN, asked.getFileName().toString());
                Files.createDirectories(dir);
                run(List.of("chmod", "a+rx", STAND_IN));
            }
            if (asRoot()) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            }
            PostgresCluster cluster = new PostgresCluster(findBin(), dir, FreePorts.next());
            cluster.pg("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-locale");
            cluster.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + cluster.port + " -c unix_socket_directories='' -c listen_addresses=127.0.0.1"
                            + " -c fsync=off -c full_page_writes=off -c max_connections=60", "start");
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Creates a database and returns its JDBC URL (user postgres, no password, loopback only). */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void stop() {
        try {
            pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /** Stops the cluster and deletes its files: a test run leaves nothing behind. */
    public void discard() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private void pg(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) {
        Finished finished = exec(command);
        if (finished.code() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + finished.output());
        }
    }

    /** A command's exit code (-1 when it ran over two minutes) and its output. */
    private record Finished(int code, String output) {
    }

    private static Finished exec(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            return new Finished(p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1, output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean postgresCanEnter(Path dir) {
        return exec(List.of("runuser", "-u", "postgres", "--", "test", "-x", dir.toString())).code() == 0;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql: "
                            + "install the Debian package postgresql (./hall test does)"));
        }
    }
}
