package org.virtualhall.client.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jme3.asset.DesktopAssetManager;
import com.jme3.font.BitmapText;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.font.CjkFontFactory;
import org.virtualhall.client.font.GlyphSet;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.layout.Rect;

class SceneBatcherTests {

    private final Hall hall = HallLoader.fromClasspath();
    private final DesktopAssetManager assets = new DesktopAssetManager(true);
    private final Node floor = new HallSceneFactory(assets, new CjkFontFactory(24).create(assets, new GlyphSet().add(hall.toString())))
            .build(hall).get(1);

    @Test
    void aFloorBecomesAFewUnshadedMeshes() {
        int boxes = floor.descendantMatches(Geometry.class).size();

        Node batched = new SceneBatcher(assets).batch(floor);

        List<Geometry> meshes = batched.getChildren().stream().filter(Geometry.class::isInstance).map(Geometry.class::cast).toList();
        assertThat(meshes.size()).isLessThan(boxes / 20);
        assertThat(meshes).allMatch(g -> g.getMaterial().getMaterialDef().getAssetName().contains("Unshaded"));
    }

    @Test
    void eachFaceCarriesTheLightItReceivesAndTexturesAreKept() {
        Palette palette = new Palette(assets);
        ColorRGBA blue = Palette.SEAT;
        Node room = new Node("room");
        room.attachChild(Shapes.box("seat", new Rect(0, 0, 1, 1), 0, 1, palette.lit(blue)));
        room.attachChild(Shapes.box("tiles", new Rect(2, 0, 1, 1), 0, 0.1, palette.textured(Palette.FLOOR, SurfaceTextures.FLOOR_TILE)));

        Node batched = new SceneBatcher(assets).batch(room);

        Geometry seat = mesh(batched, g -> g.getMaterial().getTextureParam("ColorMap") == null);
        assertThat(seat.getMaterial().getParam("VertexColor").getValue()).isEqualTo(true);
        ColorRGBA below = colour(seat, vertexFacing(seat, Vector3f.UNIT_Y.negate()));
        ColorRGBA above = colour(seat, vertexFacing(seat, Vector3f.UNIT_Y));
        ColorRGBA sunlit = HallLights.on(Vector3f.UNIT_Y, new ColorRGBA());
        // turned away from both suns, a face gets the ambient light alone
        assertThat(below.r).isCloseTo(blue.r * HallLights.AMBIENT.r, within(1e-5f));
        assertThat(below.b).isCloseTo(blue.b * HallLights.AMBIENT.b, within(1e-5f));
        assertThat(above.g).isCloseTo(blue.g * sunlit.g, within(1e-5f));
        assertThat(sunlit.r).isGreaterThan(HallLights.AMBIENT.r + 0.3f);
        Geometry tiles = mesh(batched, g -> g.getMaterial().getTextureParam("ColorMap") != null);
        assertThat(colour(tiles, vertexFacing(tiles, Vector3f.UNIT_Y)).r).isCloseTo(Palette.FLOOR.r * sunlit.r, within(1e-5f));
    }

    @Test
    void signTextStaysOutOfTheBatchWithItsGlyphs() {
        long texts = floor.descendantMatches(BitmapText.class).size();

        Node batched = new SceneBatcher(assets).batch(floor);

        Spatial labels = batched.getChild("labels");
        assertThat(((Node) labels).getChildren()).hasSize((int) texts).allMatch(BitmapText.class::isInstance);
    }

    private static Geometry mesh(Node batched, Predicate<Geometry> which) {
        return batched.getChildren().stream().filter(Geometry.class::isInstance).map(Geometry.class::cast).filter(which)
                .findFirst().orElseThrow();
    }

    private static int vertexFacing(Geometry g, Vector3f direction) {
        FloatBuffer normals = g.getMesh().getFloatBuffer(VertexBuffer.Type.Normal);
        for (int v = 0; v < g.getMesh().getVertexCount(); v++) {
            if (new Vector3f(normals.get(v * 3), normals.get(v * 3 + 1), normals.get(v * 3 + 2)).dot(direction) > 0.99f) {
                return v;
            }
        }
        throw new AssertionError("no face towards " + direction);
    }

    private static ColorRGBA colour(Geometry g, int vertex) {
        FloatBuffer c = g.getMesh().getFloatBuffer(VertexBuffer.Type.Color);
        return new ColorRGBA(c.get(vertex * 4), c.get(vertex * 4 + 1), c.get(vertex * 4 + 2), c.get(vertex * 4 + 3));
    }
}
