package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;

/**
 * What ./hall package hands to citizens, as the dist profile built it into target/dist: the Linux app image starts
 * from an empty folder on its own runtime, and the portable zip holds the client, its libraries, the natives of every
 * system and a start script each — and starts on this machine's Java through its Linux script.
 */
class ClientPackageTests {

    private static final Path DIST = Path.of(System.getProperty("client.dist", "target/dist"));
    /** The hall baked into this build's packages (./hall package --server URL), empty when none. */
    private static final String BAKED = System.getProperty("client.server", "");
    private static final String SCRIPT = """
            frames 3
            at 1 7 7 -90
            look -90 8
            frames 2
            screenshot sign
            """;
    private static final List<String> SYSTEMS = List.of("natives-windows", "natives-macos", "natives-macos-arm64",
            "natives-linux");
    private static final List<String> LWJGL = List.of("lwjgl", "lwjgl-glfw", "lwjgl-opengl", "lwjgl-openal", "lwjgl-jemalloc");

    @Test
    void theAppImageStartsFromAnEmptyFolderOnItsOwnRuntime(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("unpacked"));
        run(List.of("tar", "xzf", single("-linux-x64.tar.gz").toString(), "-C", empty.toString()));
        Path image = empty.resolve("hall-client");

        ClientRun.Result shown = show(List.of(image.resolve("bin/hall-client").toString()), dir.resolve("run"));

        assertThat(shown.report().path("javaHome").asText()).isEqualTo(image.resolve("lib/runtime").toString());
        assertThat(shown.report().path("offlineBanner").asText()).isEqualTo("离线模式 · 使用内置的示例大厅资料");
        assertThat(Pixels.of(shown.screenshot("sign")).share(500, 290, 280, 95, ClientRunTests::signBlue))
                .as("a window's sign drawn by the packaged client").isGreaterThan(0.4);
        String modules = runtimeModules(image);
        assertThat(modules.split(" ")).contains("java.desktop", "java.net.http", "jdk.charsets", "jdk.unsupported")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.compiler");
        assertThat(Files.exists(image.resolve("lib/app/LICENSE-font.txt"))).isTrue();
        assertBakedHall(image.resolve("lib/app/hall-client.properties"));
    }

    @Test
    void thePortableZipHoldsTheNativesOfEverySystemAndAScriptEachAndStartsHere(@TempDir Path dir) throws Exception {
        Path zip = single("-portable.zip");
        try (FileSystem files = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
            Path root = files.getPath("/hall-client");
            for (String script : List.of("hall-client.sh", "hall-client.command")) {
                assertThat(Files.getPosixFilePermissions(root.resolve(script))).as(script)
                        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            }
            assertThat(Files.readString(root.resolve("hall-client.bat"))).contains("\r\n").contains("lib\\*");
            assertThat(Files.readString(root.resolve("hall-client.command"))).contains("-XstartOnFirstThread");
            assertThat(Files.readString(root.resolve("LICENSE-font.txt"))).contains("SIL Open Font License");
            List<String> libs;
            try (Stream<Path> list = Files.list(root.resolve("lib"))) {
                libs = list.map(p -> p.getFileName().toString()).toList();
            }
            for (String module : LWJGL) {
                for (String system : SYSTEMS) {
                    assertThat(libs).as(module + " " + system).anyMatch(n -> n.matches(module + "-[0-9.]+-" + system + "\\.jar"));
                }
            }
            assertThat(entries(root.resolve("lib"), "lwjgl-glfw-[0-9.]+-natives-windows\\.jar"))
                    .anyMatch(e -> e.endsWith("windows/x64/org/lwjgl/glfw/glfw.dll"));
            assertThat(entries(root.resolve("lib"), "lwjgl-glfw-[0-9.]+-natives-macos-arm64\\.jar"))
                    .anyMatch(e -> e.endsWith("macos/arm64/org/lwjgl/glfw/libglfw.dylib"));
            assertThat(entries(root.resolve("lib"), "lwjgl-glfw-[0-9.]+-natives-macos\\.jar"))
                    .anyMatch(e -> e.endsWith("macos/x64/org/lwjgl/glfw/libglfw.dylib"));
            assertThat(entries(root.resolve("lib"), "lwjgl-glfw-[0-9.]+-natives-linux\\.jar"))
                    .anyMatch(e -> e.endsWith("linux/x64/org/lwjgl/glfw/libglfw.so"));
            assertThat(entries(root.resolve("lib"), "hall-client\\.jar")).contains("fonts/NotoSansSC-Regular.ttf", "fonts/OFL.txt");
            assertBakedHall(root.resolve("lib/hall-client.properties"));
            copy(root, dir.resolve("hall-client"));
        }

        ClientRun.Result shown = show(List.of("sh", dir.resolve("hall-client/hall-client.sh").toString()), dir.resolve("run"));

        assertThat(Pixels.of(shown.screenshot("sign")).share(500, 290, 280, 95, ClientRunTests::signBlue))
                .as("a window's sign drawn by the client from the zip").isGreaterThan(0.4);
    }

    /** Runs the script offline with the packaged client's launcher on a display of its own. */
    private static ClientRun.Result show(List<String> launcher, Path dir) throws Exception {
        try (XvfbDisplay display = XvfbDisplay.start(1280, 720);
             ClientRun run = ClientRun.start(launcher, display.display(), dir, SCRIPT, Map.of(), "--offline", "--no-audio")) {
            ClientRun.Result result = run.finish(Duration.ofSeconds(240));
            assertThat(result.exitCode()).as(result.log()).isZero();
            return result;
        }
    }

    private static void assertBakedHall(Path defaults) throws IOException {
        if (BAKED.isEmpty()) {
            assertThat(Files.exists(defaults)).as("no hall baked into this build: " + defaults).isFalse();
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(defaults)) {
            p.load(in);
        }
        assertThat(p.getProperty("server")).isEqualTo(BAKED);
    }

    /** The entries of the jar in {@code lib} whose file name matches {@code name}. */
    private static List<String> entries(Path lib, String name) throws IOException {
        Path jar;
        try (Stream<Path> list = Files.list(lib)) {
            jar = list.filter(p -> p.getFileName().toString().matches(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " in " + lib));
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String runtimeModules(Path image) throws IOException {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(image.resolve("lib/runtime/release"))) {
            release.load(in);
        }
        return release.getProperty("MODULES").replace("\"", "");
    }

    private static Path single(String suffix) throws IOException {
        try (Stream<Path> list = Files.list(DIST)) {
            List<Path> found = list.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("one *" + suffix + " in " + DIST).hasSize(1);
            return found.get(0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
