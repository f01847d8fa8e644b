package org.virtualhall.client.radar;

import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

/**
 * Where the radar sits on screen and how plan metres map to its pixels (GUI y grows up, plan y grows
 * south). Kept apart from the state so the mapping is tested on its own.
 *
 * @param left   screen x of the plan's west edge
 * @param bottom screen y of the plan's south edge
 * @param scale  pixels per metre
 */
public record RadarFrame(float left, float bottom, float scale, double width, double depth) {

    /** The frame for a floor in the layout's radar rectangle: as large as fits, at its bottom right. */
    public static RadarFrame in(Floor floor, Rect area) {
        float scale = (float) Math.min(area.width() / floor.width(), area.height() / floor.depth());
        return new RadarFrame((float) (area.right() - floor.width() * scale), area.y(), scale, floor.width(), floor.depth());
    }

    public float widthPixels() {
        return (float) (width * scale);
    }

    public float heightPixels() {
        return (float) (depth * scale);
    }

    public Vector3f toScreen(Point p, float z) {
        return new Vector3f(left + (float) p.x() * scale, bottom + (float) (depth - p.y()) * scale, z);
    }

    public boolean contains(Vector2f screen) {
        return screen.x >= left && screen.x <= left + width * scale && screen.y >= bottom
                && screen.y <= bottom + heightPixels();
    }

    public Point toPlan(Vector2f screen) {
        return new Point((screen.x - left) / scale, depth - (screen.y - bottom) / scale);
    }
}
