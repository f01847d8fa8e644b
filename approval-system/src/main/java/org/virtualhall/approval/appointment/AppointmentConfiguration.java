package org.virtualhall.approval.appointment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.virtualhall.model.appointment.AppointmentPlan;

/** The 预约 plan from assets: slots, default places, days ahead. */
@Configuration
class AppointmentConfiguration {

    @Bean
    AppointmentPlan appointmentPlan() {
        return AppointmentPlan.fromClasspath();
    }
}
