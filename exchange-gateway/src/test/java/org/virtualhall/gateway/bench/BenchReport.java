package org.virtualhall.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.virtualhall.model.json.HallJson;

/** Writes a benchmark's flat result as JSON under target/bench and prints it as a table. */
final class BenchReport {

    private BenchReport() {
    }

    static void write(Path out, String title, Map<String, Object> result) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, HallJson.wire().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.printf("%n%-34s %12s%n", title, "");
        result.forEach((k, v) -> System.out.printf("%-34s %12s%n", k, v));
        System.out.println("written to " + out);
    }
}
