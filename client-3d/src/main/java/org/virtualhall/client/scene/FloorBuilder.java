package org.virtualhall.client.scene;

import com.jme3.math.ColorRGBA;
import com.jme3.math.FastMath;
import com.jme3.math.Vector2f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Box;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;
import org.virtualhall.model.layout.Wall;
import org.virtualhall.model.layout.Zone;

/** The shell of a floor: floor slab with tinted zones, ceiling with light panels, walls, zone signs. */
final class FloorBuilder {

    private static final double LIGHT_SPACING = 4.0;

    private final Palette palette;
    private final SignMaker signs;

    FloorBuilder(Palette palette, SignMaker signs) {
        this.palette = palette;
        this.signs = signs;
    }

    void build(Floor floor, Node into) {
        into.attachChild(tiled("floor", floor.outline(), -0.1, 0, Palette.FLOOR, SurfaceTextures.FLOOR_TILE));
        // plain: on llvmpipe a textured ceiling costs more frames than it adds to the look
        into.attachChild(Shapes.box("ceiling", floor.outline(), floor.height(), floor.height() + 0.1,
                palette.lit(Palette.CEILING)));
        lightPanels(floor, into);
        for (int i = 0; i < floor.zones().size(); i++) {
            zone(floor, floor.zones().get(i), Palette.ZONE_TINTS[i % Palette.ZONE_TINTS.length], into);
        }
        for (Wall wall : floor.walls()) {
            into.attachChild(wall(wall, floor.height()));
        }
    }

    private void lightPanels(Floor floor, Node into) {
        for (double x = LIGHT_SPACING / 2; x < floor.width(); x += LIGHT_SPACING) {
            for (double y = LIGHT_SPACING / 2; y < floor.depth(); y += LIGHT_SPACING) {
                into.attachChild(Shapes.box("light", Rect.around(new Point(x, y), 1.2, 0.6),
                        floor.height() - 0.02, floor.height(), palette.glow(ColorRGBA.White)));
            }
        }
    }

    /** A slab with its surface's pattern repeated at true size over the area. */
    private Geometry tiled(String name, Rect area, double y0, double y1, ColorRGBA colour, SurfaceTextures surface) {
        Geometry slab = Shapes.box(name, area, y0, y1, palette.textured(colour, surface));
        slab.getMesh().scaleTextureCoordinates(new Vector2f((float) (area.width() / surface.metres),
                (float) (area.depth() / surface.metres)));
        return slab;
    }

    private void zone(Floor floor, Zone zone, ColorRGBA tint, Node into) {
        into.attachChild(tiled("zone-" + zone.id(), zone.area(), 0, 0.01, tint, SurfaceTextures.FLOOR_TILE));
        Point centre = zone.area().centre();
        Node sign = signs.twoSided("zone-sign-" + zone.id(), 3.6f, 0.9f, Palette.SIGN_GREEN,
                zone.name(), zone.category());
        boolean tall = zone.area().depth() > zone.area().width();
        sign.setLocalTranslation((float) centre.x(), (float) floor.height() - 0.9f, (float) centre.y());
        if (tall) {
            sign.rotate(0, FastMath.HALF_PI, 0);
        }
        into.attachChild(sign);
    }

    private Geometry wall(Wall wall, double height) {
        float dx = (float) (wall.to().x() - wall.from().x());
        float dz = (float) (wall.to().y() - wall.from().y());
        float length = (float) Math.hypot(dx, dz);
        Box box = new Box(length / 2 + (float) wall.thickness() / 2, (float) height / 2, (float) wall.thickness() / 2);
        Geometry g = new Geometry("wall", box);
        g.setMaterial(wall.glass() ? palette.glass() : palette.lit(Palette.WALL));
        if (wall.glass()) {
            g.setQueueBucket(com.jme3.renderer.queue.RenderQueue.Bucket.Transparent);
        }
        g.setLocalTranslation((float) (wall.from().x() + dx / 2), (float) height / 2, (float) (wall.from().y() + dz / 2));
        g.rotate(0, -FastMath.atan2(dz, dx), 0);
        return g;
    }
}
