package org.virtualhall.client.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.StatusEvent;
import org.virtualhall.client.api.ApiTypes.SubmissionView;

class MyApplicationsStateTests {

    @Test
    void anEventTimeIsShownToTheMinuteInThisComputersZone() {
        Instant at = Instant.parse("2026-11-23T14:16:01.515685Z");
        var local = at.atZone(ZoneId.systemDefault());
        String expected = String.format("%02d-%02d %02d:%02d", local.getMonthValue(), local.getDayOfMonth(),
                local.getHour(), local.getMinute());
        assertThat(ApplicationsView.shortTime("2026-11-23T14:16:01.515685Z")).isEqualTo(expected);
    }

    @Test
    void aNewNoticeIsSpokenOnceAndStatusEventsAreLeftToTheStatusChange() {
        StatusEvent asked = new StatusEvent("2026-11-23T10:00:00Z", "一次性告知补正", "请补交户口簿", "CORRECTION_REQUESTED");
        StatusEvent notice = new StatusEvent("2026-11-23T11:00:05Z", "补正材料未被接收", "材料已留存，待工作人员核实", null);
        SubmissionView before = new SubmissionView("R1", "GA003", "CORRECTION_REQUESTED", List.of(asked));
        SubmissionView now = new SubmissionView("R1", "GA003", "CORRECTION_REQUESTED", List.of(asked, notice));

        assertThat(MyApplicationsState.newNotices("居民身份证补领", before, now))
                .containsExactly("您申请的居民身份证补领：补正材料未被接收。材料已留存，待工作人员核实");
        assertThat(MyApplicationsState.newNotices("居民身份证补领", now, now)).isEmpty();
    }

    @Test
    void aTimeInAnotherShapeIsShownAsItCameAndNoneAsNothing() {
        assertThat(ApplicationsView.shortTime("昨天下午")).isEqualTo("昨天下午");
        assertThat(ApplicationsView.shortTime(null)).isEmpty();
    }
}
