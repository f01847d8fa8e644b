package org.virtualhall.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

    @Test
    void holidaysAreOffAndAdjustedWeekendsAreOn() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("国庆节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).as("春节, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).as("an ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void aDeadlineSkipsTheNationalDayWeek() {
        // Accepted on Wednesday 30 September 2026: 1 working day later is Thursday 8 October.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // 5 working days: 8, 9, 10 (Saturday, 调休), 12, 13 October.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void aPromiseOf20DaysOverSpringFestivalEndsInMarch() {
        // Accepted Friday 6 Feb 2026; 14 Feb (Saturday) works, 15–23 Feb are off, 28 Feb (Saturday) works.
        LocalDate deadline = calendar.addWorkingDays(LocalDate.of(2026, 2, 6), 20);
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 6), deadline)).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(deadline, LocalDate.of(2026, 2, 6))).isEqualTo(-20);
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void yearsWithoutDataCountWeekendsOnly() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.covers(2030)).isFalse();
        // 1 October 2030 is a Tuesday; with no holiday data it counts as a working day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isTrue();
    }

    @Test
    void refusesNegativeDaysAndBackwardsHolidays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .hasMessageContaining("must not be negative");
        String broken = "- {year: 2026, source: test, holidays: [{name: 国庆节, from: 2026-10-07, to: 2026-10-01}]}";
        assertThatThrownBy(() -> WorkingDayCalendar.load(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("2026 国庆节: 'to' is before 'from'");
    }

    @Test
    void anExtraYearCanBeAddedAsData() {
        WorkingDayCalendar custom = new WorkingDayCalendar(List.of(new HolidayYear(2030, "test",
                List.of(new HolidayYear.Holiday("国庆节", LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7))),
                List.of(LocalDate.of(2030, 9, 29)))));
        assertThat(custom.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
        assertThat(custom.isWorkingDay(LocalDate.of(2030, 9, 29))).isTrue();
    }
}
