package org.virtualhall.client.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.client.kiosk.IdleClock.Due;

class IdleClockTests {

    @Test
    void theTourComesOnceAfterItsTimeAndTheResetAfterItsOwn() {
        IdleClock clock = new IdleClock(60, 120);

        assertThat(clock.advance(59)).isEqualTo(Due.NOTHING);
        assertThat(clock.advance(1)).isEqualTo(Due.TOUR);
        assertThat(clock.advance(30)).isEqualTo(Due.NOTHING);
        assertThat(clock.advance(29)).isEqualTo(Due.NOTHING);
        assertThat(clock.advance(1)).isEqualTo(Due.RESET);
        assertThat(clock.idleSeconds()).isZero();
        assertThat(clock.advance(60)).as("the next idle spell tours again").isEqualTo(Due.TOUR);
    }

    @Test
    void anyInputStartsTheIdleTimeAgain() {
        IdleClock clock = new IdleClock(60, 120);
        clock.advance(100);

        clock.activity();

        assertThat(clock.idleSeconds()).isZero();
        assertThat(clock.advance(59)).isEqualTo(Due.NOTHING);
        assertThat(clock.advance(1)).isEqualTo(Due.TOUR);
    }

    @Test
    void oneLongStepPastBothTimesResets() {
        assertThat(new IdleClock(60, 120).advance(500)).isEqualTo(Due.RESET);
    }
}
