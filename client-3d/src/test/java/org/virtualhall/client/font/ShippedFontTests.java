package org.virtualhall.client.font;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.font.BitmapCharacter;
import com.jme3.texture.Image;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.TestCatalog;
import org.virtualhall.model.hall.HallLoader;

/** The font inside the client, with its licence, draws every character the hall's data and the client's own text use. */
class ShippedFontTests {

    private final Font font = CjkFontFactory.shippedFont();

    @Test
    void theFontAndItsLicenceShipInTheClient() throws IOException {
        assertThat(font.getFontName()).isEqualTo("Noto Sans SC Regular");
        try (InputStream licence = CjkFontFactory.class.getResourceAsStream("/fonts/OFL.txt")) {
            assertThat(licence).as("the font's licence beside it").isNotNull();
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8)).contains("SIL Open Font License, Version 1.1");
        }
    }

    @Test
    void everyCharacterOfTheHallsDataIsDrawn() {
        assertThat(missing(HallLoader.fromClasspath().toString())).isEmpty();
        assertThat(missing(TestCatalog.hall().toString())).isEmpty();
    }

    @Test
    void everyCharacterOfTheClientsOwnTextAndTheGlyphSetIsDrawn() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(source));
            }
        }
        assertThat(text).as("the client's sources").contains("离线模式");
        assertThat(missing(text.toString())).isEmpty();
        assertThat(new GlyphSet().codePoints().filter(c -> !font.canDisplay(c)).boxed().toList())
                .as("GB 2312 level 1, punctuation and ASCII").isEmpty();
    }

    @Test
    void theBakedAtlasHoldsEveryGlyphWhereItsCharacterSaysInEveryBand() {
        CjkFontFactory.Baked baked = new CjkFontFactory(40).bake(new GlyphSet());
        Image atlas = baked.image();
        assertThat(atlas.getHeight()).as("several rows of glyphs, drawn in bands").isGreaterThan(1000);
        List<Integer> blank = new GlyphSet().codePoints().filter(c -> c > ' ' && font.canDisplay(c))
                .filter(c -> ink(atlas, baked.charSet().getCharacter(c)) == 0).boxed().toList();
        assertThat(blank).as("characters whose cell in the atlas is empty").isEmpty();
        BitmapCharacter last = baked.charSet().getCharacter(new GlyphSet().codePoints().filter(font::canDisplay).max().orElseThrow());
        assertThat(last.getY() + last.getHeight()).as("the last row lies inside the atlas").isLessThanOrEqualTo(atlas.getHeight());
    }

    /** How many pixels of a character's cell are drawn on. */
    private static int ink(Image atlas, BitmapCharacter c) {
        ByteBuffer texels = atlas.getData(0);
        int drawn = 0;
        for (int y = c.getY(); y < c.getY() + c.getHeight(); y++) {
            int row = atlas.getHeight() - 1 - y;
            for (int x = c.getX(); x < c.getX() + c.getWidth(); x++) {
                drawn += texels.get((row * atlas.getWidth() + x) * 4 + 3) != 0 ? 1 : 0;
            }
        }
        return drawn;
    }

    /** The characters of {@code text} beyond ASCII the font has no glyph for (controls and spaces aside). */
    private List<String> missing(String text) {
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().filter(c -> c > 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !font.canDisplay(c)).forEach(c -> missing.add(new String(Character.toChars(c))));
        return List.copyOf(missing);
    }
}
