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

        String run = o.toString();
        assertThat(o.accepted()).as(run).isEqualTo(300);
        assertThat(o.lost()).as(run).isZero();
        assertThat(o.duplicated()).as(run).isZero();
        assertThat(o.kills()).as(run).isGreaterThanOrEqualTo(3);
        assertThat(o.searches()).as(run).isPositive();
        assertThat(o.searchFailures()).as(run).isZero();
    }
}
