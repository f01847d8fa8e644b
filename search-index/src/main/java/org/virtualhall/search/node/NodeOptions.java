package org.virtualhall.search.node;

import java.nio.file.Path;
import java.time.Duration;
import org.virtualhall.launch.process.FreePorts;

/**
 * How to run one node.
 *
 * @param workDir     the node's own config, data, logs and temp folders (created, owned by the run user)
 * @param httpPort    HTTP port on 127.0.0.1
 * @param heap        JVM heap, e.g. 512m
 * @param startTimeout how long to wait for a yellow cluster
 */
public record NodeOptions(Path workDir, int httpPort, int transportPort, String heap, Duration startTimeout) {

    public static NodeOptions of(Path workDir, int httpPort) {
        return new NodeOptions(workDir, httpPort, FreePorts.next(), "512m", Duration.ofSeconds(120));
    }
}
