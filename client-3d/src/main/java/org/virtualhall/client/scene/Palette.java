package org.virtualhall.client.scene;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.material.RenderState.BlendMode;
import com.jme3.material.RenderState.FaceCullMode;
import com.jme3.math.ColorRGBA;
import com.jme3.texture.Texture2D;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The hall's materials, one per colour, shared so that the scene batches into few draw calls. A lit surface
 * carries its colour (and texture) in a per-vertex lit material, which {@link LightBaker} turns into baked
 * vertex colours once the floor is merged.
 */
public final class Palette {

    public static final ColorRGBA FLOOR = rgb(0xd8d2c6);
    public static final ColorRGBA WALL = rgb(0xf4f1ea);
    public static final ColorRGBA CEILING = rgb(0xfbfaf7);
    public static final ColorRGBA COUNTER = rgb(0xd9c7a7);
    public static final ColorRGBA COUNTER_TOP = rgb(0xf7f7f5);
    public static final ColorRGBA SIGN_BLUE = rgb(0x1f4e8c);
    public static final ColorRGBA SIGN_GREEN = rgb(0x1e7a5a);
    public static final ColorRGBA SIGN_RED = rgb(0xb22222);
    public static final ColorRGBA DARK = rgb(0x2d3440);
    public static final ColorRGBA METAL = rgb(0xb8bec6);
    public static final ColorRGBA SEAT = rgb(0x3b7bbf);
    public static final ColorRGBA WOOD = rgb(0xa9825a);
    public static final ColorRGBA GOLD = rgb(0xffd54a);
    public static final ColorRGBA SCREEN = rgb(0x2a8be0);
    public static final ColorRGBA[] ZONE_TINTS = {rgb(0xdfe8f2), rgb(0xe5efe2), rgb(0xf2e9dc), rgb(0xeee2ee)};

    private final AssetManager assets;
    private final Map<String, Material> cache = new HashMap<>();
    private final Map<SurfaceTextures, Texture2D> textures = new EnumMap<>(SurfaceTextures.class);

    public Palette(AssetManager assets) {
        this.assets = assets;
    }

    public static ColorRGBA rgb(int hex) {
        return new ColorRGBA(((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f, 1f);
    }

    /** A matte lit surface. */
    public Material lit(ColorRGBA colour) {
        return cache.computeIfAbsent("lit" + colour, k -> {
            Material m = new Material(assets, "Common/MatDefs/Light/Lighting.j3md");
            m.setBoolean("UseMaterialColors", true);
            m.setBoolean("VertexLighting", true);
            m.setColor("Diffuse", colour);
            m.setColor("Ambient", colour);
            m.setColor("Specular", ColorRGBA.Black);
            return m;
        });
    }

    /** A matte lit surface with a texture under its colour (floor and ceiling tiles, wood). */
    Material textured(ColorRGBA colour, SurfaceTextures surface) {
        Material plain = lit(colour);
        return cache.computeIfAbsent(surface + "" + colour, k -> {
            Material m = plain.clone();
            m.setTexture("DiffuseMap", textures.computeIfAbsent(surface, SurfaceTextures::texture));
            return m;
        });
    }

    /** A surface that gives its own light: screens, ceiling panels, sign faces. */
    public Material glow(ColorRGBA colour) {
        return cache.computeIfAbsent("glow" + colour, k -> {
            Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
            m.setColor("Color", colour);
            return m;
        });
    }

    /** A soft shadow on the floor (above the zones' tint) under furniture and people, as under a real counter. */
    public Material shadow() {
        return cache.computeIfAbsent("shadow", k -> {
            Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
            m.setColor("Color", new ColorRGBA(0.1f, 0.09f, 0.08f, 0.2f));
            m.getAdditionalRenderState().setBlendMode(BlendMode.Alpha);
            m.getAdditionalRenderState().setDepthWrite(false);
            return m;
        });
    }

    /** See-through glass, drawn in the transparent bucket. */
    public Material glass() {
        return cache.computeIfAbsent("glass", k -> {
            Material m = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
            m.setColor("Color", new ColorRGBA(0.75f, 0.88f, 0.95f, 0.28f));
            m.getAdditionalRenderState().setBlendMode(BlendMode.Alpha);
            m.getAdditionalRenderState().setFaceCullMode(FaceCullMode.Off);
            m.getAdditionalRenderState().setDepthWrite(false);
            return m;
        });
    }
}
