package org.virtualhall.gateway.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short topology run ({@code ./hall bench topology --quick}): nothing lost, nothing twice, with every kill. */
class TopologyQuickTests {

    @TempDir
    Path home;

    @Test
    void submissionsThroughTheClustersWhilePartsGoDownAreEachOneCase() throws Exception {
        TopologyRun.Outcome o = new TopologyRun(300).run(home);

        assertThat(o.accepted()).isEqualTo(300);
        assertThat(o.lost()).isZero();
        assertThat(o.duplicated()).isZero();
        assertThat(o.kills()).isGreaterThanOrEqualTo(3);
        assertThat(o.searches()).isPositive();
        assertThat(o.searchFailures()).as("searches that failed, of " + o.searches()).isZero();
    }
}
