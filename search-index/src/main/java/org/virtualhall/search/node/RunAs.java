package org.virtualhall.search.node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When we are root (CI is), a dedicated system user
 * {@value #USER} is created once and the node runs as that user through runuser.
 */
final class RunAs {

    static final String USER = "hallsearch";

    private final boolean root;

    private RunAs(boolean root) {
        this.root = root;
    }

    static RunAs current() {
        return new RunAs("root".equals(System.getProperty("user.name")));
    }

    /** Creates the user when needed and hands it the node's folders. */
    void prepare(Path workDir) {
        if (!root) {
            return;
        }
        if (run(List.of("id", "-u", USER)) != 0) {
            int created = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
            if (created != 0 && run(List.of("id", "-u", USER)) != 0) {
                throw new IllegalStateException("could not create the system user " + USER + " (useradd exited " + created + ")");
            }
        }
        if (run(List.of("chown", "-R", USER + ":", workDir.toString())) != 0) {
            throw new IllegalStateException("could not give " + workDir + " to " + USER);
        }
    }

    /** The command, prefixed to run as the node user when we are root. */
    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        return full;
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
