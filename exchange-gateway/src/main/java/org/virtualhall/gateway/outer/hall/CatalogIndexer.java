package org.virtualhall.gateway.outer.hall;

import org.virtualhall.model.hall.Hall;

/**
 * The seam to the search index: called after every catalog publication is in place.
 * {@link SearchIndexCatalogIndexer} implements it with search-index's indexer.
 */
public interface CatalogIndexer {

    void reindex(Hall hall);
}
