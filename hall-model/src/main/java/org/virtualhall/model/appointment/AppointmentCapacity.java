package org.virtualhall.model.appointment;

import java.time.Instant;
import java.util.List;

/**
 * 预约 places per half-hour slot of each window, as set in the back office and published outward: the approval system
 * pushes them to the inner gateway, they cross on the {@code feedback} channel, and the outer side books against them
 * (docs/contracts.md). A window not listed takes the plan's default.
 *
 * @param at when they were published; a receiver keeps the latest per window
 */
public record AppointmentCapacity(Instant at, List<Window> windows) {

    /** The envelope type on the feedback channel. */
    public static final String TYPE = "appointment-capacity";

    public AppointmentCapacity {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** One window's places per slot. */
    public record Window(String window, int capacity) {
    }
}
