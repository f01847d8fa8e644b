package org.virtualhall.gateway.inner.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A submission the approval system could not take waits longer each time, up to the limit. */
class IntakeQueueReaderTests {

    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void theWaitDoublesWithEveryTryUpToTheLimit() {
        assertThat(IntakeQueueReader.retryDelay(0, FIRST, MAX)).isEqualTo(Duration.ofMillis(500));
        assertThat(IntakeQueueReader.retryDelay(1, FIRST, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(IntakeQueueReader.retryDelay(5, FIRST, MAX)).isEqualTo(Duration.ofSeconds(16));
        assertThat(IntakeQueueReader.retryDelay(6, FIRST, MAX)).isEqualTo(MAX);
        assertThat(IntakeQueueReader.retryDelay(10_000, FIRST, MAX)).isEqualTo(MAX);
    }
}
