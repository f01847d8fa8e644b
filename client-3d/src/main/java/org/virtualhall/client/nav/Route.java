package org.virtualhall.client.nav;

import java.util.List;

/**
 * A walk through the hall: legs on one floor each, joined by stairs or lifts, ending at the windows in
 * visiting order.
 *
 * @param windows the windows to reach, in order
 */
public record Route(List<String> windows, List<Leg> legs) {

    /** Walking speed used for the time left, metres per second. */
    public static final double WALKING_SPEED = 1.2;

    public Route {
        windows = List.copyOf(windows);
        legs = List.copyOf(legs);
    }

    public double length() {
        return legs.stream().mapToDouble(Leg::length).sum();
    }
}
