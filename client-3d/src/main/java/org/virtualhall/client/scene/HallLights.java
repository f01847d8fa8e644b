package org.virtualhall.client.scene;

import com.jme3.light.DirectionalLight;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import java.util.List;

/**
 * The hall's soft light: a warm ambient with two weak sun-like fills, as under a bright ceiling. Nothing in the hall
 * moves, so the light is not in the scene: {@link LightBaker} bakes it into the vertices when a floor is built.
 */
public final class HallLights {

    /** The colour behind everything, seen through the entrance and glass. */
    public static final ColorRGBA BACKGROUND = new ColorRGBA(0.85f, 0.88f, 0.92f, 1);

    static final ColorRGBA AMBIENT = new ColorRGBA(0.66f, 0.65f, 0.62f, 1);
    static final List<DirectionalLight> SUNS = List.of(
            new DirectionalLight(new Vector3f(-0.3f, -1f, -0.45f).normalizeLocal(), new ColorRGBA(0.3f, 0.29f, 0.27f, 1)),
            new DirectionalLight(new Vector3f(0.5f, -0.6f, 0.6f).normalizeLocal(), new ColorRGBA(0.16f, 0.17f, 0.2f, 1)));

    private HallLights() {
    }

    /** The light falling on a surface facing {@code normal}: the ambient plus each sun by Lambert's cosine. */
    static ColorRGBA on(Vector3f normal, ColorRGBA store) {
        store.set(AMBIENT);
        for (DirectionalLight sun : SUNS) {
            float lambert = Math.max(0, -normal.dot(sun.getDirection()));
            store.r += sun.getColor().r * lambert;
            store.g += sun.getColor().g * lambert;
            store.b += sun.getColor().b * lambert;
        }
        return store;
    }
}
