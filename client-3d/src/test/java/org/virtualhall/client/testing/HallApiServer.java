package org.virtualhall.client.testing;

import static org.virtualhall.client.testing.Exchanges.error;
import static org.virtualhall.client.testing.Exchanges.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.SignInRequest;
import org.virtualhall.client.api.HallApi;
import org.virtualhall.client.api.QueryParameters;
import org.virtualhall.client.search.LocalSearch;
import org.virtualhall.launch.http.SmsOutbox;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/**
 * A small real HTTP server (JDK com.sun.net.httpserver) on a free port speaking the outer hall API of
 * docs/api.md, so the client's HTTP parts are tested over the wire. Submissions move on by one
 * status each time they are read: ACCEPTED → DELIVERED → ACCEPTED_FOR_PROCESSING. Made {@link #withCorrection}
 * they stop at CORRECTION_REQUESTED with the window's note until 补正材料 are posted to
 * {@code /api/submissions/{receipt}/supplements}, then go on to ACCEPTED_FOR_PROCESSING → COMPLETED. Citizens sign
 * in with an SMS code from the outbox file {@link #outbox()} ({@link StandInAuth}); each sees only their own
 * submissions.
 */
public final class HallApiServer implements AutoCloseable {

    private static final String CORRECTION = "CORRECTION_REQUESTED";
    /** What the stand-in department answers every question with. */
    public static final String CONSULTATION_ANSWER = "请携带本人户口簿到窗口办理。";

    private final ObjectMapper json = HallJson.wire();
    private final HttpServer server;
    private final PublishedHall hall;
    private final LocalSearch search;
    private final Map<String, Timeline> timelines = new ConcurrentHashMap<>();
    private final List<JsonNode> supplements = new CopyOnWriteArrayList<>();
    private final List<JsonNode> searchFeedback = new CopyOnWriteArrayList<>();
    private final List<JsonNode> evaluations = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bookings = new CopyOnWriteArrayList<>();
    private final Map<String, Held> tickets = new ConcurrentHashMap<>();
    private final Map<String, Asked> questions = new ConcurrentHashMap<>();
    private final List<JsonNode> ratings = new CopyOnWriteArrayList<>();
    private volatile String correctionNote;
    private volatile boolean completing;
    private volatile byte[] evaluationStats = "{\"at\":null,\"windows\":[],\"departments\":[]}".getBytes(StandardCharsets.UTF_8);
    private final StandInAuth auth;
    private final AtomicInteger receipts = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final AtomicInteger answersToLose = new AtomicInteger();

