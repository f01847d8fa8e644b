package org.virtualhall.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.virtualhall.bench.ProcessCpu;

/**
 * The share of this process's CPU time its JIT compiler threads took since the last call, from Linux's per-thread
 * counters. The JVM's own compilation time counts wall time (a compiler thread waiting for a core counts as
 * compiling), which on two busy cores reads three times what the compilers spend.
 */
final class CompilerCpu {

    private static final Path TASKS = Path.of("/proc/self/task");
    private final Map<String, Long> compilerTicks = new HashMap<>();
    private long processTicks;

    CompilerCpu() {
        share();
    }

    /** The compilers' share of the CPU time since the last call; NaN where there are no such counters. */
    double share() {
        if (!Files.isDirectory(TASKS)) {
            return Double.NaN;
        }
        long process = ProcessCpu.ticks(Path.of("/proc/self/stat"));
        if (process < 0) {
            return Double.NaN;
        }
        long compiling = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = read(task.resolve("comm"));
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    long now = ProcessCpu.ticks(task.resolve("stat"));
                    if (now < 0) {
                        continue; // the thread ended between listing and reading
                    }
                    Long before = compilerTicks.put(task.getFileName().toString(), now);
                    compiling += now - (before == null ? 0 : before);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        long spent = process - processTicks;
        processTicks = process;
        return spent <= 0 ? 0 : (double) compiling / spent;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
