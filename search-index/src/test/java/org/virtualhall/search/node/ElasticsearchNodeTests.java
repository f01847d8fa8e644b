package org.virtualhall.search.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.search.testing.SearchNodeExtension;

@ExtendWith(SearchNodeExtension.class)
class ElasticsearchNodeTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nodeRunsOnLoopbackWithTheHallAnalysisPlugin() throws Exception {
        String plugins = get("/_cat/plugins?h=component");
        assertThat(plugins).contains("hall-analysis");
        assertThat(SearchNodeExtension.url().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void nodeIsNotRunAsRoot() throws Exception {
        String user = get("/_nodes/jvm?filter_path=**.input_arguments");
        assertThat(user).isNotEmpty();
        String processUser = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap.Elasticsearch"))
                .filter(p -> p.info().commandLine().orElse("").contains(SearchNodeExtension.url().getPort() + ""))
                .map(p -> p.info().user().orElse("?")).findFirst().orElse("none");
        if (System.getProperty("hall.search.url", "").isBlank()) {
            assertThat(processUser).isNotEqualTo("root").isNotEqualTo("none");
        }
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(SearchNodeExtension.url().resolve(path)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
