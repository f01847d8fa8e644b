package org.virtualhall.gateway.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.virtualhall.gateway.gap.bundle.BundleName;
import org.virtualhall.gateway.gap.bundle.Channel;
import org.virtualhall.gateway.gap.receive.ReceivedSequences;
import org.virtualhall.gateway.support.GatewayDatabase;

/** Sequence gaps and repeats, per sender, on a real H2 database with the gateway's schema. */
class ReceivedSequencesTests {

    private final JdbcTemplate jdbc = database();
    private final ReceivedSequences received = new ReceivedSequences(jdbc);

    @Test
    void aLostBundleShowsAsMissingUntilItsResendArrives() {
        record("", 1, 2, 5);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isEqualTo(2);
        assertThat(received.status(Channel.SUBMISSIONS).lastSequence()).isEqualTo(5);
        record("", 3, 4);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isZero();
    }

    @Test
    void eachSenderIsAStreamOfItsOwnSoTwoInstancesLeaveNoGapBetweenThem() {
        record("a", 1, 2, 3);
        record("b", 1, 2);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isZero();
        assertThat(received.status(Channel.SUBMISSIONS).lastSequence()).isEqualTo(3);

        record("b", 4);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isEqualTo(1);
        record("b", 3);
        assertThat(received.status(Channel.SUBMISSIONS).missing()).isZero();
    }

    @Test
    void aRepeatedBundleIsRecognisedPerSender() {
        assertThat(received.record(new BundleName(Channel.FEEDBACK, "", 7))).isTrue();
        assertThat(received.record(new BundleName(Channel.FEEDBACK, "", 7))).isFalse();
        assertThat(received.record(new BundleName(Channel.FEEDBACK, "b", 7))).isTrue();
    }

    private void record(String sender, long... sequences) {
        for (long sequence : sequences) {
            received.record(new BundleName(Channel.SUBMISSIONS, sender, sequence));
        }
    }

    private static JdbcTemplate database() {
        return new JdbcTemplate(GatewayDatabase.fresh());
    }
}
