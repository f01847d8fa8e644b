package org.virtualhall.testlb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The balancer in front of two small HTTP servers: it spreads requests over both and keeps serving when one stops. */
class HaproxyTests {

    private final List<HttpServer> backends = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        backends.forEach(b -> b.stop(0));
    }

    @Test
    void requestsGoToBothBackendsAndOnlyToTheOneLeftWhenTheOtherStops() throws Exception {
        HttpServer first = backend("first");
        HttpServer second = backend("second");
        try (Haproxy balancer = Haproxy.start(List.of(first.getAddress().getPort(), second.getAddress().getPort()), "/health")) {
            // until its first health checks pass the balancer answers 503: asserted again until both answer
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(answers(balancer, 10)).contains("first", "second"));

            second.stop(0);

            for (int i = 0; i < 20; i++) {
                assertThat(get(balancer)).isEqualTo("first");
            }
        }
    }

    private HttpServer backend(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        backends.add(server);
        return server;
    }

    private List<String> answers(Haproxy balancer, int n) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(get(balancer));
        }
        return answers;
    }

    private String get(Haproxy balancer) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(balancer.url() + "/hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
