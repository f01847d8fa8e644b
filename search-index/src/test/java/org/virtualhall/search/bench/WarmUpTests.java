package org.virtualhall.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the benches' warm-up counts the rate as settled. */
class WarmUpTests {

    @Test
    void aRateStillClimbingIsNotSettled() {
        assertThat(BenchApi.settled(List.of(308.0, 511.0, 587.0, 641.0, 695.0, 867.0, 921.0, 1139.0))).isFalse();
    }

    @Test
    void threeWindowsWithinFivePercentAfterTheFirstMinuteAreSettled() {
        assertThat(BenchApi.settled(List.of(308.0, 511.0, 587.0, 1139.0, 1188.0, 1170.0))).isTrue();
    }

    @Test
    void anEarlyPlateauIsNotYetSettled() {
        assertThat(BenchApi.settled(List.of(448.0, 636.0, 618.0, 630.0))).isFalse();
    }
}
