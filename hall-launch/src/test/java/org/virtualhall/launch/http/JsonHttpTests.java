package org.virtualhall.launch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtualhall.launch.process.FreePorts;

class JsonHttpTests {

    private HttpServer server;
    private JsonHttp http;

    /** Echoes the method, the Authorization header and the body back as JSON; /missing answers 404. */
    @BeforeEach
    void startEchoServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] answer = new ObjectMapper().writeValueAsBytes(Map.of("method", exchange.getRequestMethod(),
                    "auth", auth == null ? "" : auth, "body", body, "query",
                    exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery()));
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        http = JsonHttp.local(server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPostWritesItsBodyAsJsonAndSendsTheHeaders() {
        Answer answer = http.post("/api/auth/token", Map.of("name", "张三"), JsonHttp.bearer("t0k"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("method").asText()).isEqualTo("POST");
        assertThat(answer.json().path("auth").asText()).isEqualTo("Bearer t0k");
        assertThat(answer.json().path("body").asText()).isEqualTo("{\"name\":\"张三\"}");
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void aStringBodyGoesAsItIs() {
        assertThat(http.post("/x", "{not json").json().path("body").asText()).isEqualTo("{not json");
    }

    @Test
    void aQueryIsEncoded() {
        assertThat(http.json("/api/search?q=" + JsonHttp.query("身份证丢了")).path("query").asText())
                .isEqualTo("q=身份证丢了");
    }

    @Test
    void okFailsNamingTheRequestAndStatus() {
        Answer missing = http.get("/missing");

        assertThat(missing.status()).isEqualTo(404);
        assertThatThrownBy(missing::ok).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET http://127.0.0.1:" + server.getAddress().getPort() + "/missing answered 404");
    }

    @Test
    void anEmptyBodyIsAMissingNodeAndTextsReadAnArray() throws Exception {
        assertThat(new Answer("GET /", 204, "", null).json().isMissingNode()).isTrue();
        assertThat(Answer.texts(new ObjectMapper().readTree("[\"A03\",\"B01\"]"))).isEqualTo(List.of("A03", "B01"));
    }

    @Test
    void nobodyListeningIsAnUncheckedIoException() {
        JsonHttp nowhere = JsonHttp.local(FreePorts.next());

        assertThatThrownBy(() -> nowhere.get("/")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("GET http://127.0.0.1:");
    }
}
