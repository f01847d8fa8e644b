package org.virtualhall.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time from Linux's {@code /proc} counters (user + system) of a process or of one of its threads. */
public final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** CPU time the process has used so far, in milliseconds, or -1 when unknown. */
    public static double millis(long pid) {
        long ticks = ticks(Path.of("/proc", Long.toString(pid), "stat"));
        return ticks < 0 ? -1 : ticks * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime in clock ticks of a {@code stat} file (a process's or a task's), or -1 when unreadable. */
    public static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // after the command, which may hold spaces: state(0) … utime(11) stime(12)
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