    public HallApiServer(PublishedHall hall) throws IOException {
        this.hall = hall;
        this.search = new LocalSearch(hall.toHall());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Encoded once here: the client gives the hall two seconds, and encoding it cold takes long on a busy machine.
        byte[] published = json.writeValueAsBytes(hall);
        server.createContext("/api/hall", ex -> Exchanges.json(ex, 200, published));
        server.createContext("/api/search", this::search);
        server.createContext("/api/search/feedback", this::searchFeedback);
        auth = new StandInAuth(server);
        server.createContext("/api/submissions", this::submissions);
        server.createContext("/api/evaluations/stats", ex -> Exchanges.json(ex, 200, evaluationStats));
        server.createContext("/api/queue/tickets", this::queue);
        server.createContext("/api/appointments", this::appointments);
        server.createContext("/api/consultations", this::consultations);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Where the sign-in codes are "sent", for {@code --demo-sms-outbox}. */
    public Path outbox() {
        return auth.outbox();
    }

    /** Access tokens issued from now on are valid this long (the client renews them before). */
    public HallApiServer withTokenLife(Duration life) {
        auth.tokenLife(life);
        return this;
    }

    /** Ends every session, as a sign-out elsewhere does. */
    public void revokeSessions() {
        auth.revokeAll();
    }

    /** Signs the person in over HTTP as the client does (a code by SMS, read off the outbox): their access token. */
    public String signIn(Credentials who) {
        HallApi api = new HallApi(uri(), Duration.ofSeconds(5));
        api.smsCode(who.mobile());
        String code = new SmsOutbox(outbox()).takeCode(who.mobile()).orElseThrow();
        return api.signIn(new SignInRequest(who.name(), who.idNumber(), who.mobile(), code)).token();
    }

    /** Sessions renewed so far. */
    public int renewals() {
        return auth.renewals();
    }

    /** Sessions ended with {@code POST /api/auth/sign-out} so far. */
    public int signOuts() {
        return auth.signOuts();
    }

    public int searches() {
        return searches.get();
    }

    /** From now on, submissions go on to 办结 (COMPLETED) after 受理, so they can be reviewed. */
    public HallApiServer withCompletion() {
        this.completing = true;
        return this;
    }

    /** What {@code GET /api/evaluations/stats} answers. */
    public HallApiServer withEvaluationStats(String figures) {
        this.evaluationStats = figures.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** The booking bodies posted. */
    public List<JsonNode> bookings() {
        return bookings;
    }

    /**
     * 取号 as a window that calls one ticket between two reads: a new ticket has two ahead, each read of it one fewer,
     * then it is called.
     */
    private void queue(HttpExchange ex) throws IOException {
        if (auth.person(ex).isEmpty()) {
            error(ex, 401, "invalid_token", "身份令牌无效，请重新登录", "Authorization");
            return;
        }
        String[] parts = ex.getRequestURI().getPath().split("/");
        if (ex.getRequestMethod().equals("POST")) {
            Held held = new Held("QH" + (tickets.size() + 1), json.readTree(ex.getRequestBody()).path("window").asText(),
                    String.format("%03d", tickets.size() + 1), new AtomicInteger(2));
            tickets.put(held.id(), held);
            reply(ex, 201, held.view(2));
            return;
        }
        Held held = tickets.get(parts[parts.length - 1]);
        if (held == null) {
            error(ex, 404, "not_found", "没有找到您的这张号", "id");
            return;
        }
        reply(ex, 200, held.view(held.left().getAndDecrement()));
    }

    /** A ticket given: its window and number, and how many are left ahead of it (below zero: called). */
    private record Held(String id, String window, String seq, AtomicInteger left) {

        Map<String, Object> view(int ahead) {
            return Map.of("id", id, "number", window + "-" + seq, "window", window, "date", "2026-12-08",
                    "ahead", Math.max(0, ahead), "status", ahead < 0 ? "CALLED" : "WAITING");
        }
    }

    /** 预约: three morning slots of any window and day, and a booking of any of them. */
    private void appointments(HttpExchange ex) throws IOException {
        if (auth.person(ex).isEmpty()) {
            error(ex, 401, "invalid_token", "身份令牌无效，请重新登录", "Authorization");
            return;
        }
        if (ex.getRequestMethod().equals("POST")) {
            JsonNode body = json.readTree(ex.getRequestBody());
            bookings.add(body);
            reply(ex, 201, Map.of("id", "YY" + bookings.size(), "number", body.path("window").asText() + "-"
                    + body.path("slot").asText().replace(":", "") + "-1", "itemCode", body.path("itemCode").asText(),
                    "window", body.path("window").asText(), "date", body.path("date").asText(), "slot", body.path("slot").asText(),
                    "status", "BOOKED"));
            return;
        }
        Map<String, String> q = QueryParameters.parse(ex.getRequestURI().getRawQuery());
        reply(ex, 200, Map.of("window", q.get("window"), "date", q.get("date"), "slots", List.of(
                Map.of("slot", "09:00", "capacity", 4, "left", 0), Map.of("slot", "09:30", "capacity", 4, "left", 2),
                Map.of("slot", "10:00", "capacity", 4, "left", 4))));
    }

    /** The rating bodies posted, each with the question's id added. */
    public List<JsonNode> ratings() {
        return ratings;
    }

    /** The questions asked, as posted. */
    public List<JsonNode> questions() {
        return questions.values().stream().map(Asked::body).toList();
    }

    /**
     * 咨询 as a department that answers between two reads: a question is WAITING at its first read of
     * {@code GET /api/consultations/{id}} and ANSWERED with {@link #CONSULTATION_ANSWER} from the second; rated once, after.
     */
    private void consultations(HttpExchange ex) throws IOException {
        Optional<String> person = auth.person(ex);
        if (person.isEmpty()) {
            error(ex, 401, "invalid_token", "身份令牌无效，请重新登录", "Authorization");
            return;
        }
        String[] parts = ex.getRequestURI().getPath().split("/");
        if (parts.length == 3 && ex.getRequestMethod().equals("POST")) {
            JsonNode body = json.readTree(ex.getRequestBody());
            if (body.path("question").asText().isBlank()) {
                error(ex, 400, "missing_field", "请填写咨询的问题", "question");
                return;
            }
            Asked asked = new Asked("ZX" + (questions.size() + 1), person.get(), body, new AtomicInteger(), new AtomicInteger());
            questions.put(asked.id(), asked);
            reply(ex, 202, Map.of("id", asked.id()));
            return;
        }
        if (parts.length == 3) {
            reply(ex, 200, Map.of("items", questions.values().stream().filter(q -> q.owner().equals(person.get()))
                    .sorted(Comparator.comparing(Asked::id).reversed()).map(q -> q.view(CONSULTATION_ANSWER)).toList()));
            return;
        }
        Asked asked = questions.get(parts[3]);
        if (asked == null || !asked.owner().equals(person.get())) {
            error(ex, 404, "not_found", "没有找到您的这条咨询", "id");
            return;
        }
        if (parts.length == 5 && ex.getRequestMethod().equals("POST")) {
            ObjectNode body = (ObjectNode) json.readTree(ex.getRequestBody());
            if (asked.reads().get() < 2 || asked.rating().get() > 0) {
                error(ex, 409, asked.rating().get() > 0 ? "already_rated" : "not_answered", "这条咨询现在不能评价", "id");
                return;
            }
            asked.rating().set(body.path("grade").asInt());
            ratings.add(body.put("id", asked.id()));
            Exchanges.noContent(ex);
            return;
        }
        asked.reads().incrementAndGet();
        reply(ex, 200, asked.view(CONSULTATION_ANSWER));
    }

    /** A question asked: answered once it has been read twice on its own. */
    private record Asked(String id, String owner, JsonNode body, AtomicInteger reads, AtomicInteger rating) {

        Map<String, Object> view(String answer) {
            boolean answered = reads.get() >= 2;
            Map<String, Object> view = new LinkedHashMap<>(Map.of("id", id, "question", body.path("question").asText(),
                    "askedAt", "2026-12-07T09:00:00Z", "status", answered ? "ANSWERED" : "WAITING", "rating", rating.get()));
            view.put("itemCode", body.path("itemCode").asText(null));
            view.put("department", body.path("department").asText(null));
            view.put("answer", answered ? answer : null);
            view.put("answeredAt", answered ? "2026-12-07T09:05:00Z" : null);
            return view;
        }
    }

    /** The review bodies posted, each with the receipt added. */
    public List<JsonNode> evaluations() {
        return evaluations;
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

    /** The bodies of {@code POST /api/search/feedback} taken so far. */
    public List<JsonNode> searchFeedback() {
        return searchFeedback;
    }

    /** 204 for a feedback whose action is opened or applied, 400 naming {@code action} otherwise, as the gateway. */
    private void searchFeedback(HttpExchange ex) throws IOException {
        JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
        String action = body.path("action").asText();
        if (!action.equals("opened") && !action.equals("applied")) {
            error(ex, 400, "bad_feedback", "action 只能是 opened 或 applied", "action");
            return;
        }
        searchFeedback.add(body);
        Exchanges.noContent(ex);
    }

    /** The supplement bodies posted, each with the receipt added. */
    public List<JsonNode> supplements() {
        return supplements;
    }

    private void search(HttpExchange ex) throws IOException {
        searches.incrementAndGet();
        String q = QueryParameters.parse(ex.getRequestURI().getRawQuery()).getOrDefault("q", "");
        if (q.isBlank()) {
            error(ex, 400, "bad_request", "q 不能为空", "q");
            return;
        }
        reply(ex, 200, search.search(q, 10));
    }

    private void submissions(HttpExchange ex) throws IOException {
        Optional<String> person = auth.person(ex);
        if (person.isEmpty()) {
            error(ex, 401, "invalid_token", "身份令牌无效，请重新登录", "Authorization");
            return;
        }
        String path = ex.getRequestURI().getPath();
        if (ex.getRequestMethod().equals("GET") && path.equals("/api/submissions")) {
            mine(ex, person.get());
            return;
        }
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
                timelines.put(receipt, new Timeline(person.get(), code, correctionNote, completing));
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
        if (timeline == null || !timeline.owner.equals(person.get())) {
            error(ex, 404, "not_found", "没有找到您的这笔申报：" + parts[3], "receipt");
            return;
        }
        if (parts.length == 5 && parts[4].equals("supplements") && ex.getRequestMethod().equals("POST")) {
            supplement(ex, parts[3], timeline);
            return;
        }
        if (parts.length == 5 && parts[4].equals("evaluation") && ex.getRequestMethod().equals("POST")) {
            evaluation(ex, parts[3], timeline);
            return;
        }
        reply(ex, 200, Map.of("receipt", parts[3], "itemCode", timeline.itemCode, "status", timeline.read(), "events", timeline.shown));
    }

    /** {@code GET /api/submissions}: the citizen's own, newest first, one page. */
    private void mine(HttpExchange ex, String person) throws IOException {
        Map<String, String> q = QueryParameters.parse(ex.getRequestURI().getRawQuery());
        int page = Integer.parseInt(q.getOrDefault("page", "0"));
        int size = Integer.parseInt(q.getOrDefault("size", "20"));
        List<Map<String, Object>> own = timelines.entrySet().stream().filter(e -> e.getValue().owner.equals(person))
                .sorted(Map.Entry.<String, Timeline>comparingByKey(Comparator.reverseOrder()))
                .map(e -> e.getValue().summary(e.getKey())).toList();
        List<Map<String, Object>> items = own.stream().skip((long) page * size).limit(size).toList();
        reply(ex, 200, Map.of("total", own.size(), "page", page, "size", size, "items", items));
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

    /** 202 for the first review of a completed submission, 409 before it is completed or for a second, as the gateway. */
    private void evaluation(HttpExchange ex, String receipt, Timeline timeline) throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(ex.getRequestBody());
        if (!timeline.completed()) {
            error(ex, 409, "not_ended", "这笔申报尚未办结", "receipt");
        } else if (evaluations.stream().anyMatch(e -> e.path("receipt").asText().equals(receipt))) {
            error(ex, 409, "already_evaluated", "这笔申报已经评价过了", "receipt");
        } else {
            evaluations.add(body.put("receipt", receipt));
            reply(ex, 202, Map.of("receipt", receipt, "evaluation", "PJ-" + evaluations.size(), "status", "ACCEPTED"));
        }
    }

    /** What one submission has shown so far and what comes next, one step per read. */
    private static final class Timeline {

        private final String owner;
        private final String itemCode;
        private final List<Map<String, String>> shown = new CopyOnWriteArrayList<>();
        private final Deque<Map<String, String>> next = new LinkedBlockingDeque<>();

        Timeline(String owner, String itemCode, String correctionNote, boolean completing) {
            this.owner = owner;
            this.itemCode = itemCode;
            shown.add(event("ACCEPTED", "已申报", ""));
            next.add(event("DELIVERED", "已送达审批系统", ""));
            if (correctionNote != null) {
                next.add(event(CORRECTION, "一次性告知补正", correctionNote));
                next.add(event("ACCEPTED_FOR_PROCESSING", "受理", "补正材料齐全，予以受理"));
                next.add(event("COMPLETED", "办结", "准予办理"));
            } else {
                next.add(event("ACCEPTED_FOR_PROCESSING", "ACCEPTED_FOR_PROCESSING", "材料齐全，予以受理"));
                if (completing) {
                    next.add(event("COMPLETED", "办结", "准予办理"));
                }
            }
        }

        /** A line of the citizen's list: what was shown last, without moving on. */
        synchronized Map<String, Object> summary(String receipt) {
            Map<String, String> last = shown.get(shown.size() - 1);
            return Map.of("receipt", receipt, "itemCode", itemCode, "status", last.get("status"),
                    "submittedAt", shown.get(0).get("at"), "lastEvent", Map.of("at", last.get("at"), "step", last.get("step"),
                            "note", last.get("note")));
        }

        synchronized String read() {
            if (!next.isEmpty() && !waiting()) {
                shown.add(next.poll());
            }
            return shown.get(shown.size() - 1).get("status");
        }

        synchronized boolean completed() {
            return shown.get(shown.size() - 1).get("status").equals("COMPLETED");
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

    @Override
    public void close() {
        server.stop(0);
    }
}
