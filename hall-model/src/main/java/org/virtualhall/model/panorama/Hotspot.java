package org.virtualhall.model.panorama;

/**
 * A clickable spot in a panorama.
 *
 * @param yaw    degrees right of the photo's centre column, -180 to 180
 * @param pitch  degrees above the horizon, -90 to 90
 * @param target the window number ({@link Kind#WINDOW}) or viewpoint id ({@link Kind#VIEWPOINT}); none for a notice
 * @param label  what the spot says; for a notice, the notice's text
 */
public record Hotspot(double yaw, double pitch, Kind kind, String target, String label) {

    /** Where a hotspot leads. */
    public enum Kind {
        /** opens the window's panel */
        WINDOW,
        /** moves to another viewpoint */
        VIEWPOINT,
        /** shows a text */
        NOTICE
    }
}
