package org.virtualhall.approval.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.virtualhall.model.json.HallJson;

/**
 * The inner gateway's receiving end as the contract fixes it (POST /api/outbound/events,
 * /api/outbound/catalog and /api/outbound/panoramas) on a free port, recording what arrives; it can be told to fail a number of
 * times, to show that the outbox keeps trying.
 */
public final class TestGateway {

    private static TestGateway shared;

    private final HttpServer server;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<JsonNode> catalogs = new CopyOnWriteArrayList<>();
    private final List<JsonNode> evaluationFigures = new CopyOnWriteArrayList<>();
    private final List<JsonNode> appointmentCapacity = new CopyOnWriteArrayList<>();
    private final List<JsonNode> queueCalls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> answers = new CopyOnWriteArrayList<>();
    private final List<JsonNode> panoramas = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private TestGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/outbound/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
            } else {
                HallJson.wire().readTree(body).forEach(events::add);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.createContext("/api/outbound/catalog", exchange -> {
            catalogs.add(HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/api/outbound/consultation-answers", exchange -> {
            HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()).path("answers").forEach(answers::add);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/api/outbound/queue-calls", exchange -> {
            queueCalls.add(HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/api/outbound/appointment-capacity", exchange -> {
            appointmentCapacity.add(HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/api/outbound/evaluation-stats", exchange -> {
            evaluationFigures.add(HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/api/outbound/panoramas", exchange -> {
            panoramas.add(HallJson.wire().readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    public static synchronized TestGateway shared() {
        if (shared == null) {
            shared = new TestGateway();
        }
        return shared;
    }

    /** Stops serving; only for a JVM that ends by returning from main (the benchmark). */
    public void stop() {
        server.stop(0);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<JsonNode> events() {
        return events;
    }

    public List<JsonNode> eventsOf(String receipt) {
        return events.stream().filter(e -> receipt.equals(e.path("receipt").asText())).toList();
    }

    /** The 咨询 answers pushed, oldest first. */
    public List<JsonNode> answers() {
        return answers;
    }

    /** The 叫号 states pushed, oldest first. */
    public List<JsonNode> queueCalls() {
        return queueCalls;
    }

    /** The 预约 places pushed, oldest first. */
    public List<JsonNode> appointmentCapacity() {
        return appointmentCapacity;
    }

    /** The 好差评 figures pushed, oldest first. */
    public List<JsonNode> evaluationFigures() {
        return evaluationFigures;
    }

    public List<JsonNode> catalogs() {
        return catalogs;
    }

    /** The photos sent: {@code {"viewpoint", "jpeg"}} with the JPEG in base64. */
    public List<JsonNode> panoramas() {
        return panoramas;
    }

    public void failNext(int times) {
        failuresLeft.set(times);
    }

    public int refused() {
        return refused.get();
    }
}
