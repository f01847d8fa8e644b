package org.virtualhall.client.scene;

import com.jme3.material.Material;
import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.renderer.queue.RenderQueue.Bucket;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.shape.Box;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;

/**
 * Boxes placed on the plan. The plan's x is the world's X, the plan's y (south) is the world's Z, and up
 * is Y; every floor is built at height 0 and only the visitor's floor is in the scene.
 */
public final class Shapes {

    private Shapes() {
    }

    /** A box standing on the plan rectangle from height y0 to y1. */
    public static Geometry box(String name, Rect area, double y0, double y1, Material material) {
        Box shape = new Box((float) area.width() / 2, (float) (y1 - y0) / 2, (float) area.depth() / 2);
        Geometry g = new Geometry(name, shape);
        g.setMaterial(material);
        g.setLocalTranslation((float) (area.x() + area.width() / 2), (float) (y0 + y1) / 2,
                (float) (area.y() + area.depth() / 2));
        if (material.getAdditionalRenderState().getBlendMode() != com.jme3.material.RenderState.BlendMode.Off) {
            g.setQueueBucket(Bucket.Transparent);
        }
        return g;
    }

    /** A box in a local frame: centre, half-extents. */
    public static Geometry local(String name, float cx, float cy, float cz, float hx, float hy, float hz,
                                 Material material) {
        Geometry g = new Geometry(name, new Box(hx, hy, hz));
        g.setMaterial(material);
        g.setLocalTranslation(cx, cy, cz);
        if (material.getAdditionalRenderState().getBlendMode() != com.jme3.material.RenderState.BlendMode.Off) {
            g.setQueueBucket(Bucket.Transparent);
        }
        return g;
    }

    /** A node at a plan point whose local +Z points where {@code facing} points. */
    public static Node facingNode(String name, Point at, Facing facing) {
        Node node = new Node(name);
        node.setLocalTranslation((float) at.x(), 0, (float) at.y());
        node.setLocalRotation(rotation(facing));
        return node;
    }

    public static Quaternion rotation(Facing facing) {
        float angle = FastMath.atan2(facing == Facing.EAST ? 1 : facing == Facing.WEST ? -1 : 0,
                facing == Facing.SOUTH ? 1 : facing == Facing.NORTH ? -1 : 0);
        return new Quaternion().fromAngleAxis(angle, Vector3f.UNIT_Y);
    }

    public static <T extends Spatial> T at(T spatial, float x, float y, float z) {
        spatial.setLocalTranslation(x, y, z);
        return spatial;
    }
}
