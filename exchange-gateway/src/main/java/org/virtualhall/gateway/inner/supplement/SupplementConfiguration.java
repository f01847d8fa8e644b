package org.virtualhall.gateway.inner.supplement;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The persistent idempotent repository of supplements loaded into the approval system, by envelope id. */
@Configuration
@Profile("inner")
class SupplementConfiguration {

    @Bean
    IdempotentRepository loadedSupplements(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "inner-supplement");
    }
}
