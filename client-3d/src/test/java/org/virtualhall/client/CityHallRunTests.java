package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.model.hall.CityHall;
import org.virtualhall.model.hall.Hall;

/**
 * The generated city hall (five floors, 300 windows, 2,000 items) given with {@code --hall-data}: it is built, a route
 * from the entrance to the top floor is planned, and a citizen follows it by lift to a window there and reads its whole
 * list.
 */
class CityHallRunTests extends OnXvfb {

    @Test
    void theCityHallIsBuiltFromItsDataFolderAndWalkedToTheTopFloor() throws Exception {
        Hall city = CityHall.write(dir.resolve("city-hall"), CityHall.DEFAULT_ITEMS);
        String script = """
                frames 3
                bench-routes 20
                route J26
                checkpoint planned
                walk-route
                open J26
                frames 3
                screenshot city-window
                checkpoint arrived
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("run"), script, Map.of(), "--no-audio",
                "--hall-data", dir.resolve("city-hall").toString());

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode planned = run.checkpoint("planned").path("facts");
        assertThat(planned.path("route.length").asDouble()).as("entrance to the lift, and on the fifth floor").isGreaterThan(40);
        assertThat(planned.path("route.p99Ms").asDouble()).isPositive();
        JsonNode arrived = run.checkpoint("arrived");
        assertThat(arrived.path("floor").asInt()).isEqualTo(5);
        assertThat(arrived.path("facts").path("route.arrived").asText()).isEqualTo("J26");
        assertThat(arrived.path("facts").path("panel.rows").asInt()).as("every item of the window in its list")
                .isEqualTo(city.itemsAt("J26").size()).isPositive();
        assertThat(ClientRun.captions(arrived.path("facts"))).contains("乘电梯上五楼", "到达J26窗口")
                .anyMatch(c -> c.contains("青溪市政务服务中心"));
    }
}
