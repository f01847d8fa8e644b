package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.launch.process.ProcessSpec;
import org.virtualhall.launch.process.ServerProcess;

/**
 * The outer role's server package as the launcher writes it ({@code ./hall package servers}), unpacked into an empty
 * root and started the way its systemd unit starts it: the keys made by the package's own command, the settings in
 * the package's template, nothing from the build.
 */
class ServerPackageTests {

    private static final String VERSION = "0.1.0";

    @TempDir
    static Path work;
    static Path packages;
    static Path root;

    @BeforeAll
    static void packageAndUnpack() throws Exception {
        packages = work.resolve("dist");
        Files.createDirectories(packages);
        run(List.of("bash", "-c", """
                set -euo pipefail
                export HALL_ROOT="$1"
                source "$HALL_ROOT/tools/launcher/lib.sh"
                load_parts
                PACKAGE_DIR="$2"
                server_package outer "$3"
                """, "package", repo().toString(), packages.toString(), VERSION), Map.of(), Duration.ofMinutes(5));
        root = work.resolve("root");
        Files.createDirectories(root);
        run(List.of("tar", "-xzf", packages.resolve("virtual-hall-outer-" + VERSION + ".tar.gz").toString(), "-C", root.toString()),
                Map.of(), Duration.ofMinutes(1));
    }

    @Test
    void theDebianPackageHoldsTheUnitTheProgramTheSettingsAndTheKeyCommand() throws Exception {
        String listing = run(List.of("dpkg-deb", "--contents", packages.resolve("virtual-hall-outer_" + VERSION + "_all.deb").toString()),
                Map.of(), Duration.ofMinutes(1));
        assertThat(listing).contains("./lib/systemd/system/virtual-hall-outer.service", "./opt/virtual-hall/outer/lib/exchange-gateway.jar",
                "./opt/virtual-hall/outer/bin/virtual-hall-outer", "./etc/virtual-hall/outer.yml", "./usr/bin/virtual-hall-keys",
                "./usr/share/doc/virtual-hall-outer/deployment.md");
        String control = run(List.of("dpkg-deb", "--field", packages.resolve("virtual-hall-outer_" + VERSION + "_all.deb").toString(),
                "Package", "Version"), Map.of(), Duration.ofMinutes(1));
        assertThat(control).contains("Package: virtual-hall-outer", "Version: " + VERSION);
        String unit = Files.readString(root.resolve("lib/systemd/system/virtual-hall-outer.service"));
        assertThat(unit).contains("User=hall", "EnvironmentFile=-/etc/virtual-hall/keys.env",
                "ExecStart=/opt/virtual-hall/outer/bin/virtual-hall-outer", "ProtectSystem=strict");
    }

    @Test
    void theSettingsTemplateExplainsEverySettingTheRoleReads() throws IOException {
        String template = Files.readString(root.resolve("etc/virtual-hall/outer.yml"));
        assertThat(template).contains("#hall.gateway.outer.auth.sms.resend-interval: 60s", "#hall.gateway.gap.hmac-key:",
                "#spring.datasource.url:", "#server.address: 127.0.0.1", "#hall.search.url:")
                .doesNotContain("(no description)", "hall.gateway.inner.", "hall.gateway.ferry.", "{@code");
        List<String> settings = template.lines().filter(line -> line.matches("#[a-z][\\w.-]*: .*")).toList();
        assertThat(settings).hasSizeGreaterThan(50);
    }

    @Test
    void theKeysAreSecretAndNeverOverwritten() throws Exception {
        Path config = work.resolve("keys-config");
        Map<String, String> env = Map.of("HALL_CONFIG_DIR", config.toString());
        run(List.of(root.resolve("usr/bin/virtual-hall-keys").toString(), "generate"), env, Duration.ofSeconds(30));
        Path keys = config.resolve("keys.env");
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(keys);
        assertThat(mode).doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.GROUP_WRITE);
        String first = Files.readString(keys);
        assertThat(first).containsPattern("(?m)^HALL_GAP_KEY=[0-9a-f]{64}$").containsPattern("(?m)^HALL_TOKEN_KEY=[0-9a-f]{64}$");

