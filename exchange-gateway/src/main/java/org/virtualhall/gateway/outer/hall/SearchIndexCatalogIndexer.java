package org.virtualhall.gateway.outer.hall;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.search.index.CatalogIndex;
import org.virtualhall.search.index.IndexProgress;

/**
 * Refreshes the search index after a catalog publication with search-index's {@link CatalogIndex}: the template
 * with the hall's analyzers and the current synonyms first (a cluster set up by an older release gets them too),
 * then the new index behind the aliases. It runs on its own thread: a slow or absent Elasticsearch must not hold
 * up the gap; the next publication indexes again.
 */
@Component
@Profile("outer")
class SearchIndexCatalogIndexer implements CatalogIndexer, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexCatalogIndexer.class);

    private final CatalogIndex index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "catalog-indexer"));

    SearchIndexCatalogIndexer(CatalogIndex hallCatalogIndex) {
        this.index = hallCatalogIndex;
    }

    @Override
    public void reindex(Hall hall) {
        worker.submit(() -> {
            try {
                index.rebuild(hall, IndexProgress.SILENT);
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
