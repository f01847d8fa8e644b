package org.virtualhall.gateway.inner.monitor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.gateway.inner.InnerRefusal;
import org.virtualhall.gateway.support.Applicants;
import org.virtualhall.gateway.support.InnerSettings;
import org.virtualhall.gateway.support.MutableClock;
import org.virtualhall.model.submission.Submission;

class BehaviourMonitorTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final BehaviourMonitor monitor = new BehaviourMonitor(clock,
            InnerSettings.of("http://x", 100));

    @Test
    void theThirtiethSubmissionOfOneIdWithinAMinuteIsHeld() {
        for (int i = 1; i < 30; i++) {
            assertThatCode(() -> monitor.check(submission(1))).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> monitor.check(submission(1))).isInstanceOf(InnerRefusal.class)
                .hasMessageContaining("第30次").extracting(e -> ((InnerRefusal) e).kind()).isEqualTo(InnerRefusal.HELD);
        assertThatCode(() -> monitor.check(submission(2))).doesNotThrowAnyException();
    }

    @Test
    void aMinuteLaterTheSameIdMaySubmitAgain() {
        for (int i = 1; i < 30; i++) {
            monitor.check(submission(3));
        }
        clock.advance(Duration.ofSeconds(61));
        assertThatCode(() -> monitor.check(submission(3))).doesNotThrowAnyException();
    }

    private static Submission submission(int who) {
        return new Submission("R" + who, "ZW901", Applicants.applicant(who), Map.of(), List.of(), Instant.now(), "kiosk-" + who);
    }
}
