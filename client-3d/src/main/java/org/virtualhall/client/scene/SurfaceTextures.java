package org.virtualhall.client.scene;

import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.image.ColorSpace;
import com.jme3.util.BufferUtils;
import java.nio.ByteBuffer;

/**
 * The hall's surface textures, drawn in code and repeated: stone floor tiles and the counters' wood veneer. Each is a
 * small grey-scale pattern that the material's colour tints, so one texture serves every zone's floor colour.
 */
enum SurfaceTextures {

    /** One 80 cm stone tile with its grout joint and a fine speckle. */
    FLOOR_TILE(0.8) {
        @Override
        int shade(int x, int y) {
            return x < 2 || y < 2 ? 190 : 246 + speckle(x, y, 9);
        }
    },
    /** Wood veneer: long grain running along the counter, a board joint now and then. */
    WOOD_VENEER(1.2) {
        @Override
        int shade(int x, int y) {
            double grain = Math.sin(y * 0.45 + Math.sin(x * 0.05) * 3 + Math.sin(y * 0.11) * 2);
            return y % 64 == 0 ? 200 : 236 + (int) (grain * 10) + speckle(x, y, 4);
        }
    };

    private static final int SIZE = 128;

    /** How many metres one repeat of the pattern covers. */
    final double metres;

    SurfaceTextures(double metres) {
        this.metres = metres;
    }

    /** The pattern's grey level at a texel, 0 to 255. */
    abstract int shade(int x, int y);

    Texture2D texture() {
        ByteBuffer data = BufferUtils.createByteBuffer(SIZE * SIZE * 4);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int v = Math.max(0, Math.min(255, shade(x, y)));
                data.put((byte) v).put((byte) v).put((byte) v).put((byte) 255);
            }
        }
        data.flip();
        Texture2D texture = new Texture2D(new Image(Image.Format.RGBA8, SIZE, SIZE, data, ColorSpace.sRGB));
        texture.setWrap(Texture.WrapMode.Repeat);
        // Bilinear within one mip level and no anisotropy: the floor covers half the screen and llvmpipe
        // samples them in software.
        texture.setMinFilter(Texture.MinFilter.BilinearNearestMipMap);
        return texture;
    }

    private static int speckle(int x, int y, int range) {
        return (int) ((Math.sin(x * 12.9898 + y * 78.233) * 43758.5453) % 1 * range);
    }
}
