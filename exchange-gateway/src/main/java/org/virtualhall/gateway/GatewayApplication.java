package org.virtualhall.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The exchange gateway. One jar, three processes chosen by Spring profile: {@code outer} (external
 * network, hall API and checks), {@code inner} (internal network, transform and load) and {@code ferry}
 * (the software stand-in for the isolation device between their spool directories).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
