package org.virtualhall.client.scene;

import com.jme3.font.BitmapFont;
import com.jme3.font.BitmapText;
import com.jme3.font.Rectangle;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.queue.RenderQueue.Bucket;
import com.jme3.scene.Node;

/**
 * Signs: a coloured panel with text on its front (+Z). Text is sized to fit the panel, capped at a height
 * that stays readable from across a zone.
 */
public final class SignMaker {

    private static final float DEPTH = 0.04f;

    private final BitmapFont font;
    private final Palette palette;

    public SignMaker(BitmapFont font, Palette palette) {
        this.font = font;
        this.palette = palette;
    }

    public BitmapFont font() {
        return font;
    }

    /**
     * A panel of the given size centred on the node's origin, with lines of text; the first line can be
     * emphasised in another colour.
     */
    public Node panel(String name, float width, float height, ColorRGBA background, ColorRGBA firstLineColour,
                      String... lines) {
        Node node = new Node(name);
        node.attachChild(Shapes.local(name + "-board", 0, 0, 0, width / 2, height / 2, DEPTH / 2,
                palette.glow(background)));
        float lineHeight = height * 0.8f / lines.length;
        float top = height * 0.4f;
        for (int i = 0; i < lines.length; i++) {
            BitmapText text = text(lines[i], width * 0.92f, lineHeight * (i == 0 ? 0.9f : 0.75f),
                    i == 0 ? firstLineColour : ColorRGBA.White,
                    new Rectangle(-width / 2, top - i * lineHeight, width, lineHeight));
            text.setLocalTranslation(0, 0, DEPTH / 2 + 0.005f);
            node.attachChild(text);
        }
        return node;
    }

    /** The same panel readable from both sides. */
    public Node twoSided(String name, float width, float height, ColorRGBA background, String... lines) {
        Node node = new Node(name);
        node.attachChild(panel(name + "-front", width, height, background, ColorRGBA.White, lines));
        Node back = panel(name + "-back", width, height, background, ColorRGBA.White, lines);
        back.rotate(0, (float) Math.PI, 0);
        node.attachChild(back);
        return node;
    }

    /** A text line centred in a box, glyphs at most maxHeight high, the line at most maxWidth wide. */
    public BitmapText text(String line, float maxWidth, float maxHeight, ColorRGBA colour, Rectangle box) {
        BitmapText text = new BitmapText(font);
        float rendered = font.getCharSet().getRenderedSize();
        float widthAtRendered = Math.max(1, font.getLineWidth(line));
        float size = Math.min(maxHeight, maxWidth * rendered / widthAtRendered);
        text.setSize(size);
        text.setText(line);
        text.setColor(colour);
        text.setBox(box);
        text.setAlignment(BitmapFont.Align.Center);
        text.setVerticalAlignment(BitmapFont.VAlign.Center);
        text.setQueueBucket(Bucket.Transparent);
        return text;
    }
}
