package org.virtualhall.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A test double of the approval system's intake (single and batch) and supplements (docs/contracts.md) over real
 * HTTP: idempotent by receipt (by supplement id), 201 for a new case, 200 for a known one, 400 for a record without a receipt,
 * 404/409 for a supplement to an unknown case or one not in 待补正, and 503 while told to be down. Counts
 * creations so tests can assert exactly-once. 热词 counts ({@code POST /api/search-stats}) are kept as last posted
 * per day and query, so tests see what the gateway sent.
 */
public final class ApprovalDouble implements AutoCloseable {

    private final HttpServer server;
    // As received, in compact JSON: a parsed tree per case took a gigabyte heap over in a 200,000-submission bench.
    private final Map<String, String> cases = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> creations = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong repeats = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong intakeCalls = new AtomicLong();
    private final Map<String, JsonNode> supplements = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> supplementCreations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> supplementPosts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> awaitingCorrection = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> evaluations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> evaluationPosts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ended = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> appointments = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> tickets = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> consultations = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> searchStats = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> searchStatPosts = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile boolean keepRecords = true;
    private volatile boolean batchIntake = true;
    private volatile String refuseItem;

    public ApprovalDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/api/cases/", this::caseCall);
        server.createContext("/api/intake", this::intake);
        server.createContext("/api/search-stats", this::searchStats);
        server.createContext("/api/appointments", this::appointment);
        server.createContext("/api/consultations", x -> {
            JsonNode record = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
            String key = record.path("zxbh").asText() + (record.path("pf").isNull() || record.path("pf").isMissingNode() ? "" : " rating");
            boolean created = consultations.putIfAbsent(key, record) == null;
            answer(x, created ? 201 : 200, "{\"consultation\":\"" + record.path("zxbh").asText() + "\"}");
        });
        server.createContext("/api/queue/tickets", x -> {
            JsonNode record = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
            boolean created = tickets.putIfAbsent(record.path("phbh").asText(), record) == null;
            answer(x, created ? 201 : 200, "{\"ticket\":\"" + record.path("phbh").asText() + "\"}");
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    /**
     * Keeps each case's receipt, not its record: for the benchmark, whose JVM also runs the gateway. The real
     * approval system is a process of its own; 200,000 records kept here were the gateway collector's work.
     */
    public void keepReceiptsOnly() {
        keepRecords = false;
    }

    /** Answers 404 to {@code POST /api/intake/batch}, as an approval system from before the batch intake. */
    public void withoutBatchIntake() {
        batchIntake = false;
    }

    /** Answers 400 for this approval item code, as if it did not know it. */
    public void refuseItem(String innerItemCode) {
        this.refuseItem = innerItemCode;
    }

    /** The cases created, by receipt, each as the intake record's JSON (empty after {@link #keepReceiptsOnly()}). */
    public Map<String, String> cases() {
        return cases;
    }

    /** The intake record of the receipt's case, parsed. */
    public JsonNode caseRecord(String receipt) throws IOException {
        return HallJson.wire().readTree(cases.get(receipt));
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

    /** Puts the receipt's case in 待补正, so supplements for it are taken (otherwise 409). */
    public void requestCorrection(String receipt) {
        awaitingCorrection.put(receipt, true);
    }

    /** Takes the case out of 待补正 (the window marked the materials complete): later supplements get 409. */
    public void correctionDone(String receipt) {
        awaitingCorrection.remove(receipt);
    }

    /** Supplements stored, by supplement id (bzbh), each as the record received with its receipt added. */
    public Map<String, JsonNode> supplements() {
        return supplements;
    }

    /** How many times a supplement id was posted at all, repeats included: what the gateway's dedup saves. */
    public int supplementPosts(String id) {
        AtomicInteger n = supplementPosts.get(id);
        return n == null ? 0 : n.get();
    }

    /** Supplement ids stored more than once: must stay empty. */
    public long duplicateSupplements() {
        return supplementCreations.values().stream().filter(c -> c.get() > 1).count();
    }

    /** Ends the receipt's case (办结), so a review of it is taken (otherwise 409). */
    public void end(String receipt) {
        ended.put(receipt, true);
    }

    /** Reviews stored, by review id (pjbh), each as the record received with its receipt added. */
    public Map<String, JsonNode> evaluations() {
        return evaluations;
    }

    /** How many times a review id was posted, repeats included. */
    public int evaluationPosts(String id) {
        AtomicInteger n = evaluationPosts.get(id);
        return n == null ? 0 : n.get();
    }

    private void caseCall(HttpExchange x) throws IOException {
        String[] parts = x.getRequestURI().getPath().split("/");
        if (down) {
            answer(x, 503, "{\"error\":\"unavailable\",\"reason\":\"维护中\"}");
        } else if (parts.length != 5 || !"POST".equals(x.getRequestMethod())) {
            answer(x, 404, "{\"error\":\"not_found\",\"reason\":\"没有这个地址\"}");
        } else if (parts[4].equals("supplements")) {
            supplement(x, parts[3]);
        } else if (parts[4].equals("evaluation")) {
            evaluation(x, parts[3]);
        } else {
            answer(x, 404, "{\"error\":\"not_found\",\"reason\":\"没有这个地址\"}");
        }
    }

    /** Questions received by id, and ratings by {@code <id> rating}. */
    public Map<String, JsonNode> consultations() {
        return consultations;
    }

    /** Queue tickets received, by id. */
    public Map<String, JsonNode> tickets() {
        return tickets;
    }

    /** Bookings and cancellations received, by {@code <id> <status>}. */
    public Map<String, JsonNode> appointments() {
        return appointments;
    }

    /** {@code POST /api/appointments}: 201 new, 200 a repeat of the same booking and status. */
    private void appointment(HttpExchange x) throws IOException {
        JsonNode record = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        boolean created = appointments.putIfAbsent(record.path("yybh").asText() + " " + record.path("zt").asText(), record) == null;
        answer(x, created ? 201 : 200, "{\"appointment\":\"" + record.path("yybh").asText() + "\"}");
    }

    /** {@code POST /api/cases/{receipt}/evaluation}: 201 new, 200 repeat, 404 unknown case, 409 not ended or reviewed. */
    private void evaluation(HttpExchange x, String receipt) throws IOException {
        ObjectNode record = (ObjectNode) HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        String id = record.path("pjbh").asText("");
        evaluationPosts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (!cases.containsKey(receipt)) {
            answer(x, 404, "{\"error\":\"not_found\",\"reason\":\"没有这个办件\"}");
            return;
        }
        boolean created = !evaluations.containsKey(id);
        if (created && !ended.containsKey(receipt)) {
            answer(x, 409, "{\"error\":\"transition_refused\",\"reason\":\"办件尚未办结\"}");
            return;
        }
        evaluations.putIfAbsent(id, record.put("receipt", receipt));
        answer(x, created ? 201 : 200, "{\"receipt\":\"" + receipt + "\",\"evaluation\":\"" + id + "\"}");
    }

    /** {@code POST /api/cases/{receipt}/supplements}: 201 new, 200 repeat, 404 unknown case, 409 not in 待补正. */
    private void supplement(HttpExchange x, String receipt) throws IOException {
        ObjectNode record =
                (ObjectNode) HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        String id = record.path("bzbh").asText("");
        supplementPosts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (!cases.containsKey(receipt)) {
            answer(x, 404, "{\"error\":\"not_found\",\"reason\":\"没有这个办件\"}");
            return;
        }
        boolean created = !supplements.containsKey(id);
        if (created && !awaitingCorrection.containsKey(receipt)) {
            answer(x, 409, "{\"error\":\"transition_refused\",\"reason\":\"办件不在待补正\"}");
            return;
        }
        if (created && supplements.putIfAbsent(id, record.put("receipt", receipt)) == null) {
            supplementCreations.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        }
        answer(x, created ? 201 : 200, "{\"receipt\":\"" + receipt + "\",\"supplement\":\"" + id
                + "\",\"state\":\"CORRECTION\"}");
    }

    /** The 热词 counts last posted, by {@code <day> <query>}. */
    public Map<String, JsonNode> searchStats() {
        return searchStats;
    }

    /** How many times the counts of {@code <day> <query>} were posted while up, repeats included. */
    public int searchStatPosts(String dayAndQuery) {
        AtomicInteger n = searchStatPosts.get(dayAndQuery);
        return n == null ? 0 : n.get();
    }

    /** {@code POST /api/search-stats}: an array of counts, each kept by day and query; 200, or 503 while down. */
    private void searchStats(HttpExchange x) throws IOException {
        if (down) {
            answer(x, 503, "{\"error\":\"unavailable\",\"reason\":\"维护中\"}");
            return;
        }
        JsonNode body = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        for (JsonNode stat : body) {
            String key = stat.path("day").asText() + " " + stat.path("query").asText();
            searchStatPosts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            searchStats.put(key, stat);
        }
        answer(x, 200, "{\"stored\":" + body.size() + "}");
    }

    /** {@code POST /api/intake} one record, or {@code POST /api/intake/batch} an array answered one by one. */
    private void intake(HttpExchange x) throws IOException {
        if (down) {
            answer(x, 503, "{\"error\":\"unavailable\",\"reason\":\"维护中\"}");
            return;
        }
        JsonNode body = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        intakeCalls.incrementAndGet();
        if (x.getRequestURI().getPath().endsWith("/batch")) {
            if (!batchIntake) {
                answer(x, 404, "{\"error\":\"not_found\",\"reason\":\"没有这个地址\"}");
                return;
            }
            batches.incrementAndGet();
            ArrayNode answers = HallJson.wire().createArrayNode();
            body.forEach(record -> answers.add(take(record)));
            answer(x, 200, answers.toString());
            return;
        }
        ObjectNode answer = take(body);
        int status = answer.remove("status").asInt();
        answer(x, status, answer.toString());
    }

    /** One record's answer, with its {@code status}: 201 new, 200 known, 400 refused. */
    private ObjectNode take(JsonNode record) {
        ObjectNode answer = HallJson.wire().createObjectNode();
        String receipt = record.path("sbh").asText("");
        answer.put("receipt", receipt);
        if (receipt.isEmpty() || record.path("sxbm").asText("").equals(refuseItem)) {
            return answer.put("status", 400).put("error", "invalid").put("reason", "不认识的事项").put("field", "sxbm");
        }
        boolean created = cases.putIfAbsent(receipt, keepRecords ? record.toString() : "") == null;
        if (created) {
            arrivals.put(receipt, System.nanoTime());
            creations.computeIfAbsent(receipt, r -> new AtomicInteger()).incrementAndGet();
        } else {
            repeats.incrementAndGet();
        }
        return answer.put("status", created ? 201 : 200).put("caseId", "C-" + receipt)
                .put("state", "ACCEPTED_FOR_PROCESSING").put("deadline", "2026-12-31");
    }

    /** Intake calls (single or batch) that have arrived while up. */
    public long intakeCalls() {
        return intakeCalls.get();
    }

    /** Calls of {@code POST /api/intake/batch} so far. */
    public long batches() {
        return batches.get();
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
