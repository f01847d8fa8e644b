package org.virtualhall.client.nav;

import org.virtualhall.model.layout.Point;

/**
 * One instruction on a route, such as 前方左转, 乘电梯上二楼 or 到达A12窗口.
 *
 * @param leg   index of the leg it belongs to
 * @param along metres from the leg's start to where it applies
 */
public record Manoeuvre(int leg, double along, Point at, String text) {
}
