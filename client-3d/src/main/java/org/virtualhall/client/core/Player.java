package org.virtualhall.client.core;

import org.virtualhall.model.layout.Point;

/**
 * Where the visitor is: floor, position on the plan and heading.
 *
 * @param heading radians, 0 = facing north (−y on the plan), growing clockwise (east = π/2)
 */
public record Player(int floor, Point position, double heading) {

    public Player at(Point p) {
        return new Player(floor, p, heading);
    }

    public Player turnedTo(double newHeading) {
        return new Player(floor, position, newHeading);
    }

    /** Heading that looks from one plan point towards another. */
    public static double headingTowards(Point from, Point to) {
        return Math.atan2(to.x() - from.x(), -(to.y() - from.y()));
    }
}
