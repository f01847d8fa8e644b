package org.virtualhall.client.nav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualhall.client.core.Player;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

/** Routes through the whole hall: per-floor grids joined by stairs and lifts, one or several windows. */
public final class HallNavigation {

    /** How far in front of a counter the visitor stands, in metres. */
    public static final double SERVICE_DISTANCE = 1.5;

    private final Hall hall;
    private final Map<Integer, NavGrid> grids = new HashMap<>();
    private final Map<Integer, GridAStar> searches = new HashMap<>();

    public HallNavigation(Hall hall) {
        this.hall = hall;
        for (Floor floor : hall.layout().floors()) {
            NavGrid grid = NavGridBuilder.build(hall, floor);
            grids.put(floor.level(), grid);
            searches.put(floor.level(), new GridAStar(grid));
        }
    }

    public NavGrid grid(int level) {
        return grids.get(level);
    }

    /** Where a visitor stands to be served at a window. */
    public Point servicePoint(Window window) {
        return window.facing().step(window.position(), Window.COUNTER_DEPTH / 2 + SERVICE_DISTANCE);
    }

    /** A route from the visitor to each window in turn. */
    public Route plan(Player from, List<String> windowNumbers) {
        List<Leg> legs = new ArrayList<>();
        int floor = from.floor();
        Point at = from.position();
        for (String number : windowNumbers) {
            Window window = hall.window(number)
                    .orElseThrow(() -> new IllegalArgumentException("no window " + number));
            Point target = servicePoint(window);
            if (window.floor() != floor) {
                Connector via = bestConnector(floor, at, window.floor(), target);
                legs.add(new Leg(floor, path(floor, at, via.access()), window.floor(), via.id(), null));
                floor = window.floor();
                at = via.access();
            }
            legs.add(new Leg(floor, path(floor, at, target), 0, null, number));
            at = target;
        }
        return new Route(windowNumbers, legs);
    }

    private List<Point> path(int floor, Point a, Point b) {
        List<Point> points = searches.get(floor).path(a, b);
        if (points.isEmpty()) {
            throw new IllegalStateException("no way from " + a + " to " + b + " on floor " + floor);
        }
        return points.size() == 1 ? List.of(points.get(0), points.get(0)) : points;
    }

    private Connector bestConnector(int fromFloor, Point a, int toFloor, Point b) {
        return hall.layout().connectors().stream()
                .filter(c -> c.floors().contains(fromFloor) && c.floors().contains(toFloor))
                .min((c1, c2) -> Double.compare(estimate(c1, a, b), estimate(c2, a, b)))
                .orElseThrow(() -> new IllegalStateException("no stairs or lift from floor " + fromFloor
                        + " to floor " + toFloor));
    }

    private static double estimate(Connector c, Point a, Point b) {
        return a.distanceTo(c.access()) + c.access().distanceTo(b);
    }

    public Connector connector(String id) {
        return hall.layout().connectors().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
