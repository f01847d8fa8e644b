package org.virtualhall.client.font;

import com.jme3.texture.Image;
import com.jme3.texture.image.ColorSpace;
import com.jme3.util.BufferUtils;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;

/**
 * The font atlas as a texture image with its whole mip chain: white texels with the glyphs' coverage in alpha, rows
 * bottom-up as OpenGL expects. The smaller levels are averaged here, on the thread that bakes the font: left to the
 * software renderer, generating them for an atlas of thousands of glyphs held up the first frame.
 */
final class AtlasImage {

    private AtlasImage() {
    }

    static Image of(BufferedImage atlas) {
        int width = atlas.getWidth();
        int height = atlas.getHeight();
        byte[] alpha = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            atlas.getRGB(0, height - 1 - y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                alpha[y * width + x] = (byte) (row[x] >>> 24);
            }
        }
        int levels = 32 - Integer.numberOfLeadingZeros(Math.max(width, height));
        int[] sizes = new int[levels];
        int total = 0;
        for (int level = 0; level < levels; level++) {
            sizes[level] = Math.max(1, width >> level) * Math.max(1, height >> level) * 4;
            total += sizes[level];
        }
        ByteBuffer data = BufferUtils.createByteBuffer(total);
        int w = width;
        int h = height;
        for (int level = 0; level < levels; level++) {
            for (byte a : alpha) {
                data.put((byte) 0xff).put((byte) 0xff).put((byte) 0xff).put(a);
            }
            if (level + 1 < levels) {
                alpha = halved(alpha, w, h);
                w = Math.max(1, w / 2);
                h = Math.max(1, h / 2);
            }
        }
        data.flip();
        return new Image(Image.Format.RGBA8, width, height, data, sizes, ColorSpace.Linear);
    }

    /** The next mip level: each texel the mean of the (up to) four it covers. */
    static byte[] halved(byte[] alpha, int w, int h) {
        int hw = Math.max(1, w / 2);
        int hh = Math.max(1, h / 2);
        byte[] half = new byte[hw * hh];
        for (int y = 0; y < hh; y++) {
            int y0 = Math.min(2 * y, h - 1);
            int y1 = Math.min(2 * y + 1, h - 1);
            for (int x = 0; x < hw; x++) {
                int x0 = Math.min(2 * x, w - 1);
                int x1 = Math.min(2 * x + 1, w - 1);
                int sum = (alpha[y0 * w + x0] & 0xff) + (alpha[y0 * w + x1] & 0xff)
                        + (alpha[y1 * w + x0] & 0xff) + (alpha[y1 * w + x1] & 0xff);
                half[y * hw + x] = (byte) ((sum + 2) / 4);
            }
        }
        return half;
    }
}
