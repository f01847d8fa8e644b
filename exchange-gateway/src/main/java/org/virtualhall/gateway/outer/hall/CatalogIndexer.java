package org.virtualhall.gateway.outer.hall;

import org.virtualhall.model.hall.Hall;

/**
 * The seam to the search index: called after every catalog publication is in place. search-index's indexer
 * implements it (issue 3); until it is on the class path, {@link LoggingCatalogIndexer} stands in.
 */
public interface CatalogIndexer {

    void reindex(Hall hall);
}
