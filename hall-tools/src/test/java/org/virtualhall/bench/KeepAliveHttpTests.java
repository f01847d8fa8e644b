package org.virtualhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench client against a real HTTP server: both body framings, the token header, one connection throughout. */
class KeepAliveHttpTests {

    private HttpServer server;
    private final Set<String> peers = ConcurrentHashMap.newKeySet();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sized", x -> {
            peers.add(x.getRemoteAddress().toString());
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            byte[] body = ("{\"auth\":\"" + x.getRequestHeaders().getFirst("Authorization")
                    + (key == null ? "" : "\",\"key\":\"" + key) + "\",\"got\":"
                    + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}").getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(201, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/chunked", x -> {
            peers.add(x.getRemoteAddress().toString());
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write("受理".repeat(5000).getBytes(StandardCharsets.UTF_8));
            x.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheExtraHeadersItIsGiven() throws IOException {
        try (KeepAliveHttp http = new KeepAliveHttp(base)) {
            KeepAliveHttp.Response keyed = http.post("/sized", "t0ken", "{}".getBytes(StandardCharsets.UTF_8),
                    Map.of("Idempotency-Key", "k-12345678"));

            assertThat(keyed.text()).isEqualTo("{\"auth\":\"Bearer t0ken\",\"key\":\"k-12345678\",\"got\":{}}");
        }
    }

    @Test
    void readsBothFramingsOnOneKeptConnection() throws IOException {
        try (KeepAliveHttp http = new KeepAliveHttp(base)) {
            KeepAliveHttp.Response sized = http.post("/sized", "t0ken", "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
            KeepAliveHttp.Response anonymous = http.post("/sized", null, "[]".getBytes(StandardCharsets.UTF_8));
            KeepAliveHttp.Response chunked = http.post("/chunked", null, new byte[0]);
            int status = http.get("/chunked");

            assertThat(sized.status()).isEqualTo(201);
            assertThat(sized.text()).isEqualTo("{\"auth\":\"Bearer t0ken\",\"got\":{\"n\":1}}");
            assertThat(anonymous.text()).isEqualTo("{\"auth\":\"null\",\"got\":[]}");
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.text()).isEqualTo("受理".repeat(5000));
            assertThat(status).isEqualTo(200);
        }
        assertThat(peers).as("every request on the same connection").hasSize(1);
    }
}
