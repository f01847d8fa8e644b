package org.virtualhall.client.nav;

import java.util.List;
import org.virtualhall.client.core.Player;
import org.virtualhall.model.layout.Point;

/**
 * How far a visitor has come along a route: the leg they are on, the next instruction, what is left, and
 * whether they have strayed far enough to need a new route.
 */
public final class RouteProgress {

    /** Farther than this from the route line and the route is planned again. */
    public static final double OFF_ROUTE = 2.5;
    /** Closer than this to a leg's end and the leg counts as done. */
    public static final double ARRIVED = 1.2;

    private final Route route;
    private final List<Manoeuvre> manoeuvres;
    private int leg;

    public RouteProgress(Route route, List<Manoeuvre> manoeuvres) {
        this.route = route;
        this.manoeuvres = manoeuvres;
    }

    public Route route() {
        return route;
    }

    public int legIndex() {
        return leg;
    }

    public Leg currentLeg() {
        return route.legs().get(Math.min(leg, route.legs().size() - 1));
    }

    public boolean finished() {
        return leg >= route.legs().size();
    }

    /**
     * Updates with the visitor's place; returns the manoeuvre of a leg just completed (to be announced), or
     * null.
     */
    public Manoeuvre update(Player player) {
        if (finished()) {
            return null;
        }
        Leg current = currentLeg();
        boolean changedFloor = current.toFloor() != 0 && player.floor() == current.toFloor();
        boolean atEnd = current.floor() == player.floor() && player.position().distanceTo(current.end()) < ARRIVED
                && current.window() != null;
        if (changedFloor || atEnd) {
            Manoeuvre done = lastOf(leg);
            leg++;
            return done;
        }
        return null;
    }

    public boolean offRoute(Player player) {
        if (finished()) {
            return false;
        }
        Leg current = currentLeg();
        return current.floor() != player.floor() || distanceToLine(current.points(), player.position()) > OFF_ROUTE;
    }

    /** The next instruction ahead of the visitor on the current leg. */
    public Manoeuvre next(Player player) {
        if (finished()) {
            return null;
        }
        double along = along(currentLeg().points(), player.position());
        return manoeuvres.stream()
                .filter(m -> m.leg() == leg && m.along() > along + 0.5)
                .findFirst()
                .orElse(lastOf(leg));
    }

    /** Metres to the next instruction. */
    public double toNext(Player player) {
        Manoeuvre next = next(player);
        return next == null ? 0 : Math.max(0, next.along() - along(currentLeg().points(), player.position()));
    }

    /** Metres left to the last window. */
    public double remaining(Player player) {
        if (finished()) {
            return 0;
        }
        double left = currentLeg().length() - along(currentLeg().points(), player.position());
        for (int i = leg + 1; i < route.legs().size(); i++) {
            left += route.legs().get(i).length();
        }
        return Math.max(0, left);
    }

    private Manoeuvre lastOf(int legIndex) {
        return manoeuvres.stream().filter(m -> m.leg() == legIndex).reduce((a, b) -> b).orElse(null);
    }

    /** Distance along a polyline to the point on it nearest to p. */
    static double along(List<Point> line, Point p) {
        return nearest(line, p)[1];
    }

    static double distanceToLine(List<Point> line, Point p) {
        return nearest(line, p)[0];
    }

    /** {distance from p to the polyline, distance along the polyline to the nearest point}. */
    private static double[] nearest(List<Point> line, Point p) {
        double best = Double.MAX_VALUE;
        double bestAlong = 0;
        double walked = 0;
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            double len = a.distanceTo(b);
            double t = len == 0 ? 0 : clamp(((p.x() - a.x()) * (b.x() - a.x()) + (p.y() - a.y()) * (b.y() - a.y())) / (len * len));
            double d = new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t).distanceTo(p);
            if (d < best) {
                best = d;
                bestAlong = walked + t * len;
            }
            walked += len;
        }
        return new double[] {best, bestAlong};
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }
}
