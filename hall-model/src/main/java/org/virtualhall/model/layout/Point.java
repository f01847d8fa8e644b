package org.virtualhall.model.layout;

/** A point on a floor plan in metres: x grows east, y grows south, origin at the north-west corner. */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
