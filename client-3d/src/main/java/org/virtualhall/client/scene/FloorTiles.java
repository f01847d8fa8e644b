package org.virtualhall.client.scene;

import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.image.ColorSpace;
import com.jme3.util.BufferUtils;
import java.nio.ByteBuffer;

/** A stone-tile texture drawn in code (one 80 cm tile with its grout joint), repeated over the floors. */
final class FloorTiles {

    static final double TILE_METRES = 0.8;
    private static final int SIZE = 128;
    private static final int JOINT = 2;

    private FloorTiles() {
    }

    static Texture2D texture() {
        ByteBuffer data = BufferUtils.createByteBuffer(SIZE * SIZE * 4);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean joint = x < JOINT || y < JOINT;
                int speckle = (int) ((Math.sin(x * 12.9898 + y * 78.233) * 43758.5453) % 1 * 10);
                int v = joint ? 170 : 236 + speckle;
                data.put((byte) v).put((byte) (v - 3)).put((byte) (v - 9)).put((byte) 255);
            }
        }
        data.flip();
        Texture2D texture = new Texture2D(new Image(Image.Format.RGBA8, SIZE, SIZE, data, ColorSpace.sRGB));
        texture.setWrap(Texture.WrapMode.Repeat);
        // Bilinear within one mip level and no anisotropy: the floor covers half the screen and llvmpipe
        // samples it in software.
        texture.setMinFilter(Texture.MinFilter.BilinearNearestMipMap);
        return texture;
    }
}
