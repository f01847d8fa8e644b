package org.virtualhall.model.catalog;

/** Whether a department or window is staffed all day (常驻) or only by appointment (预约). */
public enum Attendance {
    RESIDENT("常驻"),
    APPOINTMENT("预约");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
