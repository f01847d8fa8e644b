package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.ReceivedSequences;
import org.virtualhall.gateway.support.GatewayDatabase;

/** Sequence gaps and repeats, on a real H2 database with the gateway's schema. */
class ReceivedSequencesTests {

    private final JdbcTemplate jdbc = database();
    private final ReceivedSequences received = new ReceivedSequences(jdbc);

    @Test
    void aLostBundleShowsAsMissingUntilItsResendArrives() {
        received.record(Channel.SUBMISSIONS, 1);
        received.record(Channel.SUBMISSIONS, 2);
        received.record(Channel.SUBMISSIONS, 5);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isEqualTo(2);
        assertThat(received.status(Channel.SUBMISSIONS).lastSequence()).isEqualTo(5);
        received.record(Channel.SUBMISSIONS, 3);
        received.record(Channel.SUBMISSIONS, 4);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isZero();
    }

    @Test
    void aRepeatedBundleIsRecognised() {
        assertThat(received.record(Channel.FEEDBACK, 7)).isTrue();
        assertThat(received.record(Channel.FEEDBACK, 7)).isFalse();
    }

    private static JdbcTemplate database() {
        return new JdbcTemplate(GatewayDatabase.fresh());
    }
}
