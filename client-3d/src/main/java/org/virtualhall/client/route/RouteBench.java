package org.virtualhall.client.route;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.HallNavigation;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;

/**
 * Route computation time: plans from one place to every window, round after round (after a warm-up, so the
 * JIT has compiled the search); reports the 99th percentile of the thread's CPU time per route, which on a
 * shared machine measures the computation rather than the time the thread waited for a core.
 */
public final class RouteBench {

    private RouteBench() {
    }

    public static double p99Millis(HallNavigation navigation, Player from, Hall hall, int rounds) {
        List<String> windows = hall.windows().stream().map(Window::number).toList();
        for (int warm = 0; warm < 10; warm++) {
            windows.forEach(w -> navigation.plan(from, List.of(w)));
        }
        for (int warm = 0; warm < 10; warm++) {
            windows.forEach(w -> navigation.plan(from, List.of(w)));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[windows.size() * rounds];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            navigation.plan(from, List.of(windows.get(i % windows.size())));
            nanos[i] = cpu.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6;
    }
}
