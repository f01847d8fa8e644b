package org.virtualhall.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.virtualhall.gateway.web.SizedJsonConverter;

/** Beans every role uses. */
@Configuration
class CommonConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Takes the place of Spring Boot's JSON converter (which backs off when there is one). */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
        return new SizedJsonConverter(mapper);
    }

    /** Camel's JMS component takes it through {@code camel.component.jms.destination-resolver}. */
    @Bean
    CachingQueueResolver cachingQueueResolver() {
        return new CachingQueueResolver();
    }
}
