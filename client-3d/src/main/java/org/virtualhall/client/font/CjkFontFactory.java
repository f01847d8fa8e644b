package org.virtualhall.client.font;

import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapCharacter;
import com.jme3.font.BitmapCharacterSet;
import com.jme3.font.BitmapFont;
import com.jme3.material.Material;
import com.jme3.material.RenderState.BlendMode;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Bakes the CJK font inside the client (Noto Sans SC Regular, whole, so that a hall may use any Chinese character)
 * into a jME {@link BitmapFont} at start-up: every glyph of a {@link GlyphSet} is drawn with AWT into one atlas.
 * jME's own font format needs a prebuilt atlas; baking at start-up keeps the hall data free to use any
 * character it likes.
 */
public final class CjkFontFactory {

    /** The font in the client's jar, put there by the build; its licence (SIL OFL 1.1) is {@code /fonts/OFL.txt}. */
    public static final String FONT_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private static final int PAD = 3;
    /**
     * Lines are as tall as the ideographs with a little room (1.2 em, the baseline 0.95 em down), not as the font's own
     * ascent and descent: Noto Sans SC's leave room for scripts the hall never shows and would make every line a
     * quarter taller, pushing panels off a 720-pixel screen.
     */
    private static final float ASCENT_EM = 0.95f;
    private static final float DESCENT_EM = 0.25f;
    private static final int ATLAS_WIDTH = 4096;

    private final int size;

    /** @param size glyph size in pixels in the atlas; text drawn larger than this gets soft */
    public CjkFontFactory(int size) {
        this.size = size;
    }

    /** The shipped font at size 1, read from the class path. */
    public static Font shippedFont() {
        try (InputStream in = CjkFontFactory.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the client was built without its font " + FONT_RESOURCE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read the CJK font " + FONT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The atlas's texture image (with mipmaps) and the glyph metrics, made with AWT only: safe to run on any thread,
     * before jME starts. The AWT image it was drawn in is not kept: the client holds the font for its whole run.
     */
    public record Baked(BitmapCharacterSet charSet, Image image) {
    }

    public BitmapFont create(AssetManager assets, GlyphSet glyphs) {
        return toFont(assets, bake(glyphs));
    }

    /** Turns a baked atlas into a jME font (needs the asset manager, so on the render thread). */
    public static BitmapFont toFont(AssetManager assets, Baked baked) {
        BitmapFont bitmapFont = new BitmapFont();
        bitmapFont.setCharSet(baked.charSet());
        bitmapFont.setPages(new Material[] {material(assets, baked.image())});
        return bitmapFont;
    }

    public Baked bake(GlyphSet glyphs) {
        Font font = shippedFont().deriveFont(Font.PLAIN, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        FontMetrics metrics = probe.createGraphics().getFontMetrics(font);
        int ascent = Math.round(ASCENT_EM * size);
        int lineHeight = ascent + Math.round(DESCENT_EM * size);
        int cellHeight = lineHeight + 2 * PAD;

        BitmapCharacterSet charSet = new BitmapCharacterSet();
        List<Glyph> placed = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (int code : glyphs.codePoints().filter(font::canDisplay).toArray()) {
            int advance = Math.max(1, metrics.charWidth(code));
            int cellWidth = advance + 2 * PAD;
            if (x + cellWidth > ATLAS_WIDTH) {
                x = 0;
                y += cellHeight;
            }
            placed.add(new Glyph(code, x + PAD, y + PAD));
            BitmapCharacter c = new BitmapCharacter();
            c.setX(x + PAD);
            c.setY(y + PAD);
            c.setWidth(advance);
            c.setHeight(lineHeight);
            c.setXOffset(0);
            c.setYOffset(0);
            c.setXAdvance(advance);
            c.setPage(0);
            charSet.addCharacter(code, c);
            x += cellWidth;
        }
        int rows = y / cellHeight + 1;
        int atlasHeight = rows * cellHeight;
        charSet.setRenderedSize(size);
        charSet.setLineHeight(lineHeight);
        charSet.setBase(ascent);
        charSet.setWidth(ATLAS_WIDTH);
        charSet.setHeight(atlasHeight);

        // Drawing thousands of glyphs is most of the bake and keeps the first frame waiting: the atlas is drawn in one
        // band of rows per core.
        BufferedImage atlas = new BufferedImage(ATLAS_WIDTH, atlasHeight, BufferedImage.TYPE_INT_ARGB);
        int bands = Math.min(rows, Runtime.getRuntime().availableProcessors());
        int bandRows = (rows + bands - 1) / bands;
        IntStream.range(0, bands).parallel().forEach(band -> {
            int top = band * bandRows * cellHeight;
            int height = Math.min(atlasHeight - top, bandRows * cellHeight);
            if (height > 0) {
                draw(atlas.getSubimage(0, top, ATLAS_WIDTH, height), font, ascent,
                        placed.stream().filter(glyph -> glyph.y() >= top && glyph.y() < top + height), top);
            }
        });
        return new Baked(charSet, AtlasImage.of(atlas));
    }

    /** Where a glyph's cell starts in the atlas (inside its padding). */
    private record Glyph(int code, int x, int y) {
    }

    /** Draws glyphs into one band of the atlas, whose top is at {@code top} in atlas coordinates. */
    private static void draw(BufferedImage band, Font font, int ascent, Stream<Glyph> glyphs, int top) {
        Graphics2D g = band.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        glyphs.forEach(glyph -> g.drawString(new String(Character.toChars(glyph.code())), glyph.x(), glyph.y() - top + ascent));
        g.dispose();
    }

    private static Material material(AssetManager assets, Image image) {
        Texture2D texture = new Texture2D(image);
        texture.setMinFilter(Texture.MinFilter.Trilinear);
        texture.setMagFilter(Texture.MagFilter.Bilinear);
        // No anisotropic filtering: the GUI's text faces the screen, the signs face the aisles, and on a software
        // renderer (llvmpipe) it made text the costliest thing drawn, for no visible gain.
        Material mat = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
        mat.setTexture("ColorMap", texture);
        mat.setBoolean("VertexColor", true);
        mat.getAdditionalRenderState().setBlendMode(BlendMode.Alpha);
        return mat;
    }
}
