package org.virtualhall.search.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put the Elasticsearch distribution and the hall's analysis plugin
 * ({@code search-node.properties}, filled in by Maven).
 */
public record NodeLayout(Path home, Path pluginZip) {

    public static NodeLayout fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = NodeLayout.class.getResourceAsStream("/search-node.properties")) {
            if (in == null) {
                throw new IllegalStateException("search-node.properties is missing: build search-index with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeLayout layout = new NodeLayout(Path.of(properties.getProperty("home")), Path.of(properties.getProperty("plugin")));
        if (!Files.isExecutable(layout.elasticsearch())) {
            throw new IllegalStateException("no Elasticsearch at " + layout.home() + ": run mvn -pl search-index -am package");
        }
        return layout;
    }

    Path elasticsearch() {
        return home.resolve("bin/elasticsearch");
    }

    Path pluginCli() {
        return home.resolve("bin/elasticsearch-plugin");
    }
}
