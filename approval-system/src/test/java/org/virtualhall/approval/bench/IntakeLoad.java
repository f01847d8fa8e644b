package org.virtualhall.approval.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.model.json.HallJson;

/**
 * Sends intakes over HTTP as the gateway's load step would (java.net.http, kept-alive connections), from
 * several connections at once, and times them: one case per {@code POST /api/intake}, or {@code perCall}
 * cases per {@code POST /api/intake/batch}.
 */
final class IntakeLoad {

    private IntakeLoad() {
    }

    /** @return cases per second over {@code count} new receipts, one per call */
    static double single(int port, int count, int connections) throws Exception {
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(HallJson.wire().writeValueAsString(newCase()));
        }
        return run(URI.create("http://127.0.0.1:" + port + "/api/intake"), bodies, connections, 1,
                body -> body.contains("\"caseId\"") ? 1 : 0, 201);
    }

    /** @return cases per second over {@code count} new receipts, {@code perCall} in each batch call */
    static double batch(int port, int count, int perCall, int connections) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i += perCall) {
            List<Map<String, Object>> calls = new ArrayList<>(perCall);
            for (int k = 0; k < perCall && i + k < count; k++) {
                calls.add(newCase());
            }
            bodies.add(HallJson.wire().writeValueAsString(calls));
        }
        return run(URI.create("http://127.0.0.1:" + port + "/api/intake/batch"), bodies, connections, perCall,
                body -> countCreated(body, perCall), 200);
    }

    private static Map<String, Object> newCase() {
        return Applications.idCardReplacement(Applications.receipt());
    }

    private static int countCreated(String body, int expected) {
        int created = body.split("\"status\":201", -1).length - 1;
        if (created == 0 || created > expected) {
            throw new IllegalStateException("a batch made " + created + " cases: " + body);
        }
        return created;
    }

    private interface Counter {
        int cases(String body);
    }

    private static double run(URI uri, List<String> bodies, int connections, int perCall, Counter counter,
                              int expectedStatus) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                workers.add(pool.submit(() -> {
                    int created = 0;
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != expectedStatus) {
                            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
                        }
                        created += counter.cases(r.body());
                    }
                    return created;
                }));
            }
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (total < bodies.size() * (long) perCall - perCall) {
                throw new IllegalStateException("only " + total + " cases were created");
            }
            return total / seconds;
        } finally {
            pool.shutdown();
        }
    }
}
