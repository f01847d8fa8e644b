package org.virtualhall.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.virtualhall.client.api.ApiTypes.Appointment;
import org.virtualhall.client.api.ApiTypes.AppointmentRequest;
import org.virtualhall.client.api.ApiTypes.AuthMethods;
import org.virtualhall.client.api.ApiTypes.CodeSent;
import org.virtualhall.client.api.ApiTypes.Consultation;
import org.virtualhall.client.api.ApiTypes.ConsultationId;
import org.virtualhall.client.api.ApiTypes.Consultations;
import org.virtualhall.client.api.ApiTypes.ErrorBody;
import org.virtualhall.client.api.ApiTypes.EvaluationReceipt;
import org.virtualhall.client.api.ApiTypes.EvaluationRequest;
import org.virtualhall.client.api.ApiTypes.EvaluationStats;
import org.virtualhall.client.api.ApiTypes.MySubmissions;
import org.virtualhall.client.api.ApiTypes.QueueTicket;
import org.virtualhall.client.api.ApiTypes.Receipt;
import org.virtualhall.client.api.ApiTypes.SearchResult;
import org.virtualhall.client.api.ApiTypes.Session;
import org.virtualhall.client.api.ApiTypes.SignInRequest;
import org.virtualhall.client.api.ApiTypes.Slots;
import org.virtualhall.client.api.ApiTypes.SubmissionRequest;
import org.virtualhall.client.api.ApiTypes.SubmissionView;
import org.virtualhall.client.api.ApiTypes.SupplementReceipt;
import org.virtualhall.client.api.ApiTypes.SupplementRequest;
import org.virtualhall.model.hall.PublishedHall;
import org.virtualhall.model.json.HallJson;

/** The outer hall API (docs/api.md): the only server the client talks to. Blocking; call off the render thread. */
public final class HallApi {

    /** Tries of one submission before the citizen is told it did not go through. */
    private static final int SUBMIT_ATTEMPTS = 4;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /**
     * How long a call about the citizen's own business (sign-in, submissions) may take: a busy gateway is waited
     * for while the panel says so, where the hall and the search fall back to the client's own copy quickly.
     */
    private static final Duration CITIZEN_CALL = Duration.ofSeconds(15);

    /**
     * The JDK client keeps an idle connection for 20 minutes, the hall's servers for 60 s. A request sent on one just
     * as the server closes it fails with no answer, and a POST is not sent again; pressing 重新获取验证码 the moment its
     * 60 s countdown ends, 60 s after the last call, is such a request. Idle connections are given up first, at 30 s.
     */
    static final String IDLE_SECONDS_PROPERTY = "jdk.httpclient.keepalive.timeout";

    static {
        if (System.getProperty(IDLE_SECONDS_PROPERTY) == null) {
            System.setProperty(IDLE_SECONDS_PROPERTY, "30");
        }
    }

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = HallJson.wire();
    private final Duration timeout;

    /** {@code timeout}: for connecting, and for the hall and the search, which the client can do without. */
    public HallApi(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        // HTTP/1.1 only: the hall serves no HTTP/2, so no upgrade offer on each new connection.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    public PublishedHall hall() {
        return send(get("/api/hall"), PublishedHall.class);
    }

    public SearchResult search(String query, int size) {
        return send(get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=" + size),
                SearchResult.class);
    }

    /**
     * Tells the hall what the citizen did with a search's answer ({@code opened} an item from it, or {@code applied}
     * for one reached from it): counted per query, nothing about the person.
     */
    public void searchFeedback(String query, String itemCode, String action) {
        exchange(post("/api/search/feedback", Map.of("query", query, "itemCode", itemCode, "action", action), null));
    }

