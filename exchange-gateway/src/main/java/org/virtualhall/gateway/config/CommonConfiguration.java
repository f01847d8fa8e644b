package org.virtualhall.gateway.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every role uses. */
@Configuration
class CommonConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Camel's JMS component takes it through {@code camel.component.jms.destination-resolver}. */
    @Bean
    CachingQueueResolver cachingQueueResolver() {
        return new CachingQueueResolver();
    }
}
