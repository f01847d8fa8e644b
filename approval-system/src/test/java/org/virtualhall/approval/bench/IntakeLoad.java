package org.virtualhall.approval.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.approval.store.Applications;
import org.virtualhall.model.json.HallJson;

/** Sends intakes as the gateway's load step would, from several connections at once, and times them. */
final class IntakeLoad {

    private IntakeLoad() {
    }

    /** @return cases per second over {@code count} new receipts */
    static double run(int port, int count, int connections) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/intake");
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(HallJson.wire().writeValueAsString(Applications.idCardReplacement(Applications.receipt(), "户口簿")));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                workers.add(pool.submit(() -> {
                    int created = 0;
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("intake answered " + r.statusCode() + ": " + r.body());
                        }
                        created++;
                    }
                    return created;
                }));
            }
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return total / seconds;
        } finally {
            pool.shutdown();
        }
    }
}
