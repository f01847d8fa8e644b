package org.virtualhall.client.scene;

import com.jme3.light.AmbientLight;
import com.jme3.light.DirectionalLight;
import com.jme3.material.TechniqueDef;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.RenderManager;
import com.jme3.scene.Node;
import java.util.List;

/**
 * The hall's soft light: a warm ambient with two weak sun-like fills, as under a bright ceiling. The static hall
 * has it baked into its vertices ({@link LightBaker}); the lights themselves are for whatever is lit at run time.
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

    /** Lights the node and sets the render manager to one pass for all three lights (the biggest saving on llvmpipe). */
    public static void light(Node root, RenderManager renderManager) {
        renderManager.setPreferredLightMode(TechniqueDef.LightMode.SinglePass);
        renderManager.setSinglePassLightBatchSize(3);
        root.addLight(new AmbientLight(AMBIENT.clone()));
        SUNS.forEach(sun -> root.addLight(sun.clone()));
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
