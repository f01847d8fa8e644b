package org.virtualhall.model.layout;

import java.util.List;
import java.util.Optional;

/**
 * The physical hall: floors with walls, zones and furniture, and the stairs and lifts between them.
 * Windows are placed on it by {@link org.virtualhall.model.catalog.Window}.
 *
 * @param entrance where a visitor appears on the ground floor, facing into the hall
 */
public record HallLayout(List<Floor> floors, List<Connector> connectors, Point entrance, Facing entranceFacing) {

    public HallLayout {
        floors = floors == null ? List.of() : List.copyOf(floors);
        connectors = connectors == null ? List.of() : List.copyOf(connectors);
    }

    public Optional<Floor> floor(int level) {
        return floors.stream().filter(f -> f.level() == level).findFirst();
    }
}
