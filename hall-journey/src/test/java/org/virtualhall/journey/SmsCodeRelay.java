package org.virtualhall.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.virtualhall.launch.http.CitizenSignIn;

/**
 * The citizen's thumb between the 3D client and the outer hall API, while the client has no step for the SMS code:
 * everything is passed on as it is, except a sign-in without a code ({@code POST /api/auth/token} with name, ID
 * number and mobile, the client's form), which is completed the way the citizen would — a code to the mobile, read
 * off the phone (the gateway's SMS outbox), sent with the rest. The sessions it got are kept, by ID number.
 */
final class SmsCodeRelay implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK client sets itself, and hop-by-hop ones. */
    private static final Set<String> NOT_PASSED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final URI outer;
    private final CitizenSignIn signIn;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, CitizenSignIn.Session> sessions = new ConcurrentHashMap<>();

    SmsCodeRelay(URI outer, CitizenSignIn signIn) throws IOException {
        this.outer = outer;
        this.signIn = signIn;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
        server.createContext("/", this::relay);
        server.setExecutor(threads);
        server.start();
    }

    /** Where the client connects instead of the outer hall API. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The session the client was given for this ID number, if it signed in. */
    Optional<CitizenSignIn.Session> session(String idNumber) {
        return Optional.ofNullable(sessions.get(idNumber));
    }

    private void relay(HttpExchange x) throws IOException {
        try (x) {
            byte[] body = x.getRequestBody().readAllBytes();
            if (x.getRequestMethod().equals("POST") && x.getRequestURI().getPath().equals("/api/auth/token")) {
                JsonNode who = JSON.readTree(body);
                if (!who.hasNonNull("code")) {
                    signIn(x, who);
                    return;
                }
            }
            pass(x, body);
        }
    }

    /** Signs the citizen in with a code; a refusal reaches the client as a 502 with the gateway's answer. */
    private void signIn(HttpExchange x, JsonNode who) throws IOException {
        CitizenSignIn.Session session;
        try {
            session = signIn.signIn(who.path("name").asText(), who.path("idNumber").asText(), who.path("mobile").asText());
        } catch (RuntimeException e) {
            answer(x, 502, "application/json", JSON.writeValueAsBytes(Map.of("error", "sign_in_failed",
                    "reason", String.valueOf(e.getMessage()))));
            return;
        }
        sessions.put(who.path("idNumber").asText().toUpperCase(), session);
        answer(x, 200, "application/json", JSON.writeValueAsBytes(session));
    }

    private void pass(HttpExchange x, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(outer.resolve(x.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(x.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        x.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_PASSED.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_PASSED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                x.getResponseHeaders().put(name, values);
            }
        });
        answer(x, response.statusCode(), null, response.body());
    }

    private static void answer(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            x.getResponseHeaders().set("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
