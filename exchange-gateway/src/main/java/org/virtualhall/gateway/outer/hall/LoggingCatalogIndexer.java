package org.virtualhall.gateway.outer.hall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.virtualhall.model.hall.Hall;

/** Used while no search index is configured: records that the index would be refreshed. */
@Configuration
@Profile("outer")
class LoggingCatalogIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingCatalogIndexer.class);

    @Bean
    @ConditionalOnMissingBean(CatalogIndexer.class)
    CatalogIndexer catalogIndexer() {
        return hall -> LOG.info("no search index configured; catalog version {} not indexed", hall.version());
    }
}
