package org.virtualhall.gateway.outer.appointment;

/** The body of {@code POST /api/appointments} (docs/api.md): the item, the window, the day and the half-hour slot. */
public record AppointmentRequest(String itemCode, String window, String date, String slot) {
}
