package org.virtualhall.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.query.QueryText;
import org.virtualhall.search.query.SearchService;

/**
 * Mounts {@code GET /api/search} and {@code GET /api/suggest} in the application that imports it
 * (the outer gateway). The client is created lazily by Elasticsearch itself: the application
 * starts even when the cluster is down, and answers 503 until it is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
@Import({SearchController.class, SearchErrors.class})
public class SearchApiConfiguration {

    @Bean(destroyMethod = "close")
    ElasticsearchClient hallSearchClient(SearchProperties properties) {
        return SearchClients.create(properties.url());
    }

    @Bean
    SearchService hallSearchService(ElasticsearchClient hallSearchClient) {
        return new SearchService(hallSearchClient);
    }

    @Bean
    QueryText hallQueryText(SearchProperties properties) {
        return new QueryText(properties.maxQueryLength());
    }
}