    /** The ways in this server offers; a server that does not say offers the SMS code only. */
    public AuthMethods methods() {
        try {
            return send(request("/api/auth/methods").GET().build(), AuthMethods.class);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return new AuthMethods(true, null);
            }
            throw e;
        }
    }

    /** Asks for a sign-in code by SMS to the mobile. */
    public CodeSent smsCode(String mobile) {
        HttpResponse<byte[]> response = exchange(post("/api/auth/sms-code", Map.of("mobile", mobile), null));
        CodeSent sent = read(response, CodeSent.class);
        return new CodeSent(sent.expiresAt(), sent.resendAfter(), serverTime(response));
    }

    /** Signs in with name, ID number, mobile and the SMS code: a new session. */
    public Session signIn(SignInRequest request) {
        return send(post("/api/auth/token", request, null), Session.class);
    }

    /** The session's next tokens; the refresh token given is spent. */
    public Session refresh(String refreshToken) {
        return send(post("/api/auth/refresh", Map.of("refreshToken", refreshToken), null), Session.class);
    }

    /** Ends the session of the token: its access and refresh tokens are refused from now on. */
    public void signOut(String token) {
        exchange(post("/api/auth/sign-out", Map.of(), token));
    }

    /** Exchanges the one-time ticket the identity platform's sign-in brought back for a session. */
    public Session exchangeTicket(String ticket) {
        return send(post("/api/auth/oidc/ticket", Map.of("ticket", ticket), null), Session.class);
    }

    /** Where the browser starts a sign-in at the identity platform that comes back to {@code redirect}. */
    public URI oidcStart(URI redirect) {
        return base.resolve("/api/auth/oidc/start?redirect=" + URLEncoder.encode(redirect.toString(), StandardCharsets.UTF_8));
    }

    /** One page of the signed-in citizen's own submissions, newest first. */
    public MySubmissions mySubmissions(String token, int page, int size) {
        return send(request("/api/submissions?page=" + page + "&size=" + size)
                .header("Authorization", "Bearer " + token).GET().build(), MySubmissions.class);
    }

    /**
     * Submits with its {@code Idempotency-Key}, and submits again with the same key when no answer came, the
     * gateway was busy or the first attempt is still being handled: a repeat returns the first receipt and never
     * makes a second application.
     */
    public Receipt submit(SubmissionRequest submission, String token, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(post("/api/submissions", submission, token), (name, value) -> true)
                .header("Idempotency-Key", idempotencyKey).build();
        for (int attempt = 1; ; attempt++) {
            try {
                return send(request, Receipt.class);
            } catch (ApiException e) {
                if (attempt == SUBMIT_ATTEMPTS || !worthRepeating(e)) {
                    throw e;
                }
                pause(RETRY_PAUSE.multipliedBy(attempt));
            }
        }
    }

    /** No answer (0), busy (503, 502, 504) or the same key still in hand (409): the same request may succeed later. */
    private static boolean worthRepeating(ApiException e) {
        return e.status() == 0 || e.status() == 409 || e.status() == 502 || e.status() == 503 || e.status() == 504;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "请求被中断", null);
        }
    }

    /** Hands in 补正材料 for a submission waiting for a correction. */
    public SupplementReceipt supplement(String receipt, SupplementRequest supplement, String token) {
        return send(post("/api/submissions/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8) + "/supplements",
                supplement, token), SupplementReceipt.class);
    }

    /** 好差评: reviews an ended case once. */
    public EvaluationReceipt evaluate(String receipt, EvaluationRequest evaluation, String token) {
        return send(post("/api/submissions/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8) + "/evaluation",
                evaluation, token), EvaluationReceipt.class);
    }

    /** The published 好差评 figures per window and department (public). */
    public EvaluationStats evaluationStats() {
        return send(get("/api/evaluations/stats"), EvaluationStats.class);
    }

    /** 取号: the next number of the window's queue today. */
    public QueueTicket takeTicket(String window, String token) {
        return send(post("/api/queue/tickets", Map.of("window", window), token), QueueTicket.class);
    }

    public QueueTicket ticket(String id, String token) {
        return send(request("/api/queue/tickets/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token).GET().build(), QueueTicket.class);
    }

    /** 预约: the window's slots of a day with the places left. */
    public Slots slots(String window, String date, String token) {
        return send(request("/api/appointments/slots?window=" + URLEncoder.encode(window, StandardCharsets.UTF_8) + "&date="
                + URLEncoder.encode(date, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + token).GET().build(),
                Slots.class);
    }

    public Appointment book(AppointmentRequest appointment, String token) {
        return send(post("/api/appointments", appointment, token), Appointment.class);
    }

    /**
     * 咨询: asks the item's department ({@code itemCode}) or a department ({@code department}, when there is no item)
     * a question; the id of the question.
     */
    public ConsultationId ask(String itemCode, String department, String question, String token) {
        Map<String, String> body = itemCode != null ? Map.of("itemCode", itemCode, "question", question)
                : Map.of("department", department, "question", question);
        return send(post("/api/consultations", body, token), ConsultationId.class);
    }

    public Consultations consultations(String token) {
        return send(request("/api/consultations").header("Authorization", "Bearer " + token).GET().build(), Consultations.class);
    }

    public Consultation consultation(String id, String token) {
        return send(request("/api/consultations/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token).GET().build(), Consultation.class);
    }

    /** Rates the department's answer (1-5), once. */
    public void rateAnswer(String id, int grade, String token) {
        exchange(post("/api/consultations/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/rating", Map.of("grade", grade),
                token));
    }

    public SubmissionView status(String receipt, String token) {
        return send(request("/api/submissions/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token).GET().build(), SubmissionView.class);
    }

    /** A viewpoint's panorama photo (JPEG) at its path on the hall API, or its small preview. */
    public byte[] panorama(String path, boolean preview) {
        HttpRequest request = request(path + (preview ? "?size=preview" : "")).setHeader("Accept", "image/jpeg").GET().build();
        return exchange(request).body();
    }

    /** A GET of what the client can do without when it is slow. */
    private HttpRequest get(String path) {
        return request(path).timeout(timeout).GET().build();
    }

    private HttpRequest post(String path, Object body, String token) {
        try {
            HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return b.build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode request for " + path, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        Duration wait = timeout.compareTo(CITIZEN_CALL) > 0 ? timeout : CITIZEN_CALL;
        return HttpRequest.newBuilder(base.resolve(path)).timeout(wait).header("Accept", "application/json");
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        return read(exchange(request), type);
    }

    /** Sends the request; an {@link ApiException} unless the answer is a success. */
    private HttpResponse<byte[]> exchange(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiException(0, "无法连接服务器 " + base + "：" + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "请求被中断", null);
        }
        if (response.statusCode() / 100 != 2) {
            ErrorBody error = read(response, ErrorBody.class);
            throw new ApiException(response.statusCode(), error.error(), error.reason() != null ? error.reason() : error.error(),
                    error.field(), error.retryAfter());
        }
        return response;
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiException(response.statusCode(), "服务器回应无法解析：" + e.getMessage(), null);
        }
    }

    /** The server's clock from the answer's {@code Date} header; this computer's when there is none. */
    private static Instant serverTime(HttpResponse<?> response) {
        return response.headers().firstValue("Date").map(date -> {
            try {
                return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElseGet(Instant::now);
    }
}
