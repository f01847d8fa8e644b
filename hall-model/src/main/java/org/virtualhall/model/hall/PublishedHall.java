package org.virtualhall.model.hall;

import java.util.List;
import org.virtualhall.model.catalog.Department;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Staff;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * The body of {@code GET /api/hall} (docs/api.md) and of a catalog publication crossing the gap:
 * the version, the building with its windows placed, the catalog, and the 点位 with their panoramas (the photos
 * themselves travel beside it, each in its own envelope).
 */
public record PublishedHall(String version, Building hall, List<Department> departments,
                            List<Window> windows, List<Staff> staff, List<Item> items, List<Viewpoint> viewpoints) {

    public PublishedHall {
        viewpoints = viewpoints == null ? List.of() : List.copyOf(viewpoints);
    }

    /** The building as published: facts, floors, stairs and lifts, entrance, and the windows on it. */
    public record Building(HallInfo info, List<Floor> floors, List<Connector> connectors, Point entrance,
                           Facing entranceFacing, List<Window> windows) {
    }

    public static PublishedHall of(Hall hall) {
        HallLayout layout = hall.layout();
        Building building = new Building(hall.info(), layout.floors(), layout.connectors(), layout.entrance(),
                layout.entranceFacing(), hall.windows());
        return new PublishedHall(hall.version(), building, hall.departments(), hall.windows(), hall.staff(),
                hall.items(), hall.viewpoints());
    }

    /** Back to a hall, checked like one loaded from files; throws {@link HallDataException} when broken. */
    public Hall toHall() {
        HallLayout layout = new HallLayout(hall.floors(), hall.connectors(), hall.entrance(), hall.entranceFacing());
        return HallLoader.check(new Hall(hall.info(), version, layout, departments, windows, staff, items, viewpoints));
    }
}
