package org.virtualhall.model.catalog;

import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;

/**
 * A service window (窗口): a counter position on a floor, staffed by one department.
 *
 * @param number     the number on the sign, a zone letter and two digits (A12)
 * @param position   centre of the counter on the floor plan, in metres
 * @param facing     the side of the counter where the citizen stands
 * @param sign       the sign text, 单位名称+窗口 (e.g. 公安局户政窗口)
 */
public record Window(String number, String department, int floor, String zone, Point position,
                     Facing facing, WindowKind kind, Attendance attendance, String sign) {

    /** Counter width along its front, in metres; used for overlap checks and for building the scene. */
    public static final double COUNTER_WIDTH = 2.4;
    /** Counter depth, in metres. */
    public static final double COUNTER_DEPTH = 0.9;
}
