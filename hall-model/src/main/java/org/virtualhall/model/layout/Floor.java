package org.virtualhall.model.layout;

import java.util.List;

/**
 * One floor of the hall: its outline is the rectangle from (0,0) to (width, depth).
 *
 * @param level  1 for the ground floor
 * @param name   how people call it, e.g. 一楼
 * @param height ceiling height in metres
 */
public record Floor(int level, String name, double width, double depth, double height,
                    List<Wall> walls, List<Zone> zones, List<Fixture> fixtures) {

    public Floor {
        walls = walls == null ? List.of() : List.copyOf(walls);
        zones = zones == null ? List.of() : List.copyOf(zones);
        fixtures = fixtures == null ? List.of() : List.copyOf(fixtures);
    }

    public Rect outline() {
        return new Rect(0, 0, width, depth);
    }
}
