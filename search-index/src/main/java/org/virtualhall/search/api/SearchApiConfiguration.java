package org.virtualhall.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.virtualhall.search.cache.IndexGenerationWatch;
import org.virtualhall.search.cache.ResultCache;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.SearchClients;
import org.virtualhall.search.query.QueryText;
import org.virtualhall.search.query.SearchService;

/**
 * Mounts {@code GET /api/search} and {@code GET /api/suggest} in the application that imports it
 * (the outer gateway), and offers {@link CatalogIndex} for re-indexing published catalogs. The
 * client does not connect at start-up: the application starts even when the cluster is down, and
 * answers 503 until it is back. Answers to repeated queries are cached until the aliases move
 * ({@code hall.search.cache.*}).
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
    SearchCaches hallSearchCaches(SearchProperties properties) {
        int size = properties.cache().maxEntries();
        return new SearchCaches(new ResultCache<>(size), new ResultCache<>(size));
    }

    /** Without it (cache disabled) the caches never learn a generation and every query goes to Elasticsearch. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "hall.search.cache.enabled", havingValue = "true", matchIfMissing = true)
    IndexGenerationWatch hallIndexGenerationWatch(ElasticsearchClient hallSearchClient, SearchCaches caches,
                                                  SearchProperties properties) {
        IndexGenerationWatch watch = new IndexGenerationWatch(hallSearchClient, List.of(caches.results(), caches.suggestions()));
        watch.start(properties.cache().checkInterval());
        return watch;
    }

    /** For the catalog updates the approval system publishes: rebuild behind the aliases. */
    @Bean
    IndexingClient hallIndexingClient(SearchProperties properties) {
        return new IndexingClient(SearchClients.forIndexing(properties.url()));
    }

    @Bean
    CatalogIndex hallCatalogIndex(IndexingClient hallIndexingClient, SearchProperties properties) {
        return new CatalogIndex(hallIndexingClient.client(), properties.synonymsFile());
    }

    @Bean
    QueryText hallQueryText(SearchProperties properties) {
        return new QueryText(properties.maxQueryLength());
    }
}
