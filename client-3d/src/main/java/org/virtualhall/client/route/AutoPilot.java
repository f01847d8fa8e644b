package org.virtualhall.client.route;

import org.virtualhall.client.core.ClientModel;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.Leg;
import org.virtualhall.client.nav.RouteProgress;
import org.virtualhall.client.walk.WalkState;
import org.virtualhall.model.layout.Point;

/**
 * Walks the visitor along the active route at walking pace, turning towards each corner and taking the
 * stairs or lift at the end of a leg: what a scripted run and the auto-tour use instead of keys.
 */
public final class AutoPilot {

    private static final double SPEED = 2.2;
    private static final double TURN_RATE = 4.0;

    private final ClientModel model;
    private final RouteState route;
    private final WalkState walk;

    public AutoPilot(ClientModel model, RouteState route, WalkState walk) {
        this.model = model;
        this.route = route;
        this.walk = walk;
    }

    /** Advances one frame; true when there is no route left to walk. */
    public boolean advance(float tpf) {
        RouteProgress progress = route.progress();
        if (progress == null || progress.finished()) {
            return true;
        }
        Leg leg = progress.currentLeg();
        Player p = model.player();
        if (leg.floor() != p.floor()) {
            return false;
        }
        Point target = nextCorner(leg, p.position());
        if (target == null) {
            walk.changeFloor(leg.toFloor() - leg.floor());
            return false;
        }
        double wanted = Player.headingTowards(p.position(), target);
        double delta = Math.atan2(Math.sin(wanted - p.heading()), Math.cos(wanted - p.heading()));
        double turn = Math.max(-TURN_RATE * tpf, Math.min(TURN_RATE * tpf, delta));
        model.movePlayer(p.turnedTo(p.heading() + turn));
        double step = Math.min(SPEED * tpf, p.position().distanceTo(target));
        if (Math.abs(delta) < 0.6) {
            Player before = model.player();
            double dx = (target.x() - before.position().x()) / before.position().distanceTo(target) * step;
            double dy = (target.y() - before.position().y()) / before.position().distanceTo(target) * step;
            model.movePlayer(before.at(new Point(before.position().x() + dx, before.position().y() + dy)));
        }
        return false;
    }

    /** The first corner of the leg not yet reached, or null at the end of a stairs/lift leg. */
    private static Point nextCorner(Leg leg, Point at) {
        for (int i = 1; i < leg.points().size(); i++) {
            Point corner = leg.points().get(i);
            if (corner.distanceTo(at) > 0.15 && !passed(leg, i, at)) {
                return corner;
            }
        }
        return leg.window() != null ? leg.end() : null;
    }

    /** Whether the visitor is already nearer to a later corner's segment than to this one's start. */
    private static boolean passed(Leg leg, int i, Point at) {
        Point a = leg.points().get(i - 1);
        Point b = leg.points().get(i);
        double len = a.distanceTo(b);
        double t = ((at.x() - a.x()) * (b.x() - a.x()) + (at.y() - a.y()) * (b.y() - a.y())) / (len * len);
        return t >= 1 - 0.15 / Math.max(len, 0.15);
    }
}
