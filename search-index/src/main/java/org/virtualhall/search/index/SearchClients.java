package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.time.Duration;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * Long-lived clients to a cluster. Searches give up after 10 s so a hung cluster becomes a 503;
 * indexing waits longer, as a bulk request on a busy machine can take that long.
 */
public final class SearchClients {

    private SearchClients() {
    }

    public static ElasticsearchClient create(URI url) {
        return create(url, Duration.ofSeconds(10));
    }

    public static ElasticsearchClient forIndexing(URI url) {
        return create(url, Duration.ofMinutes(2));
    }

    private static ElasticsearchClient create(URI url, Duration socketTimeout) {
        RestClient rest = RestClient.builder(HttpHost.create(url.toString()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(1_000)
                        .setSocketTimeout((int) socketTimeout.toMillis()))
                .setHttpClientConfigCallback(http -> http.setMaxConnTotal(64).setMaxConnPerRoute(64))
                .build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }
}
