package org.virtualhall.launch.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void aFreePortCanBeBoundOnTheLoopbackAndIsNoneOfTheFixedOnes() throws Exception {
        int port = FreePorts.next();

        assertThat(port).isNotIn(8080, 8081, 8082, 8090, 9200).isPositive();
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
