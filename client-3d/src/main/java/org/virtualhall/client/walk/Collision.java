package org.virtualhall.client.walk;

import org.virtualhall.client.nav.NavGrid;
import org.virtualhall.model.layout.Point;

/** Moves a point by a step on a floor's walkable grid, sliding along walls and counters instead of stopping. */
public final class Collision {

    private Collision() {
    }

    public static Point move(NavGrid grid, Point from, double dx, double dy) {
        Point both = new Point(from.x() + dx, from.y() + dy);
        if (grid.free(both)) {
            return both;
        }
        Point alongX = new Point(from.x() + dx, from.y());
        if (grid.free(alongX)) {
            return alongX;
        }
        Point alongY = new Point(from.x(), from.y() + dy);
        return grid.free(alongY) ? alongY : from;
    }
}
