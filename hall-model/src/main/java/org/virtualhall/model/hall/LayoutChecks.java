package org.virtualhall.model.hall;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Rect;
import org.virtualhall.model.layout.Zone;

/** Checks that floors, zones, furniture, stairs and windows fit together on the plan. */
final class LayoutChecks {

    private static final Pattern WINDOW_NUMBER = Pattern.compile("[A-Z]\\d{2}");

    private final Hall hall;
    private final HallManifest manifest;
    private final Problems problems;

    LayoutChecks(Hall hall, HallManifest manifest, Problems problems) {
        this.hall = hall;
        this.manifest = manifest;
        this.problems = problems;
    }

    void run() {
        checkFloors();
        checkConnectors();
        checkWindows();
    }

    private void checkFloors() {
        String file = manifest.layout();
        Set<Integer> levels = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Floor floor : hall.layout().floors()) {
            String entry = "floor " + floor.level();
            if (!levels.add(floor.level())) {
                problems.add(file, entry, "the level appears twice");
            }
            if (floor.width() <= 0 || floor.depth() <= 0 || floor.height() <= 0) {
                problems.add(file, entry, "width, depth and height must be positive");
            }
            for (Zone zone : floor.zones()) {
                requireUnique(file, ids, "zone " + zone.id());
                requireInside(file, entry + " zone " + zone.id(), floor, zone.area());
            }
            for (Fixture fixture : floor.fixtures()) {
                requireUnique(file, ids, "fixture " + fixture.id());
                problems.require(file, "fixture " + fixture.id(), "kind", fixture.kind());
                requireInside(file, entry + " fixture " + fixture.id(), floor, fixture.area());
            }
        }
        if (hall.layout().floor(1).isEmpty()) {
            problems.add(file, "floors", "there is no ground floor (level 1)");
        } else if (hall.layout().entrance() == null
                || !hall.layout().floor(1).get().outline().contains(hall.layout().entrance())) {
            problems.add(file, "entrance", "the entrance must be a point on the ground floor");
        }
    }

    private void checkConnectors() {
        String file = manifest.layout();
        for (Connector c : hall.layout().connectors()) {
            String entry = "connector " + c.id();
            if (c.floors().size() < 2) {
                problems.add(file, entry, "stairs and lifts must connect at least two floors");
            }
            for (int level : c.floors()) {
                hall.layout().floor(level).ifPresentOrElse(
                        floor -> requireInside(file, entry, floor, c.area()),
                        () -> problems.add(file, entry, "floor " + level + " does not exist"));
            }
        }
        if (hall.layout().floors().size() > 1 && hall.layout().connectors().isEmpty()) {
            problems.add(file, "connectors", "a hall with several floors needs stairs or a lift");
        }
    }

    private void checkWindows() {
        String file = manifest.windows();
        Set<String> numbers = new HashSet<>();
        List<Window> windows = hall.windows();
        for (Window w : windows) {
            String entry = "window " + w.number();
            if (w.number() == null || !WINDOW_NUMBER.matcher(w.number()).matches()) {
                problems.add(file, entry, "the number must be a zone letter and two digits, like A12");
                continue;
            }
            if (!numbers.add(w.number())) {
                problems.add(file, entry, "the number appears twice");
            }
            problems.requireText(file, entry, "sign", w.sign());
            problems.require(file, entry, "kind", w.kind());
            problems.require(file, entry, "facing", w.facing());
            problems.require(file, entry, "attendance", w.attendance());
            problems.require(file, entry, "position", w.position());
            if (hall.department(w.department()).isEmpty()) {
                problems.add(file, entry, "department " + w.department() + " does not exist");
            }
            hall.layout().floor(w.floor()).ifPresentOrElse(
                    floor -> checkPlacement(file, entry, floor, w),
                    () -> problems.add(file, entry, "floor " + w.floor() + " does not exist"));
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                Window a = windows.get(i);
                Window b = windows.get(j);
                if (a.floor() == b.floor() && a.position() != null && b.position() != null
                        && counter(a).overlaps(counter(b))) {
                    problems.add(file, "window " + a.number(), "its counter overlaps window " + b.number());
                }
            }
        }
    }

    private void checkPlacement(String file, String entry, Floor floor, Window w) {
        if (w.position() == null || w.facing() == null) {
            return;
        }
        requireInside(file, entry, floor, counter(w));
        Zone zone = floor.zones().stream().filter(z -> z.id().equals(w.zone())).findFirst().orElse(null);
        if (zone == null) {
            problems.add(file, entry, "zone " + w.zone() + " is not on floor " + floor.level());
        } else if (!w.number().startsWith(zone.id())) {
            problems.add(file, entry, "a window in zone " + zone.id() + " must have a number starting with " + zone.id());
        } else if (!zone.area().contains(w.position())) {
            problems.add(file, entry, "position " + w.position() + " is outside zone " + zone.id());
        }
        for (Fixture f : floor.fixtures()) {
            if (f.solid() && f.area().overlaps(counter(w))) {
                problems.add(file, entry, "its counter overlaps fixture " + f.id());
            }
        }
    }

    /** The counter's footprint: wide along the facing side, shallow across it. */
    static Rect counter(Window w) {
        return w.facing().alongX()
                ? Rect.around(w.position(), Window.COUNTER_WIDTH, Window.COUNTER_DEPTH)
                : Rect.around(w.position(), Window.COUNTER_DEPTH, Window.COUNTER_WIDTH);
    }

    private void requireInside(String file, String entry, Floor floor, Rect area) {
        if (area == null) {
            problems.add(file, entry, "area is missing");
        } else if (!floor.outline().contains(area)) {
            problems.add(file, entry, area + " is outside floor " + floor.level()
                    + " (" + floor.width() + " × " + floor.depth() + " m)");
        }
    }

    private void requireUnique(String file, Set<String> seen, String id) {
        if (!seen.add(id)) {
            problems.add(file, id, "the id appears twice");
        }
    }
}
