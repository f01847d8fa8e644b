package org.virtualhall.search.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.virtualhall.bench.KeepAliveHttp;
import org.virtualhall.bench.ProcessCpu;

/**
 * {@code clients} threads, each with its own kept-alive connection to the hall API, sending
 * GET /api/search for {@code duration}. Also where the CPU went, per request: the load
 * generator's own threads, the rest of this JVM (the hall API), and the Elasticsearch process.
 *
 * <p>Two shapes. {@link #closed}: every client sends its next request as soon as the last one is
 * answered, so the load is as high as the machine allows; the latency is then mostly the queue
 * (Little's law: 32 clients at 1,000 QPS wait 32 ms on average). {@link #paced}: the clients
 * together send a fixed rate on a fixed schedule, as citizens arrive, and latency is counted from
 * when a request was due, not when it went out, so a stall is charged to every request it delayed
 * (no coordinated omission).
 */
final class LoadRun {

    /** @param offeredPerSecond the paced rate asked for, 0 for the closed loop */
    record Result(long requests, long errors, double seconds, double qps, double offeredPerSecond,
                  double p50Ms, double p99Ms,
                  double clientCpuMsPerRequest, double apiCpuMsPerRequest, double esCpuMsPerRequest) {
    }

    private LoadRun() {
    }

    static Result closed(URI api, QueryMix mix, int clients, Duration duration, long esPid) throws Exception {
        return run(api, mix, clients, 0, duration, esPid);
    }

    static Result paced(URI api, QueryMix mix, int clients, double perSecond, Duration duration, long esPid)
            throws Exception {
        return run(api, mix, clients, perSecond, duration, esPid);
    }

    /** @param perSecond the total rate of the paced shape, 0 for the closed loop */
    private static Result run(URI api, QueryMix mix, int clients, double perSecond, Duration duration, long esPid)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double jvmCpu0 = ProcessCpu.millis(ProcessHandle.current().pid());
        double esCpu0 = ProcessCpu.millis(esPid);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = perSecond <= 0 ? 0 : (long) (clients * 1e9 / perSecond);
        List<Future<Sample>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long[] latencies = new long[1 << 20];
                int n = 0;
                SplittableRandom random = new SplittableRandom(client);
                try (KeepAliveHttp http = new KeepAliveHttp(api)) {
                    long due = start + interval * client / clients;
                    while (due < end && n < latencies.length) {
                        String path = mix.path(client, n, random);
                        long t0 = interval == 0 ? System.nanoTime() : waitUntil(due);
                        int status = http.get(path);
                        latencies[n++] = System.nanoTime() - t0;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        due = interval == 0 ? System.nanoTime() : due + interval;
                    }
                }
                return new Sample(Arrays.copyOf(latencies, n), threads.getCurrentThreadCpuTime() - cpu0);
            }));
        }
        List<Sample> samples = new ArrayList<>();
        for (Future<Sample> future : futures) {
            samples.add(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmCpu = since(jvmCpu0, ProcessCpu.millis(ProcessHandle.current().pid()));
        double esCpu = since(esCpu0, ProcessCpu.millis(esPid));
        pool.shutdown();
        long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s.latencies())).sorted().toArray();
        double clientCpu = samples.stream().mapToLong(Sample::cpuNanos).sum() / 1e6;
        int n = Math.max(1, all.length);
        return new Result(all.length, errors.get(), seconds, all.length / seconds, perSecond,
                percentile(all, 0.50), percentile(all, 0.99),
                clientCpu / n, jvmCpu < 0 ? -1 : (jvmCpu - clientCpu) / n, esCpu < 0 ? -1 : esCpu / n);
    }

    /** The pacing of a load generator: returns {@code due}, the time the request's latency counts from. */
    private static long waitUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return due;
    }

    /** CPU milliseconds between two readings, -1 when either is unknown. */
    private static double since(double before, double after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    private record Sample(long[] latencies, long cpuNanos) {
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
