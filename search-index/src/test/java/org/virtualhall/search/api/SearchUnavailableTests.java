package org.virtualhall.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.launch.process.FreePorts;
import org.virtualhall.search.testing.FixtureIndex;
import org.virtualhall.search.testing.SearchNodeExtension;
import org.virtualhall.search.testing.TcpProxy;

/** The hall API while Elasticsearch goes away and comes back (the node sits behind a TCP relay). */
@WithSearchApi
class SearchUnavailableTests {

    private static TcpProxy proxy;

    @LocalServerPort
    int port;

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
        assertThat(search("结婚").status()).isEqualTo(200);
        assertThat(search("结婚").status()).isEqualTo(200);

        proxy.close();
        Answer down = search("出生登记");
        assertThat(down.status()).isEqualTo(503);
        JsonNode error = down.json();
        assertThat(error.get("error").asText()).isEqualTo("search_unavailable");
        assertThat(error.get("reason").asText()).contains("搜索服务暂时不可用");
        assertThat(down.body()).doesNotContain("Exception").doesNotContain("elasticsearch");
        // a cached answer is dropped once the cache sees the cluster is gone (one check interval)
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> search("结婚").status() == 503);

        proxy.open();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> search("结婚").status() == 200);
    }

    private Answer search(String q) throws Exception {
        return JsonHttp.local(port).get("/api/search?q=" + JsonHttp.query(q));
    }
}
