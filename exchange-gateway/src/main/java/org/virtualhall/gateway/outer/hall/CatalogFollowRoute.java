package org.virtualhall.gateway.outer.hall;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Every {@code hall.gateway.outer.catalog.recheck}, this instance takes a catalog publication that another outer
 * instance took off the gap and kept in the shared database; the search index, which the instances share, that one
 * has refreshed already.
 */
@Component
@Profile("outer")
class CatalogFollowRoute extends RouteBuilder {

    private final HallCatalog catalog;
    private final SharedCatalog shared;
    private final CatalogProperties props;

    CatalogFollowRoute(HallCatalog catalog, SharedCatalog shared, CatalogProperties props) {
        this.catalog = catalog;
        this.shared = shared;
        this.props = props;
    }

    @Override
    public void configure() {
        fromF("timer:catalog-follow?delay=%d&period=%d", props.recheck().toMillis(), props.recheck().toMillis())
                .routeId("catalog-follow")
                .process(e -> shared.newerThan(catalog.publishedAt())
                        .ifPresent(p -> catalog.publish(p.hall().toHall(), p.publishedAt())));
    }
}
