package org.virtualhall.client.scene;

import com.jme3.light.AmbientLight;
import com.jme3.light.DirectionalLight;
import com.jme3.material.TechniqueDef;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.RenderManager;
import com.jme3.scene.Node;

/** The hall's soft light: a warm ambient with two weak sun-like fills, as under a bright ceiling. */
public final class HallLights {

    /** The colour behind everything, seen through the entrance and glass. */
    public static final ColorRGBA BACKGROUND = new ColorRGBA(0.85f, 0.88f, 0.92f, 1);

    private HallLights() {
    }

    /** Lights the node and sets the render manager to one pass for all three lights (the biggest saving on llvmpipe). */
    public static void light(Node root, RenderManager renderManager) {
        renderManager.setPreferredLightMode(TechniqueDef.LightMode.SinglePass);
        renderManager.setSinglePassLightBatchSize(3);
        root.addLight(new AmbientLight(new ColorRGBA(0.66f, 0.65f, 0.62f, 1)));
        root.addLight(new DirectionalLight(new Vector3f(-0.3f, -1f, -0.45f).normalizeLocal(), new ColorRGBA(0.3f, 0.29f, 0.27f, 1)));
        root.addLight(new DirectionalLight(new Vector3f(0.5f, -0.6f, 0.6f).normalizeLocal(), new ColorRGBA(0.16f, 0.17f, 0.2f, 1)));
    }
}
