package org.virtualhall.journey;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The journey's pictures, kept in {@code target/journey/} at 960 px wide for the README
 * ({@code ./hall journey-screenshots} copies them to docs/images).
 */
final class Screenshots {

    static final Path DIR = Path.of("target", "journey");
    private static final int WIDTH = 960;

    private Screenshots() {
    }

    /** Keeps a screenshot as {@code journey-NAME.png}, scaled down to 960 px wide. */
    static Path keep(Path png, String name) {
        try {
            BufferedImage source = ImageIO.read(png.toFile());
            int height = Math.round(source.getHeight() * (float) WIDTH / source.getWidth());
            BufferedImage scaled = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
            var g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, WIDTH, height, null);
            g.dispose();
            Files.createDirectories(DIR);
            Path out = DIR.resolve("journey-" + name + ".png");
            ImageIO.write(scaled, "png", out.toFile());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
