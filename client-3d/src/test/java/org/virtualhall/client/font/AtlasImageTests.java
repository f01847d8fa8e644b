package org.virtualhall.client.font;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.texture.Image;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The font atlas's texture image carries its whole mip chain, each level the mean of the one above. */
class AtlasImageTests {

    @Test
    void everyLevelDownToOneTexelIsThereAndSized() {
        Image image = AtlasImage.of(new BufferedImage(8, 3, BufferedImage.TYPE_INT_ARGB));
        assertThat(image.getMipMapSizes()).containsExactly(8 * 3 * 4, 4 * 1 * 4, 2 * 1 * 4, 1 * 1 * 4);
        assertThat(image.getData(0).limit()).isEqualTo(96 + 16 + 8 + 4);
        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(image.getHeight()).isEqualTo(3);
    }

    @Test
    void texelsAreWhiteWithCoverageInAlphaRowsBottomUpAndLevelsAveraged() {
        BufferedImage atlas = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        atlas.setRGB(0, 0, 0xffffffff);
        atlas.setRGB(1, 0, 0x80ffffff);
        ByteBuffer data = AtlasImage.of(atlas).getData(0);
        assertThat(rgba(data, 0)).as("bottom-left: the atlas's lower row, empty").containsExactly(255, 255, 255, 0);
        assertThat(rgba(data, 2)).as("top-left: the atlas's upper row").containsExactly(255, 255, 255, 255);
        assertThat(rgba(data, 3)).containsExactly(255, 255, 255, 128);
        assertThat(rgba(data, 4)).as("level 1: the mean of the four").containsExactly(255, 255, 255, (255 + 128 + 2) / 4);
    }

    @Test
    void anOddEdgeRepeatsItsLastTexel() {
        byte[] half = AtlasImage.halved(new byte[] {(byte) 200, 100, 40}, 3, 1);
        assertThat(half).containsExactly((byte) 150);
    }

    private static int[] rgba(ByteBuffer data, int texel) {
        return new int[] {data.get(texel * 4) & 0xff, data.get(texel * 4 + 1) & 0xff, data.get(texel * 4 + 2) & 0xff,
                data.get(texel * 4 + 3) & 0xff};
    }
}
