package org.virtualhall.model.appointment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.List;
import org.virtualhall.model.json.HallJson;

/**
 * 预约: the half-hour slots of a working day a window can be booked for, the places per slot of a window the back
 * office has not set, how many days ahead one can book, and how many open bookings one citizen may hold (one per item
 * and day at most). Data in assets ({@value #RESOURCE}).
 */
public record AppointmentPlan(List<LocalTime> slots, int defaultCapacity, int daysAhead, int openPerCitizen) {

    public static final String RESOURCE = "appointments/plan.yaml";

    public AppointmentPlan {
        slots = List.copyOf(slots);
        if (slots.isEmpty() || defaultCapacity < 0 || daysAhead < 1 || openPerCitizen < 1) {
            throw new IllegalArgumentException(RESOURCE + ": slots, defaultCapacity >= 0, daysAhead >= 1 and openPerCitizen >= 1 "
                    + "are needed");
        }
    }

    /** The slot starting at this time, if it is one. */
    public boolean hasSlot(LocalTime start) {
        return slots.contains(start);
    }

    public static AppointmentPlan fromClasspath() {
        try (InputStream in = AppointmentPlan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (is the assets jar there?)");
            }
            return HallJson.data().readValue(in, AppointmentPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the appointment plan: " + e.getMessage(), e);
        }
    }
}
