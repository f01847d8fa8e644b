package org.virtualhall.client.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;

/** Simple pixel checks on screenshots: the share of a region's pixels that match a colour test. */
public final class Pixels {

    private final BufferedImage image;

    private Pixels(BufferedImage image) {
        this.image = image;
    }

    public static Pixels of(Path png) throws IOException {
        return new Pixels(ImageIO.read(png.toFile()));
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** Share (0..1) of pixels in the rectangle (top-left origin) whose RGB passes the test. */
    public double share(int x, int y, int w, int h, IntPredicate rgb) {
        int hits = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                if (rgb.test(image.getRGB(i, j) & 0xffffff)) {
                    hits++;
                }
            }
        }
        return (double) hits / (w * h);
    }

    public static int r(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    public static int g(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    public static int b(int rgb) {
        return rgb & 0xff;
    }

    /** The dark blue of the client's panels (and what shows through them). */
    public static boolean panelDark(int c) {
        return r(c) < 90 && g(c) < 100 && b(c) < 130;
    }

    /**
     * Whether the panel at the top left (search, window, wizard, sign-in, my applications) is on screen: at 1280×720 its
     * column starts under the hall's card's title line, about 80 pixels from the top.
     */
    public boolean panelShown() {
        return share(20, 100, 500, 100, Pixels::panelDark) > 0.3;
    }
}
