package org.virtualhall.client.core;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.material.RenderState.BlendMode;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;

/** Geometry for flat marks (route band, arrows, radar shapes): unlit, one colour, blended. */
public final class FlatShapes {

    private FlatShapes() {
    }

    public static Geometry geometry(AssetManager assets, String name, PlanMeshes shapes, ColorRGBA colour) {
        Geometry g = new Geometry(name, shapes.build());
        Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        m.setColor("Color", colour);
        m.getAdditionalRenderState().setBlendMode(BlendMode.Alpha);
        g.setMaterial(m);
        return g;
    }
}
