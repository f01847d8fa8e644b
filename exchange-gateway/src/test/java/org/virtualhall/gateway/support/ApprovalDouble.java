package org.virtualhall.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.virtualhall.model.json.HallJson;

/**
 * A test double of the approval system's intake (docs/contracts.md) over real HTTP: idempotent by receipt,
 * 201 for a new case, 200 for a known one, 400 for a record without a receipt, and 503 while told to be down.
 * Counts creations per receipt so tests can assert exactly-once.
 */
public final class ApprovalDouble implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, JsonNode> cases = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> creations = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong repeats = new AtomicLong();
    private volatile boolean down;
    private volatile String refuseItem;

    public ApprovalDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/api/intake", this::intake);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    /** Answers 400 for this approval item code, as if it did not know it. */
    public void refuseItem(String innerItemCode) {
        this.refuseItem = innerItemCode;
    }

    public Map<String, JsonNode> cases() {
        return cases;
    }

    /** Receipts whose case was created more than once: must stay empty. */
    public long duplicateCreations() {
        return creations.values().stream().filter(c -> c.get() > 1).count();
    }

    /** When each case was created, in {@link System#nanoTime()}: the end of the end-to-end path. */
    public Map<String, Long> arrivals() {
        return arrivals;
    }

    public long repeats() {
        return repeats.get();
    }

    private void intake(HttpExchange x) throws IOException {
        if (down) {
            answer(x, 503, "{\"error\":\"unavailable\",\"reason\":\"维护中\"}");
            return;
        }
        JsonNode record = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        String receipt = record.path("sbh").asText("");
        if (receipt.isEmpty() || record.path("sxbm").asText("").equals(refuseItem)) {
            answer(x, 400, "{\"error\":\"invalid\",\"reason\":\"不认识的事项\",\"field\":\"sxbm\"}");
            return;
        }
        boolean created = cases.putIfAbsent(receipt, record) == null;
        if (created) {
            arrivals.put(receipt, System.nanoTime());
            creations.computeIfAbsent(receipt, r -> new AtomicInteger()).incrementAndGet();
        } else {
            repeats.incrementAndGet();
        }
        answer(x, created ? 201 : 200, "{\"receipt\":\"" + receipt + "\",\"caseId\":\"C-" + receipt
                + "\",\"state\":\"ACCEPTED_FOR_PROCESSING\",\"deadline\":\"2026-12-31\"}");
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
