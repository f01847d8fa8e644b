package org.virtualhall.approval.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.virtualhall.model.calendar.WorkingDayCalendar;

/** The clock and the working-day calendar (限时办结) as beans, so every deadline uses the same ones. */
@Configuration
class TimeConfiguration {

    @Bean
    Clock clock(ApprovalProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.fromClasspath();
    }
}
