package org.virtualhall.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A checkout under a private folder (/root/..., as on CI) cannot be entered by the node user. Then
 * the distribution, with its plugin, is copied once to {@value #BASE}, and node folders live there.
 */
final class ReachableCopy {

    static final String BASE = "/var/tmp/hall-search";

    private final RunAs runAs;

    ReachableCopy(RunAs runAs) {
        this.runAs = runAs;
    }

    NodeLayout layout(NodeLayout layout) {
        if (runAs.canRead(layout.elasticsearch())) {
            return layout;
        }
        Path copy = Path.of(BASE, "dist", Integer.toHexString(layout.home().toAbsolutePath().hashCode()));
        Path marker = layout.home().resolve(PluginInstaller.PLUGIN + ".installed");
        Path copiedMarker = copy.resolve(layout.home().getFileName()).resolve(marker.getFileName());
        try {
            if (!Files.exists(copiedMarker) || !Files.readString(copiedMarker).equals(Files.readString(marker))) {
                exec(List.of("rm", "-rf", copy.toString()));
                Files.createDirectories(copy);
                exec(List.of("cp", "-a", layout.home().toString(), copy.toString()));
                exec(List.of("chmod", "-R", "a+rX", BASE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NodeLayout(copy.resolve(layout.home().getFileName()), layout.pluginZip());
    }

    Path workDir(Path workDir) {
        Path parent = workDir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runAs.canRead(parent) ? workDir : Path.of(BASE, "nodes", workDir.getFileName().toString());
    }

    private static void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
