package org.virtualhall.client.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.core.Player;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.layout.Point;

class HallNavigationTests {

    private static Hall hall;
    private static HallNavigation navigation;

    @BeforeAll
    static void loadHall() {
        hall = HallLoader.fromClasspath();
        navigation = new HallNavigation(hall);
    }

    private static Player atEntrance() {
        return new Player(1, hall.layout().entrance(), 0);
    }

    @Test
    void routeToAGroundFloorWindowEndsInFrontOfItsCounter() {
        Window a01 = hall.window("A01").orElseThrow();
        Route route = navigation.plan(atEntrance(), List.of("A01"));

        assertThat(route.legs()).hasSize(1);
        Leg leg = route.legs().get(0);
        assertThat(leg.window()).isEqualTo("A01");
        assertThat(leg.end().distanceTo(navigation.servicePoint(a01))).isLessThan(0.3);
        assertThat(route.length()).isGreaterThan(hall.layout().entrance().distanceTo(a01.position()) - 2);
    }

    @Test
    void everyRouteSegmentStaysOnWalkableGround() {
        for (Window w : hall.windows()) {
            Route route = navigation.plan(atEntrance(), List.of(w.number()));
            for (Leg leg : route.legs()) {
                NavGrid grid = navigation.grid(leg.floor());
                for (int i = 1; i < leg.points().size(); i++) {
                    assertThat(grid.clearLine(leg.points().get(i - 1), leg.points().get(i)))
                            .as("segment %d of the route to %s", i, w.number()).isTrue();
                }
            }
        }
    }

    @Test
    void aSecondFloorWindowIsReachedThroughStairsOrLift() {
        Window upstairs = hall.windows().stream().filter(w -> w.floor() == 2).findFirst().orElseThrow();
        Route route = navigation.plan(atEntrance(), List.of(upstairs.number()));

        assertThat(route.legs()).hasSize(2);
        assertThat(route.legs().get(0).floor()).isEqualTo(1);
        assertThat(route.legs().get(0).toFloor()).isEqualTo(2);
        assertThat(route.legs().get(1).floor()).isEqualTo(2);
        List<String> texts = new ManoeuvreWriter(navigation).write(route).stream().map(Manoeuvre::text).toList();
        assertThat(texts).anyMatch(t -> t.endsWith("上二楼"));
        assertThat(texts.get(texts.size() - 1)).isEqualTo("到达" + upstairs.number() + "窗口");
    }

    @Test
    void aMultiWindowRouteVisitsTheWindowsInOrder() {
        Route route = navigation.plan(atEntrance(), List.of("A03", "D04"));

        assertThat(route.legs()).extracting(Leg::window).containsSubsequence("A03", "D04");
    }

    @Test
    void wallsAndCountersBlockWalking() {
        Window a01 = hall.window("A01").orElseThrow();
        NavGrid grid = navigation.grid(1);

        assertThat(grid.free(a01.position())).isFalse();
        assertThat(grid.free(new Point(0.1, 10))).isFalse();
        assertThat(grid.free(navigation.servicePoint(a01))).isTrue();
    }
}
