package org.virtualhall.model.hall;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Wall;
import org.virtualhall.model.panorama.Hotspot;
import org.virtualhall.model.panorama.PanoramaImage;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * Checks the 点位 with their panoramas: each stands where a person can stand, each hotspot leads somewhere that
 * exists, and (when the photos are at hand) each photo is a 2:1 JPEG.
 */
final class ViewpointChecks {

    /** Half a person's width: a viewpoint closer than this to a wall stands in it. */
    private static final double CLEARANCE = 0.3;

    private final Hall hall;
    private final String file;
    private final Problems problems;
    /** The photo of a viewpoint by its file, or null when the photos are not checked (a publication's hall). */
    private final Function<String, Optional<byte[]>> images;

    ViewpointChecks(Hall hall, String file, Problems problems, Function<String, Optional<byte[]>> images) {
        this.hall = hall;
        this.file = file;
        this.problems = problems;
        this.images = images;
    }

    void run() {
        Set<String> ids = new HashSet<>();
        for (Viewpoint v : hall.viewpoints()) {
            String entry = "viewpoint " + v.id();
            if (!Viewpoint.validId(v.id())) {
                problems.add(file, entry, "id: must be 1 to 40 lower-case letters, digits and '-', starting with a letter or digit");
                continue;
            }
            if (!ids.add(v.id())) {
                problems.add(file, entry, "id: appears twice");
            }
            if (v.heading() < 0 || v.heading() >= 360) {
                problems.add(file, entry, "heading: " + v.heading() + " is not a bearing from 0 to below 360 degrees");
            }
            hall.layout().floor(v.floor()).ifPresentOrElse(
                    floor -> checkPlace(entry, floor, new Point(v.x(), v.y())),
                    () -> problems.add(file, entry, "floor: " + v.floor() + " does not exist"));
            List<Hotspot> hotspots = v.hotspots();
            for (int i = 0; i < hotspots.size(); i++) {
                checkHotspot(entry, v, "hotspots[" + i + "]", hotspots.get(i));
            }
            if (images != null) {
                checkImage(entry, v);
            }
        }
    }

    private void checkPlace(String entry, Floor floor, Point p) {
        if (!floor.outline().contains(p)) {
            problems.add(file, entry, "x, y: (" + p.x() + ", " + p.y() + ") is outside floor " + floor.level()
                    + " (" + floor.width() + " × " + floor.depth() + " m)");
            return;
        }
        for (Wall wall : floor.walls()) {
            if (distance(p, wall.from(), wall.to()) < wall.thickness() / 2 + CLEARANCE) {
                problems.add(file, entry, "x, y: (" + p.x() + ", " + p.y() + ") is inside the wall from "
                        + wall.from() + " to " + wall.to());
            }
        }
        for (Fixture f : floor.fixtures()) {
            if (f.solid() && f.area() != null && f.area().contains(p)) {
                problems.add(file, entry, "x, y: (" + p.x() + ", " + p.y() + ") is inside fixture " + f.id());
            }
        }
        for (Window w : hall.windows()) {
            if (w.floor() == floor.level() && w.position() != null && w.facing() != null
                    && LayoutChecks.counter(w).contains(p)) {
                problems.add(file, entry, "x, y: (" + p.x() + ", " + p.y() + ") is inside the counter of window " + w.number());
            }
        }
        hall.layout().connectors().stream()
                .filter(c -> c.floors().contains(floor.level()) && c.area() != null && c.area().contains(p))
                .forEach(c -> problems.add(file, entry, "x, y: (" + p.x() + ", " + p.y() + ") is inside connector " + c.id()));
    }

    private void checkHotspot(String entry, Viewpoint v, String at, Hotspot h) {
        if (h.yaw() < -180 || h.yaw() > 180) {
            problems.add(file, entry, at + ".yaw: " + h.yaw() + " is not between -180 and 180 degrees");
        }
        if (h.pitch() < -90 || h.pitch() > 90) {
            problems.add(file, entry, at + ".pitch: " + h.pitch() + " is not between -90 and 90 degrees");
        }
        if (h.kind() == null) {
            problems.add(file, entry, at + ".kind: is missing (WINDOW, VIEWPOINT or NOTICE)");
            return;
        }
        switch (h.kind()) {
            case WINDOW -> {
                if (h.target() == null || hall.window(h.target()).isEmpty()) {
                    problems.add(file, entry, at + ".target: window " + h.target() + " does not exist");
                }
            }
            case VIEWPOINT -> {
                if (h.target() == null || hall.viewpoint(h.target()).isEmpty()) {
                    problems.add(file, entry, at + ".target: viewpoint " + h.target() + " does not exist");
                } else if (h.target().equals(v.id())) {
                    problems.add(file, entry, at + ".target: a viewpoint cannot lead to itself");
                }
            }
            case NOTICE -> problems.requireText(file, entry, at + ".label", h.label());
        }
    }

    private void checkImage(String entry, Viewpoint v) {
        Optional<byte[]> bytes = images.apply(v.file());
        if (bytes.isEmpty()) {
            problems.add(file, entry, "panorama: the photo " + v.file() + " does not exist");
            return;
        }
        PanoramaImage.problem(bytes.get()).ifPresent(p -> problems.add(file, entry, "panorama: " + v.file() + ": " + p));
    }

    /** Distance from a point to the segment from a to b. */
    static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
