package org.virtualhall.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualhall.gateway.support.ChaosRun;

/**
 * The small reliability run (the full 5,000-submission one is {@code ./hall bench gateway-chaos}): the three roles
 * as separate processes; the ferry drops and corrupts 2% of the files and delivers some twice and late; outer,
 * ferry and inner are each killed with -9 mid-run and started again. Afterwards every accepted receipt is in the
 * approval system exactly once, with its 装载 in the inner audit and its 已送达 on the citizen's timeline (a kill
 * between an ack or a broker commit and H2's write of the rows behind it lost them), and every refused submission got
 * a reason.
 */
class KillDropCorruptTests {

    private static final int SUBMISSIONS = 300;

    @TempDir
    Path home;

    @Test
    void everyAcceptedSubmissionArrivesExactlyOnceDespiteKillsAndLineFaults() throws Exception {
        ChaosRun.Outcome o = new ChaosRun(SUBMISSIONS, 1, 4, 42).run(home);

        System.out.printf("kill/drop/corrupt run: %d accepted, %d refused with a reason, %d cases in approval, "
                        + "%d duplicate creations, %d repeated intakes answered 200, %d without 装载 audit, "
                        + "%d without 已送达, %d kills, ferry %s%n",
                o.accepted(), o.refusedWithReason(), o.cases(), o.duplicateCreations(), o.repeatedIntakes(),
                o.casesWithoutAudit(), o.casesWithoutDelivered(), o.kills(), o.ferry());
        assertThat(o.accepted()).isEqualTo(SUBMISSIONS);
        assertThat(o.acceptedMissing()).isZero();
        assertThat(o.duplicateCreations()).isZero();
        assertThat(o.casesWithoutAudit()).as("cases whose 装载 the inner audit lost").isZero();
        assertThat(o.casesWithoutDelivered()).as("cases whose 已送达 the citizen's timeline lost").isZero();
        assertThat(o.cases()).as("cases: a citizen's repeat after a lost answer makes no second application")
                .isEqualTo(o.accepted());
        assertThat(o.kills()).isEqualTo(3);
        assertThat(o.refused()).isEqualTo(SUBMISSIONS / 10);
        assertThat(o.refusedWithReason()).isEqualTo(o.refused());
    }
}
