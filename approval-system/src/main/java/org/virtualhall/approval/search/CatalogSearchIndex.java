package org.virtualhall.approval.search;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.search.index.CatalogIndex;

/**
 * Items, windows and staff of the approval system's catalog (as it stands, published or not) in the search index,
 * exactly as the outer hall indexes its published catalog: search-index's {@link CatalogIndex}, the same template,
 * analysis and aliases, on the internal node.
 */
@Component
class CatalogSearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearchIndex.class);

    private final Catalog catalog;
    private final CatalogIndex index;

    CatalogSearchIndex(Catalog catalog, InnerSearchNode node) {
        this.catalog = catalog;
        this.index = new CatalogIndex(node.indexing(), null);
    }

    void rebuild() throws IOException {
        index.rebuild(catalog.current(), (type, done, total) -> LOG.info("search index: catalog, {} {}/{}", type.code(), done, total));
    }
}
