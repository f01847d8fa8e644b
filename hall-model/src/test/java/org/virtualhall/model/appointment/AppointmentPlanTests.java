package org.virtualhall.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The 预约 plan shipped in assets: half-hour slots of the hall's hours, default places, days ahead, open bookings per citizen. */
class AppointmentPlanTests {

    @Test
    void theShippedPlanHasHalfHourSlotsInTheHallsHours() {
        AppointmentPlan plan = AppointmentPlan.fromClasspath();

        assertThat(plan.slots()).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(plan.slots()).last().isEqualTo(LocalTime.of(16, 30));
        assertThat(plan.slots()).allSatisfy(t -> assertThat(t.getMinute() % 30).isZero()).doesNotHaveDuplicates();
        assertThat(plan.hasSlot(LocalTime.of(12, 0))).as("lunch").isFalse();
        assertThat(plan.defaultCapacity()).isPositive();
        assertThat(plan.daysAhead()).isPositive();
        assertThat(plan.openPerCitizen()).isEqualTo(3);
    }
}
