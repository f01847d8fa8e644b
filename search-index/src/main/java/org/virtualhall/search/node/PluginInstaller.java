package org.virtualhall.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs the hall-analysis plugin offline ({@code elasticsearch-plugin install --batch file:...})
 * into the unpacked distribution, once per plugin build: a marker holds the zip's hash. A file lock
 * keeps a test run and {@code ./hall up} from installing at the same time.
 */
final class PluginInstaller {

    static final String PLUGIN = "hall-analysis";

    private final NodeLayout layout;

    PluginInstaller(NodeLayout layout) {
        this.layout = layout;
    }

    void ensureInstalled() {
        Path marker = layout.home().resolve(PLUGIN + ".installed");
        try (FileChannel lockFile = FileChannel.open(layout.home().resolve(".plugin.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            String hash = sha256(layout.pluginZip());
            if (Files.exists(marker) && Files.readString(marker).equals(hash)
                    && Files.isDirectory(layout.home().resolve("plugins").resolve(PLUGIN))) {
                return;
            }
            if (Files.isDirectory(layout.home().resolve("plugins").resolve(PLUGIN))) {
                cli(List.of("remove", PLUGIN));
            }
            cli(List.of("install", "--batch", layout.pluginZip().toUri().toString()));
            Files.writeString(marker, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cli(List<String> args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(layout.pluginCli().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("elasticsearch-plugin " + String.join(" ", args) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
