package org.virtualhall.client.panorama;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The equirectangular projection a 720° panorama is stored in: the column is the bearing (the centre column faces
 * the viewpoint's heading, east to the right), the row the elevation (the top row straight up). World space is
 * jME's as the hall is built: x east, y up, z south.
 */
public final class Equirect {

    private Equirect() {
    }

    /** The world direction of a yaw (degrees right of the centre column) and pitch (degrees up) at a heading. */
    public static Vector3f direction(double headingDegrees, double yawDegrees, double pitchDegrees) {
        float bearing = (float) Math.toRadians(headingDegrees + yawDegrees);
        float pitch = (float) Math.toRadians(pitchDegrees);
        float flat = FastMath.cos(pitch);
        return new Vector3f(FastMath.sin(bearing) * flat, FastMath.sin(pitch), -FastMath.cos(bearing) * flat);
    }

    /** Projects six cube faces into a {@code width} × {@code width/2} picture centred on the heading. */
    static BufferedImage fromCube(List<CubeFace> faces, double headingDegrees, int width) {
        int height = width / 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < height; row++) {
            double pitch = 90 - (row + 0.5) * 180.0 / height;
            for (int col = 0; col < width; col++) {
                double yaw = (col + 0.5) * 360.0 / width - 180;
                Vector3f d = direction(headingDegrees, yaw, pitch);
                image.setRGB(col, row, facing(faces, d).sample(d));
            }
        }
        return image;
    }

    private static CubeFace facing(List<CubeFace> faces, Vector3f d) {
        CubeFace best = faces.get(0);
        for (CubeFace f : faces) {
            if (d.dot(f.direction()) > d.dot(best.direction())) {
                best = f;
            }
        }
        return best;
    }
}
