package org.virtualhall.gateway.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that runs outer, ferry and inner on the test hall, with the approval system played by its double, once
 * for all its tests: a citizen's client of the outer hall API and the inner role's management client.
 */
public abstract class AcrossTheGap {

    @TempDir
    protected static Path home;
    protected static GatewayCluster cluster;
    protected static HallClient citizen;
    protected static HallClient inner;

    @BeforeAll
    static void startTheGateway() throws Exception {
        cluster = new GatewayCluster(home).startWithTestHall();
        citizen = cluster.citizenClient();
        inner = cluster.innerClient();
    }

    @AfterAll
    static void stopTheGateway() {
        cluster.close();
    }
}
