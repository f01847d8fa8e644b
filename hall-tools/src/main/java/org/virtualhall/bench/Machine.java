package org.virtualhall.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The machine the figures were taken on: they mean little without it. */
public record Machine(int cores, long memoryBytes, String cpuModel, ZonedDateTime date) {

    public static Machine current() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(Path.of("/proc/cpuinfo")),
            ZonedDateTime.now(ZoneOffset.UTC));
    }

    static String cpuModel(Path cpuinfo) {
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse("unknown CPU");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unknown CPU";
        }
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores, %.1f GiB memory, %s, %s", cores, memoryBytes / (double) (1L << 30),
            cpuModel, date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    }
}
