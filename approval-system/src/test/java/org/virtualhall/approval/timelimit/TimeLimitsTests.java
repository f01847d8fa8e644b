package org.virtualhall.approval.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.virtualhall.approval.cases.CaseRecord;
import org.virtualhall.approval.cases.CaseRecord.TimeLimit;
import org.virtualhall.approval.cases.CaseState;
import org.virtualhall.approval.system.ApprovalProperties;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.catalog.CaseType;

/** 限时办结 with the 2026 holiday arrangement shipped in assets (国庆 10-01..10-07, 调休 workday 10-10). */
class TimeLimitsTests {

    private final TimeLimits limits = new TimeLimits(WorkingDayCalendar.fromClasspath(),
            new ApprovalProperties(null, ZoneId.of("Asia/Shanghai"), null, null,
                    new ApprovalProperties.Supervision(0.8), null, null));

    @Test
    void deadlineSkipsTheNationalHolidayAndCountsTheAdjustedSaturday() {
        TimeLimit limit = limits.start(LocalDate.of(2026, 9, 30), 5);
        // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班), 10-12 Mon, 10-13 Tue
        assertThat(limit.deadline()).isEqualTo(LocalDate.of(2026, 10, 13));
        // ceil(5 × 0.8) = 4 working days: 10-12
        assertThat(limit.warnOn()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void onTheSpotCaseIsDueTheSameDay() {
        TimeLimit limit = limits.start(LocalDate.of(2026, 3, 2), 0);
        assertThat(limit.deadline()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(light(limit, LocalDate.of(2026, 3, 2))).isEqualTo(Light.GREEN);
        assertThat(light(limit, LocalDate.of(2026, 3, 3))).isEqualTo(Light.RED);
    }

    @Test
    void waitingForACorrectionDoesNotCountAgainstTheHall() {
        TimeLimit limit = limits.start(LocalDate.of(2026, 9, 30), 5);
        TimeLimit paused = limits.pause(limit, LocalDate.of(2026, 10, 8));
        assertThat(light(paused, LocalDate.of(2026, 11, 30))).isEqualTo(Light.PAUSED);

        // waited 10-09, 10-10 and 10-12: three working days more
        TimeLimit resumed = limits.resume(paused, LocalDate.of(2026, 10, 12));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.deadline()).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void extensionAddsWorkingDaysAndIsRemembered() {
        TimeLimit limit = limits.extend(limits.start(LocalDate.of(2026, 4, 30), 1), 3);
        // 04-30 + 1 = 05-06 (劳动节 05-01..05-05); + 3 = 05-07, 05-08, 05-09 (调休 Saturday)
        assertThat(limit.deadline()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(limit.extensionDays()).isEqualTo(3);
    }

    @Test
    void lightIsYellowOnceMostOfTheTimeIsUsedAndRedAfterTheDeadline() {
        TimeLimit limit = limits.start(LocalDate.of(2026, 3, 2), 10);
        assertThat(light(limit, LocalDate.of(2026, 3, 3))).isEqualTo(Light.GREEN);
        assertThat(light(limit, limit.warnOn().minusDays(1))).isEqualTo(Light.GREEN);
        assertThat(light(limit, limit.warnOn())).isEqualTo(Light.YELLOW);
        assertThat(light(limit, limit.deadline())).isEqualTo(Light.YELLOW);
        assertThat(light(limit, limit.deadline().plusDays(1))).isEqualTo(Light.RED);
        assertThat(limits.onTime(limit, limit.deadline())).isTrue();
        assertThat(limits.onTime(limit, limit.deadline().plusDays(1))).isFalse();
    }

    private Light light(TimeLimit limit, LocalDate day) {
        CaseRecord c = new CaseRecord(1, "R", "GA003", "QXSP-0001-003", "GA", "A03", "330199000000", CaseType.PROMISED,
                limit.paused() ? CaseState.CORRECTION : CaseState.ACCEPTED, new CaseRecord.Applicant("张三", "x", "y"),
                "{}", "test", Instant.EPOCH, Instant.EPOCH, limit, false, false, null, null, null, null, 0);
        return limits.light(c, day);
    }
}
