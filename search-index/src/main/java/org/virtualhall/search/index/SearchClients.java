package org.virtualhall.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** The one long-lived client to a cluster; short timeouts so a dead cluster is noticed fast. */
public final class SearchClients {

    private SearchClients() {
    }

    public static ElasticsearchClient create(URI url) {
        RestClient rest = RestClient.builder(HttpHost.create(url.toString()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(1_000).setSocketTimeout(10_000))
                .setHttpClientConfigCallback(http -> http.setMaxConnTotal(64).setMaxConnPerRoute(64))
                .build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }
}
