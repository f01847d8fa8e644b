package org.virtualhall.client.nav;

import java.util.List;
import org.virtualhall.model.layout.Point;

/**
 * One stretch of a route on one floor.
 *
 * @param points  corners from start to end, at least two
 * @param toFloor the floor reached by the stairs or lift at the end, or 0 when the leg ends at a window
 * @param via     the stairs or lift taken at the end (null when the leg ends at a window)
 * @param window  the window reached at the end (null when the leg ends at stairs or lift)
 */
public record Leg(int floor, List<Point> points, int toFloor, String via, String window) {

    public Leg {
        points = List.copyOf(points);
    }

    public double length() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distanceTo(points.get(i));
        }
        return sum;
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
