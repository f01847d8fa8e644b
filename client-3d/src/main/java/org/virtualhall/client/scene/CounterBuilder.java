package org.virtualhall.client.scene;

import com.jme3.math.ColorRGBA;
import com.jme3.scene.Node;
import org.virtualhall.model.catalog.Window;

/**
 * A service window: a glass-fronted counter with a monitor and a chair behind it, a yellow 一米线 in
 * front, and above it the sign with the window number and 单位名称+窗口.
 */
final class CounterBuilder {

    private static final float HALF_WIDTH = (float) Window.COUNTER_WIDTH / 2;
    private static final float HALF_DEPTH = (float) Window.COUNTER_DEPTH / 2;
    private static final float HEIGHT = 1.05f;

    private final Palette palette;
    private final SignMaker signs;

    CounterBuilder(Palette palette, SignMaker signs) {
        this.palette = palette;
        this.signs = signs;
    }

    /** The counter in a node at the window's position, local +Z towards the citizen. */
    Node build(Window w) {
        Node node = Shapes.facingNode("window-" + w.number(), w.position(), w.facing());
        node.attachChild(Shapes.local("counter", 0, HEIGHT / 2, 0, HALF_WIDTH, HEIGHT / 2, HALF_DEPTH,
                palette.lit(Palette.COUNTER)));
        node.attachChild(Shapes.local("top", 0, HEIGHT + 0.02f, 0.02f, HALF_WIDTH + 0.03f, 0.02f, HALF_DEPTH + 0.05f,
                palette.lit(Palette.COUNTER_TOP)));
        node.attachChild(Shapes.local("front-band", 0, 0.55f, HALF_DEPTH + 0.005f, HALF_WIDTH, 0.12f, 0.005f,
                palette.lit(Palette.SIGN_BLUE)));
        node.attachChild(Shapes.local("glass", 0, HEIGHT + 0.45f, 0.1f, HALF_WIDTH - 0.05f, 0.42f, 0.01f,
                palette.glass()));
        node.attachChild(Shapes.local("monitor", 0.5f, HEIGHT + 0.3f, -0.2f, 0.25f, 0.17f, 0.02f,
                palette.lit(Palette.DARK)));
        node.attachChild(Shapes.local("chair-seat", 0, 0.48f, -HALF_DEPTH - 0.45f, 0.25f, 0.04f, 0.25f,
                palette.lit(Palette.DARK)));
        node.attachChild(Shapes.local("chair-back", 0, 0.8f, -HALF_DEPTH - 0.7f, 0.25f, 0.3f, 0.03f,
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
