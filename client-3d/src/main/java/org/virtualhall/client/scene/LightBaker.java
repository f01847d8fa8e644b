package org.virtualhall.client.scene;

import com.jme3.asset.AssetManager;
import com.jme3.material.MatParamTexture;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.VertexBuffer;
import com.jme3.texture.Texture;
import com.jme3.util.BufferUtils;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Bakes the hall's light ({@link HallLights}) into the vertex colours of a floor's merged, lit meshes and gives
 * them an unshaded material. The hall does not move and its light does not change, so the light a vertex gets is
 * computed once, when the floor is built, not for every vertex of every frame; and the software renderer
 * interpolates two values per pixel instead of five.
 */
final class LightBaker {

    private static final String LIT = "Common/MatDefs/Light/Lighting.j3md";

    private final AssetManager assets;
    private final Map<Texture, Material> unshaded = new HashMap<>();
    private Material plain;

    LightBaker(AssetManager assets) {
        this.assets = assets;
    }

    /** Bakes every geometry directly under the node that has a lit material; others are left as they are. */
    void bake(Node floor) {
        floor.getChildren().stream()
                .filter(s -> s instanceof Geometry g && LIT.equals(g.getMaterial().getMaterialDef().getAssetName()))
                .forEach(s -> bake((Geometry) s));
    }

    private void bake(Geometry geometry) {
        Material lit = geometry.getMaterial();
        ColorRGBA colour = (ColorRGBA) lit.getParamValue("Diffuse");
        Mesh mesh = geometry.getMesh();
        FloatBuffer normals = mesh.getFloatBuffer(VertexBuffer.Type.Normal);
        FloatBuffer colours = BufferUtils.createFloatBuffer(mesh.getVertexCount() * 4);
        Vector3f normal = new Vector3f();
        ColorRGBA light = new ColorRGBA();
        for (int v = 0; v < mesh.getVertexCount(); v++) {
            normal.set(normals.get(v * 3), normals.get(v * 3 + 1), normals.get(v * 3 + 2));
            geometry.getWorldRotation().multLocal(normal).normalizeLocal();
            HallLights.on(normal, light);
            colours.put(colour.r * light.r).put(colour.g * light.g).put(colour.b * light.b).put(colour.a);
        }
        colours.flip();
        mesh.setBuffer(VertexBuffer.Type.Color, 4, colours);
        MatParamTexture map = lit.getTextureParam("DiffuseMap");
        geometry.setMaterial(map == null ? plain() : textured(map.getTextureValue()));
    }

    private Material plain() {
        if (plain == null) {
            plain = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
            plain.setBoolean("VertexColor", true);
        }
        return plain;
    }

    private Material textured(Texture texture) {
        return unshaded.computeIfAbsent(texture, t -> {
            Material m = plain().clone();
            m.setTexture("ColorMap", t);
            return m;
        });
    }
}
