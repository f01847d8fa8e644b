package org.virtualhall.client.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MyApplicationsStateTests {

    @Test
    void anEventTimeIsShownToTheMinuteInThisComputersZone() {
        Instant at = Instant.parse("2026-11-23T14:16:01.515685Z");
        var local = at.atZone(ZoneId.systemDefault());
        String expected = String.format("%02d-%02d %02d:%02d", local.getMonthValue(), local.getDayOfMonth(),
                local.getHour(), local.getMinute());
        assertThat(MyApplicationsState.shortTime("2026-11-23T14:16:01.515685Z")).isEqualTo(expected);
    }

    @Test
    void aTimeInAnotherShapeIsShownAsItCameAndNoneAsNothing() {
        assertThat(MyApplicationsState.shortTime("昨天下午")).isEqualTo("昨天下午");
        assertThat(MyApplicationsState.shortTime(null)).isEmpty();
    }
}
