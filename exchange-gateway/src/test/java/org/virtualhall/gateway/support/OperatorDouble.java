package org.virtualhall.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.virtualhall.model.json.HallJson;

/**
 * A carrier's API as a test double over real HTTP (JDK server, free port): keeps every request's JSON and bearer
 * key, and answers what the test says — {@code answer} maps a request to its status and body — or 503 while down.
 */
public final class OperatorDouble implements AutoCloseable {

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, Reply> answer;
    private volatile boolean down;

    public OperatorDouble(Function<JsonNode, Reply> answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(Function<JsonNode, Reply> answer) {
        this.answer = answer;
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    public List<Received> received() {
        return received;
    }

    private void handle(HttpExchange x) throws IOException {
        JsonNode body = HallJson.wire().readTree(x.getRequestBody().readAllBytes());
        received.add(new Received(x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("Authorization"), body));
        Reply reply = down ? new Reply(503, "{\"error\":\"unavailable\"}") : answer.apply(body);
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(reply.status(), bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** What the double answers. */
    public record Reply(int status, String body) {
    }

    /** A request as it arrived. */
    public record Received(String path, String authorization, JsonNode body) {
    }
}
