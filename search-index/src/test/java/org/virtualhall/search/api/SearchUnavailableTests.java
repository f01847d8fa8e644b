package org.virtualhall.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.virtualhall.search.node.FreePorts;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TcpProxy;

/** The hall API while Elasticsearch goes away and comes back (the node sits behind a TCP relay). */
@ExtendWith(SearchNodeExtension.class)
@SpringBootTest(classes = SearchApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchUnavailableTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hall.search.url", () -> {
            FixtureIndex.client();
            proxy = new TcpProxy(SearchNodeExtension.url(), FreePorts.next());
            proxy.open();
            return proxy.url().toString();
        });
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void answers503WhileElasticsearchIsDownAndRecoversByItself() throws Exception {
        assertThat(search().statusCode()).isEqualTo(200);

        proxy.close();
        HttpResponse<String> down = search();
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode error = JSON.readTree(down.body());
        assertThat(error.get("error").asText()).isEqualTo("search_unavailable");
        assertThat(error.get("reason").asText()).contains("搜索服务暂时不可用");
        assertThat(down.body()).doesNotContain("Exception").doesNotContain("elasticsearch");

        proxy.open();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> search().statusCode() == 200);
    }

    private HttpResponse<String> search() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=%E7%BB%93%E5%A9%9A")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
