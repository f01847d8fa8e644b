package org.virtualhall.gateway.outer.appointment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.virtualhall.model.appointment.AppointmentPlan;
import org.virtualhall.model.calendar.WorkingDayCalendar;

/** 预约 outside: the plan and the holidays from assets, and the booking ledger on the outer database. */
@Configuration
@Profile("outer")
class AppointmentConfiguration {

    @Bean
    AppointmentPlan appointmentPlan() {
        return AppointmentPlan.fromClasspath();
    }

    @Bean
    WorkingDayCalendar appointmentCalendar() {
        return WorkingDayCalendar.fromClasspath();
    }

    @Bean
    AppointmentBook appointmentBook(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppointmentPlan plan) {
        return new AppointmentBook(jdbc, transactions, plan);
    }
}
