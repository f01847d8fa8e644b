package org.virtualhall.client.scene;

import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector2f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import org.virtualhall.model.catalog.Window;

/**
 * A service window: a glass-fronted counter with a monitor and a chair behind it (the clerk on it when someone is on
 * duty), a soft shadow on the floor, a yellow 一米线 in front, and above it the sign with the window number and
 * 单位名称+窗口.
 */
final class CounterBuilder {

    private static final float HALF_WIDTH = (float) Window.COUNTER_WIDTH / 2;
    private static final float HALF_DEPTH = (float) Window.COUNTER_DEPTH / 2;
    private static final float HEIGHT = 1.05f;

    private static final float CHAIR_Z = -HALF_DEPTH - 0.45f;
    /** Behind a counter this high the clerk sits on a raised chair, eye to eye with a standing citizen. */
    private static final float CHAIR_RAISE = 0.25f;

    private final Palette palette;
    private final SignMaker signs;
    private final PeopleBuilder people;

    CounterBuilder(Palette palette, SignMaker signs, PeopleBuilder people) {
        this.palette = palette;
        this.signs = signs;
        this.people = people;
    }

    /** The counter in a node at the window's position, local +Z towards the citizen; its clerk when {@code staffed}. */
    Node build(Window w, boolean staffed) {
        Node node = Shapes.facingNode("window-" + w.number(), w.position(), w.facing());
        Geometry counter = Shapes.local("counter", 0, HEIGHT / 2, 0, HALF_WIDTH, HEIGHT / 2, HALF_DEPTH,
                palette.textured(Palette.COUNTER, SurfaceTextures.WOOD_VENEER));
        counter.getMesh().scaleTextureCoordinates(new Vector2f((float) (Window.COUNTER_WIDTH / SurfaceTextures.WOOD_VENEER.metres), 1));
        node.attachChild(counter);
        node.attachChild(Shapes.local("top", 0, HEIGHT + 0.02f, 0.02f, HALF_WIDTH + 0.03f, 0.02f, HALF_DEPTH + 0.05f,
                palette.lit(Palette.COUNTER_TOP)));
        node.attachChild(Shapes.local("front-band", 0, 0.55f, HALF_DEPTH + 0.005f, HALF_WIDTH, 0.12f, 0.005f,
                palette.lit(Palette.SIGN_BLUE)));
        node.attachChild(Shapes.local("glass", 0, HEIGHT + 0.45f, 0.1f, HALF_WIDTH - 0.05f, 0.42f, 0.01f,
                palette.glass()));
        node.attachChild(Shapes.local("monitor", 0.5f, HEIGHT + 0.3f, -0.2f, 0.25f, 0.17f, 0.02f,
                palette.lit(Palette.DARK)));
        node.attachChild(Shapes.local("shadow", 0, 0.013f, -0.3f, HALF_WIDTH + 0.15f, 0.001f, HALF_DEPTH + 0.5f,
                palette.shadow()));
        node.attachChild(Shapes.local("chair-seat", 0, 0.46f + CHAIR_RAISE, CHAIR_Z, 0.25f, 0.02f, 0.25f,
                palette.lit(Palette.DARK)));
        if (staffed) {
            node.attachChild(Shapes.at(people.clerk("clerk-" + w.number()), 0, CHAIR_RAISE, CHAIR_Z));
        }
        node.attachChild(Shapes.local("chair-back", 0, 0.8f + CHAIR_RAISE, CHAIR_Z - 0.25f, 0.25f, 0.3f, 0.03f,
                palette.lit(Palette.DARK)));
        node.attachChild(Shapes.local("one-metre-line", 0, 0.012f, HALF_DEPTH + 1.0f, HALF_WIDTH, 0.002f, 0.04f,
                palette.glow(Palette.GOLD)));
        Node sign = signs.panel("sign-" + w.number(), (float) Window.COUNTER_WIDTH, 0.9f, Palette.SIGN_BLUE,
                Palette.GOLD, w.number() + " 窗口", w.sign());
        sign.setLocalTranslation(0, 2.55f, 0);
        node.attachChild(sign);
        Node plaque = signs.panel("plaque-" + w.number(), 0.7f, 0.22f, ColorRGBA.White, Palette.SIGN_BLUE, w.number());
        plaque.setLocalTranslation(-0.7f, HEIGHT + 0.15f, HALF_DEPTH - 0.05f);
        node.attachChild(plaque);
        return node;
    }
}
