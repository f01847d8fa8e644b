package org.virtualhall.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.client.search.LocalSearch;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/**
 * A small real HTTP server (JDK com.sun.net.httpserver) on a free port speaking the outer hall API of
 * docs/api.md, so the client's HTTP parts are tested over the wire. Submissions move on by one
 * status each time they are read: ACCEPTED → DELIVERED → ACCEPTED_FOR_PROCESSING. Made {@link #withCorrection}
 * they stop at CORRECTION_REQUESTED with the window's note until 补正材料 are posted to
 * {@code /api/submissions/{receipt}/supplements}, then go on to ACCEPTED_FOR_PROCESSING → COMPLETED.
 */
public final class HallApiServer implements AutoCloseable {

    private static final List<String> PROGRESS = List.of("ACCEPTED", "DELIVERED", "ACCEPTED_FOR_PROCESSING");
    private static final String CORRECTION = "CORRECTION_REQUESTED";

    private final ObjectMapper json = HallJson.wire();
    private final HttpServer server;
    private final PublishedHall hall;
    private final LocalSearch search;
    private final Map<String, Timeline> timelines = new ConcurrentHashMap<>();
    private final List<JsonNode> supplements = new CopyOnWriteArrayList<>();
    private volatile String correctionNote;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger receipts = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final AtomicInteger answersToLose = new AtomicInteger();

    public HallApiServer(PublishedHall hall) throws IOException {
        this.hall = hall;
        this.search = new LocalSearch(hall.toHall());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/hall", ex -> reply(ex, 200, hall));
        server.createContext("/api/search", this::search);
        server.createContext("/api/auth/token", this::token);
        server.createContext("/api/submissions", this::submissions);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int searches() {
        return searches.get();
    }

    /** From now on, submissions stop at 需补正 with this note until materials are handed in. */
    public HallApiServer withCorrection(String note) {
        this.correctionNote = note;
        return this;
    }

    /**
     * The next submissions are stored but answered 503, as when the gateway's answer is lost on the way; a
     * repeat with the same {@code Idempotency-Key} gets the stored receipt, as from the real gateway.
     */
    public HallApiServer losingAnswers(int count) {
        answersToLose.set(count);
        return this;
    }

    /** Applications made so far (a repeat with a known key makes none). */
    public int applications() {
        return receipts.get();
    }

    /** The supplement bodies posted, each with the receipt added. */
    public List<JsonNode> supplements() {
        return supplements;
    }

    private void search(HttpExchange ex) throws IOException {
        searches.incrementAndGet();
        String q = query(ex.getRequestURI().getRawQuery()).getOrDefault("q", "");
        if (q.isBlank()) {
            error(ex, 400, "bad_request", "q 不能为空", "q");
            return;
        }
        reply(ex, 200, search.search(q, 10));
    }

    private void token(HttpExchange ex) throws IOException {
        JsonNode body = json.readTree(ex.getRequestBody());
        if (body.path("idNumber").asText().length() != 18) {
            error(ex, 400, "invalid_field", "身份证号码不正确", "idNumber");
            return;
        }
        String token = "t-" + body.path("idNumber").asText();
        tokens.put(token, body.path("name").asText());
        reply(ex, 200, Map.of("token", token, "expiresAt", "2099-01-01T00:00:00Z"));
    }

    private void submissions(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tokens.containsKey(auth.replace("Bearer ", ""))) {
            error(ex, 401, "unauthorized", "请先登录", null);
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (ex.getRequestMethod().equals("POST") && path.equals("/api/submissions")) {
            JsonNode body = json.readTree(ex.getRequestBody());
            String code = body.path("itemCode").asText();
            if (hall.items().stream().noneMatch(i -> i.code().equals(code))) {
                error(ex, 400, "unknown_item", "没有这个事项", "itemCode");
                return;
            }
            String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
            String receipt = key == null ? null : keys.get(key);
            if (receipt == null) {
                receipt = "R" + (20260000 + receipts.incrementAndGet());
                timelines.put(receipt, new Timeline(correctionNote));
                if (key != null) {
                    keys.put(key, receipt);
                }
            }
            if (answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                error(ex, 503, "unavailable", "受理繁忙，请稍后重新提交", null);
                return;
            }
            reply(ex, 202, Map.of("receipt", receipt, "status", "ACCEPTED"));
            return;
        }
        String[] parts = path.split("/");
        Timeline timeline = timelines.get(parts[3]);
        if (timeline == null) {
            error(ex, 404, "not_found", "没有这个回执号", "receipt");
            return;
        }
        if (parts.length == 5 && parts[4].equals("supplements") && ex.getRequestMethod().equals("POST")) {
            supplement(ex, parts[3], timeline);
            return;
        }
        reply(ex, 200, Map.of("receipt", parts[3], "itemCode", "", "status", timeline.read(), "events", timeline.shown));
    }

    private void supplement(HttpExchange ex, String receipt, Timeline timeline) throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(ex.getRequestBody());
        if (!timeline.waiting()) {
            error(ex, 409, "not_awaiting_correction", "这笔申报不需要补正", "receipt");
            return;
        }
        supplements.add(body.put("receipt", receipt));
        timeline.handedIn(body.path("materials").size());
        reply(ex, 202, Map.of("receipt", receipt, "supplement", "BZ-" + supplements.size(), "status", "ACCEPTED"));
    }

    /** What one submission has shown so far and what comes next, one step per read. */
    private static final class Timeline {

        private final List<Map<String, String>> shown = new CopyOnWriteArrayList<>();
        private final Deque<Map<String, String>> next = new LinkedBlockingDeque<>();

        Timeline(String correctionNote) {
            shown.add(event("ACCEPTED", "已申报", ""));
            next.add(event("DELIVERED", "已送达审批系统", ""));
            if (correctionNote != null) {
                next.add(event(CORRECTION, "一次性告知补正", correctionNote));
                next.add(event("ACCEPTED_FOR_PROCESSING", "受理", "补正材料齐全，予以受理"));
                next.add(event("COMPLETED", "办结", "准予办理"));
            } else {
                next.add(event("ACCEPTED_FOR_PROCESSING", "ACCEPTED_FOR_PROCESSING", "材料齐全，予以受理"));
            }
        }

        synchronized String read() {
            if (!next.isEmpty() && !waiting()) {
                shown.add(next.poll());
            }
            return shown.get(shown.size() - 1).get("status");
        }

        /** At 需补正 and nothing handed in since. */
        synchronized boolean waiting() {
            Map<String, String> last = shown.get(shown.size() - 1);
            return last.get("status").equals(CORRECTION) && last.get("step").equals("一次性告知补正");
        }

        synchronized void handedIn(int materials) {
            shown.add(event(CORRECTION, "已提交补正材料", "补交材料" + materials + "份"));
        }

        private static Map<String, String> event(String status, String step, String note) {
            return Map.of("at", "2026-11-23T10:00:00Z", "status", status, "step", step, "note", note);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new ConcurrentHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    private void error(HttpExchange ex, int status, String error, String reason, String field) throws IOException {
        Map<String, String> body = field == null ? Map.of("error", error, "reason", reason)
                : Map.of("error", error, "reason", reason, "field", field);
        reply(ex, status, body);
    }

    private void reply(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
