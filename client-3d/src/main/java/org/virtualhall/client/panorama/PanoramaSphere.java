package org.virtualhall.client.panorama;

import com.jme3.math.Vector3f;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;

/**
 * The inside of a sphere the panorama is painted on: each vertex takes the photo's pixel of its own direction, by the
 * same projection the photos are made in ({@link Equirect}), so the picture and its hotspots line up exactly.
 */
final class PanoramaSphere {

    private PanoramaSphere() {
    }

    /** A sphere of the given radius around the origin, its texture centred on the heading (degrees). */
    static Mesh mesh(double heading, float radius, int rings, int segments) {
        int columns = segments + 1;
        float[] positions = new float[(rings + 1) * columns * 3];
        float[] uv = new float[(rings + 1) * columns * 2];
        for (int r = 0; r <= rings; r++) {
            double pitch = 90 - 180.0 * r / rings;
            for (int s = 0; s <= segments; s++) {
                double yaw = 360.0 * s / segments - 180;
                Vector3f d = Equirect.direction(heading, yaw, pitch).multLocal(radius);
                int i = r * columns + s;
                positions[i * 3] = d.x;
                positions[i * 3 + 1] = d.y;
                positions[i * 3 + 2] = d.z;
                uv[i * 2] = (float) s / segments;
                uv[i * 2 + 1] = 1f - (float) r / rings;
            }
        }
        int[] indices = new int[rings * segments * 6];
        int k = 0;
        for (int r = 0; r < rings; r++) {
            for (int s = 0; s < segments; s++) {
                int a = r * columns + s;
                int b = a + columns;
                indices[k++] = a;
                indices[k++] = b;
                indices[k++] = a + 1;
                indices[k++] = a + 1;
                indices[k++] = b;
                indices[k++] = b + 1;
            }
        }
        Mesh mesh = new Mesh();
        mesh.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(positions));
        mesh.setBuffer(VertexBuffer.Type.TexCoord, 2, BufferUtils.createFloatBuffer(uv));
        mesh.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createIntBuffer(indices));
        mesh.updateBound();
        return mesh;
    }
}
