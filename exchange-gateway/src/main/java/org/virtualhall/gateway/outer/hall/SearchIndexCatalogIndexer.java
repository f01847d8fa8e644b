package org.virtualhall.gateway.outer.hall;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.search.index.CatalogDocuments;
import org.virtualhall.search.index.IndexProgress;
import org.virtualhall.search.index.Indexer;

/**
 * Refreshes the search index (search-index's {@link Indexer}, alias swap) after a catalog publication. It runs on
 * its own thread: a slow or absent Elasticsearch must not hold up the gap; the next publication indexes again.
 */
@Component
@Profile("outer")
class SearchIndexCatalogIndexer implements CatalogIndexer, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexCatalogIndexer.class);

    private final Indexer indexer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "catalog-indexer"));

    SearchIndexCatalogIndexer(ElasticsearchClient hallSearchClient) {
        this.indexer = new Indexer(hallSearchClient);
    }

    @Override
    public void reindex(Hall hall) {
        worker.submit(() -> {
            try {
                indexer.reindex(CatalogDocuments.of(hall), IndexProgress.SILENT);
                LOG.info("search index refreshed for catalog version {}", hall.version());
            } catch (IOException | RuntimeException e) {
                LOG.warn("search index not refreshed for catalog version {}: {}", hall.version(), e.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
