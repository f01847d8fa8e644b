package org.virtualhall.launch.process;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What to run: a name for messages, the command, its environment additions, where its output goes. */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, Optional<URI> health,
                          Path log, Optional<Path> directory) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    public static ProcessSpec of(String name, List<String> command, Path log) {
        return new ProcessSpec(name, command, Map.of(), Optional.empty(), log, Optional.empty());
    }

    public ProcessSpec withHealth(URI url) {
        return new ProcessSpec(name, command, environment, Optional.of(url), log, directory);
    }

    public ProcessSpec withHealth(Optional<URI> url) {
        return new ProcessSpec(name, command, environment, url, log, directory);
    }

    public ProcessSpec withEnvironment(Map<String, String> added) {
        return new ProcessSpec(name, command, added, health, log, directory);
    }

    public ProcessSpec inDirectory(Path dir) {
        return new ProcessSpec(name, command, environment, health, log, Optional.of(dir));
    }
}
