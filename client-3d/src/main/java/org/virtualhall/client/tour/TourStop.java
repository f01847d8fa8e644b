package org.virtualhall.client.tour;

import java.util.ArrayList;
import java.util.List;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.HallNavigation;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.client.nav.NavGrid;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Zone;

/** One stop of the auto-tour: where the camera stands, where it looks, and what is said there. */
record TourStop(Player view, String caption) {

    /** The entrance, then every zone of every floor, looking at the zone's windows. */
    static List<TourStop> of(Hall hall, HallNavigation navigation) {
        List<TourStop> stops = new ArrayList<>();
        stops.add(new TourStop(new Player(1, hall.layout().entrance(), 0),
                "欢迎来到" + hall.info().name() + "，办理时间" + hall.info().hours()));
        for (Floor floor : hall.layout().floors()) {
            for (Zone zone : floor.zones()) {
                List<Window> windows = hall.windows().stream()
                        .filter(w -> w.floor() == floor.level() && zone.id().equals(w.zone())).toList();
                Point look = windows.isEmpty() ? zone.area().centre() : average(windows);
                Point stand = standingPoint(navigation.grid(floor.level()), floor, look);
                stops.add(new TourStop(new Player(floor.level(), stand, Player.headingTowards(stand, look)),
                        "这里是" + ManoeuvreWriter.floorName(floor.level()) + zone.name() + "，" + zone.category()
                                + "，共" + windows.size() + "个窗口"));
            }
        }
        return stops;
    }

    private static Point average(List<Window> windows) {
        double x = windows.stream().mapToDouble(w -> w.position().x()).average().orElse(0);
        double y = windows.stream().mapToDouble(w -> w.position().y()).average().orElse(0);
        return new Point(x, y);
    }

    /** A free spot 60% of the way from the floor's centre towards the windows, so they fill the view. */
    private static Point standingPoint(NavGrid grid, Floor floor, Point look) {
        Point centre = new Point(floor.width() / 2, floor.depth() / 2);
        Point p = new Point(centre.x() + (look.x() - centre.x()) * 0.6, centre.y() + (look.y() - centre.y()) * 0.6);
        int cell = grid.nearestFree(p);
        return grid.centre(cell % grid.columns(), cell / grid.columns());
    }
}
