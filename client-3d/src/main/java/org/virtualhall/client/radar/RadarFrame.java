package org.virtualhall.client.radar;

import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
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

    public static final float MARGIN = 16;
    public static final float WIDTH_PIXELS = 400;

    /** The frame for a floor on a screen of the given size: bottom right, {@link #WIDTH_PIXELS} wide. */
    public static RadarFrame bottomRight(Floor floor, int screenWidth) {
        float scale = (float) (WIDTH_PIXELS / floor.width());
        return new RadarFrame(screenWidth - WIDTH_PIXELS - MARGIN, MARGIN, scale, floor.width(), floor.depth());
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
