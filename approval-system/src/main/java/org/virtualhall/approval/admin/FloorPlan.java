package org.virtualhall.approval.admin;

import java.util.List;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.HallLayout;
import org.virtualhall.model.layout.Zone;

/**
 * A floor drawn in the page as SVG, in metres (the viewBox is the floor's outline), with its zones and
 * the counters on it; clicking the plan puts the edited window there.
 */
public record FloorPlan(int level, String name, double width, double depth, List<Zone> zones, List<Window> windows) {

    public static final double COUNTER_WIDTH = Window.COUNTER_WIDTH;
    public static final double COUNTER_DEPTH = Window.COUNTER_DEPTH;

    static List<FloorPlan> of(HallLayout layout, List<Window> windows) {
        return layout.floors().stream().map(f -> plan(f, windows)).toList();
    }

    private static FloorPlan plan(Floor f, List<Window> windows) {
        return new FloorPlan(f.level(), f.name(), f.width(), f.depth(), f.zones(),
                windows.stream().filter(w -> w.floor() == f.level()).toList());
    }

    public String viewBox() {
        return "-1 -1 " + (width + 2) + " " + (depth + 2);
    }
}
