package org.virtualhall.model.layout;

/**
 * A straight wall or partition on a floor.
 *
 * @param glass glass partitions are drawn see-through but still block walking
 */
public record Wall(Point from, Point to, double thickness, boolean glass) {
}