        Ended again = exec(List.of(root.resolve("usr/bin/virtual-hall-keys").toString(), "generate"), env, Duration.ofSeconds(30));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("exists");
        assertThat(Files.readString(keys)).isEqualTo(first);

        Path other = work.resolve("keys-other");
        Path gapKey = work.resolve("gap.key");
        String keyCommand = root.resolve("usr/bin/virtual-hall-keys").toString();
        Files.writeString(gapKey, run(List.of(keyCommand, "gap-key"), env, Duration.ofSeconds(30)));
        run(List.of(root.resolve("usr/bin/virtual-hall-keys").toString(), "generate", "--gap-key-file", gapKey.toString()),
                Map.of("HALL_CONFIG_DIR", other.toString()), Duration.ofSeconds(30));
        String otherKeys = Files.readString(other.resolve("keys.env"));
        assertThat(gapLine(otherKeys)).isEqualTo(gapLine(first));
        assertThat(otherKeys).doesNotContain(tokenLine(first));
    }

    @Test
    void theRoleStartsFromThePackageWithTheHostsSettingsAndKeys() throws Exception {
        Path config = work.resolve("etc");
        Files.createDirectories(config);
        run(List.of(root.resolve("usr/bin/virtual-hall-keys").toString(), "generate"), Map.of("HALL_CONFIG_DIR", config.toString()),
                Duration.ofSeconds(30));
        int port = FreePorts.next();
        String template = Files.readString(root.resolve("etc/virtual-hall/outer.yml"));
        Files.writeString(config.resolve("outer.yml"), template + "\nserver.port: " + port
                + "\nhall.search.url: http://127.0.0.1:9\n");
        Map<String, String> env = new HashMap<>(environmentFile(config.resolve("keys.env")));
        env.put("HALL_CONFIG_DIR", config.toString());
        env.put("HALL_GATEWAY_HOME", work.resolve("var").toString());
        Path start = root.resolve("opt/virtual-hall/outer/bin/virtual-hall-outer");
        ProcessSpec spec = ProcessSpec.of("packaged-outer", List.of(start.toString()), work.resolve("outer.log"))
                .withEnvironment(env).withHealth(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
        try (ServerProcess outer = ServerProcess.start(spec)) {
            outer.awaitHealthy(Duration.ofMinutes(4));
            assertThat(JsonHttp.local(port).json("/actuator/health").path("status").asText()).isEqualTo("UP");
            assertThat(work.resolve("var/outer/db")).isDirectory();
        }
    }

    /** What systemd's EnvironmentFile= reads: KEY=value lines, comments skipped. */
    private static Map<String, String> environmentFile(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        Files.readAllLines(file).stream().filter(line -> line.matches("[A-Z_]+=.*"))
                .forEach(line -> env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return env;
    }

    private static String gapLine(String keys) {
        return keys.lines().filter(l -> l.startsWith("HALL_GAP_KEY=")).findFirst().orElseThrow();
    }

    private static String tokenLine(String keys) {
        return keys.lines().filter(l -> l.startsWith("HALL_TOKEN_KEY=")).findFirst().orElseThrow();
    }

    private static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** Runs a command that must succeed; its output, or a failure with it. */
    private static String run(List<String> command, Map<String, String> env, Duration timeout) throws Exception {
        Ended ended = exec(command, env, timeout);
        assertThat(ended.exit()).as("%s: %s", command, ended.output()).isZero();
        return ended.output();
    }

    /** Runs a command to its end. */
    private static Ended exec(List<String> command, Map<String, String> env, Duration timeout) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).as("%s ended", command).isTrue();
        return new Ended(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private record Ended(int exit, String output) {
    }
}
