package org.virtualhall.client.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.math.Vector3f;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EquirectTests {

    private static final Offset<Float> CLOSE = Offset.offset(1e-5f);

    @Test
    void theCentreColumnFacesTheHeadingAndYawTurnsRight() {
        assertDirection(Equirect.direction(0, 0, 0), 0, 0, -1);
        assertDirection(Equirect.direction(0, 90, 0), 1, 0, 0);
        assertDirection(Equirect.direction(90, 90, 0), 0, 0, 1);
        assertDirection(Equirect.direction(270, 0, 90), 0, 1, 0);
    }

    @Test
    void eachPartOfThePictureComesFromTheFaceThatLooksThere() {
        List<CubeFace> faces = new ArrayList<>();
        Vector3f[][] axes = {
            {Vector3f.UNIT_X, Vector3f.UNIT_Y}, {Vector3f.UNIT_X.negate(), Vector3f.UNIT_Y},
            {Vector3f.UNIT_Z, Vector3f.UNIT_Y}, {Vector3f.UNIT_Z.negate(), Vector3f.UNIT_Y},
            {Vector3f.UNIT_Y, Vector3f.UNIT_Z}, {Vector3f.UNIT_Y.negate(), Vector3f.UNIT_Z.negate()}};
        for (int i = 0; i < axes.length; i++) {
            Vector3f direction = axes[i][0];
            Vector3f up = axes[i][1];
            faces.add(new CubeFace(direction, direction.cross(up), up, 4, filled(4, 40 * i)));
        }
        BufferedImage east = Equirect.fromCube(faces, 90, 64);
        assertThat(east.getWidth()).isEqualTo(2 * east.getHeight());
        assertThat(east.getRGB(32, 16) & 0xFF0000).isEqualTo(0);
        assertThat(east.getRGB(48, 16) >> 16 & 0xFF).isEqualTo(80);
        assertThat(east.getRGB(32, 0) >> 16 & 0xFF).isEqualTo(160);
        assertThat(east.getRGB(32, 31) >> 16 & 0xFF).isEqualTo(200);
        assertThat(Equirect.fromCube(faces, 0, 64).getRGB(32, 16) >> 16 & 0xFF).isEqualTo(120);
    }

    private static byte[] filled(int size, int red) {
        byte[] rgba = new byte[size * size * 4];
        for (int i = 0; i < rgba.length; i += 4) {
            rgba[i] = (byte) red;
        }
        return rgba;
    }

    private static void assertDirection(Vector3f d, float x, float y, float z) {
        assertThat(d.x).isCloseTo(x, CLOSE);
        assertThat(d.y).isCloseTo(y, CLOSE);
        assertThat(d.z).isCloseTo(z, CLOSE);
    }
}
