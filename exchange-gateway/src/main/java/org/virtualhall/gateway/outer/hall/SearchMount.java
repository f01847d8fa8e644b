package org.virtualhall.gateway.outer.hall;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.virtualhall.search.api.SearchApiConfiguration;

/** Mounts {@code GET /api/search} and {@code GET /api/suggest} of search-index on the outer hall API (docs/contracts.md). */
@Configuration
@Profile("outer")
@Import(SearchApiConfiguration.class)
class SearchMount {
}
