package org.virtualhall.client.nav;

import org.virtualhall.client.scene.CounterShape;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Wall;

/** What blocks walking on a floor: walls, counters, solid furniture, and the stairs and lift shafts. */
final class NavGridBuilder {

    private NavGridBuilder() {
    }

    static NavGrid build(Hall hall, Floor floor) {
        NavGrid grid = new NavGrid(floor.width(), floor.depth());
        for (Wall wall : floor.walls()) {
            grid.blockSegment(wall.from(), wall.to(), wall.thickness());
        }
        hall.windows().stream()
                .filter(w -> w.floor() == floor.level())
                .forEach(w -> grid.blockRect(CounterShape.footprint(w)));
        floor.fixtures().stream().filter(Fixture::solid).forEach(f -> grid.blockRect(f.area()));
        for (Connector c : hall.layout().connectors()) {
            if (c.floors().contains(floor.level())) {
                grid.blockRect(c.area());
            }
        }
        return grid;
    }
}
