package org.virtualhall.model.layout;

import java.util.List;

/**
 * Stairs or a lift: the same footprint on every floor it serves.
 *
 * @param floors the levels it connects, at least two
 * @param access where people step on and off, just outside the footprint
 */
public record Connector(String id, ConnectorKind kind, Rect area, List<Integer> floors, Point access) {

    public Connector {
        floors = floors == null ? List.of() : List.copyOf(floors);
    }
}
