package org.virtualhall.gateway.ferry;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.virtualhall.gateway.gap.bundle.Channel;

/** The ferry process: two pollers, one per direction, and a tick that releases late files. */
@Configuration
@Profile("ferry")
class FerryConfiguration {

    @Bean
    Ferry ferry(FerryProperties props) {
        return new Ferry(new FerryPolicy(props.maxBytes(), props.panoramaMaxBytes()), new FerryFaults(props.faults()), props);
    }

    @Bean
    RouteBuilder ferryRoutes(Ferry ferry, FerryProperties props) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                direction(this, props.outerOut(), Channel.Direction.OUT_TO_IN, "ferry-out-to-in");
                direction(this, props.innerOut(), Channel.Direction.IN_TO_OUT, "ferry-in-to-out");
                from("timer:ferry-late?period=500").routeId("ferry-late").process(e -> ferry.releaseLate());
            }

            private void direction(RouteBuilder b, Path from, Channel.Direction direction, String id) {
                b.fromF("file:%s?delete=true&delay=%d&sortBy=file:name&maxMessagesPerPoll=200&autoCreate=true",
                                from.toAbsolutePath(), props.pollDelayMillis())
                        .routeId(id)
                        .process(e -> ferry.carry(direction, e.getIn().getBody(java.io.File.class).toPath()));
            }
        };
    }

    @Bean
    HealthIndicator ferryHealth(Ferry ferry) {
        return () -> Health.up().withDetails(ferry.stats()).build();
    }
}
