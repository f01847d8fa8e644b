package org.virtualhall.client.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.core.Player;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.layout.Point;

class RouteProgressTests {

    private final Hall hall = HallLoader.fromClasspath();
    private final HallNavigation navigation = new HallNavigation(hall);

    @Test
    void remainingDistanceShrinksAlongTheRouteAndArrivalEndsIt() {
        Player start = new Player(1, hall.layout().entrance(), 0);
        Route route = navigation.plan(start, List.of("B01"));
        RouteProgress progress = new RouteProgress(route, new ManoeuvreWriter(navigation).write(route));
        Leg leg = route.legs().get(0);

        double atStart = progress.remaining(start);
        Point middle = leg.points().get(leg.points().size() / 2);
        assertThat(progress.remaining(start.at(middle))).isLessThan(atStart);
        assertThat(progress.offRoute(start.at(middle))).isFalse();

        Manoeuvre arrived = progress.update(start.at(leg.end()));
        assertThat(arrived.text()).isEqualTo("到达B01窗口");
        assertThat(progress.finished()).isTrue();
    }

    @Test
    void leavingTheRouteIsNoticed() {
        Player start = new Player(1, hall.layout().entrance(), 0);
        Route route = navigation.plan(start, List.of("A01"));
        RouteProgress progress = new RouteProgress(route, new ManoeuvreWriter(navigation).write(route));

        assertThat(progress.offRoute(start.at(new Point(60, 20)))).isTrue();
        assertThat(progress.offRoute(new Player(2, hall.layout().entrance(), 0))).isTrue();
    }
}
