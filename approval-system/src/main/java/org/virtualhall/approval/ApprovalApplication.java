package org.virtualhall.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The internal approval system: intake from the gateway, case workflow, e-supervision and the back office. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ApprovalApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApprovalApplication.class, args);
    }
}
