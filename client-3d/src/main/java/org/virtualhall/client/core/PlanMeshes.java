package org.virtualhall.client.core;

import com.jme3.math.Vector3f;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer.Type;
import com.jme3.util.BufferUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.virtualhall.model.layout.Point;

/**
 * Flat shapes drawn from plan points: route ribbons, arrows, markers. A projection maps plan points to
 * the space they are drawn in (the floor in 3D, the radar in the GUI), so both share one builder.
 */
public final class PlanMeshes {

    private final Function<Point, Vector3f> projection;
    private final List<Vector3f> vertices = new ArrayList<>();

    public PlanMeshes(Function<Point, Vector3f> projection) {
        this.projection = projection;
    }

    /** A band of the given width (plan metres) along a polyline, with square joints. */
    public PlanMeshes ribbon(List<Point> points, double width) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double len = a.distanceTo(b);
            if (len < 1e-6) {
                continue;
            }
            double nx = -(b.y() - a.y()) / len * width / 2;
            double ny = (b.x() - a.x()) / len * width / 2;
            quad(new Point(a.x() + nx, a.y() + ny), new Point(b.x() + nx, b.y() + ny),
                    new Point(b.x() - nx, b.y() - ny), new Point(a.x() - nx, a.y() - ny));
        }
        return this;
    }

    /** Triangles pointing along the polyline every {@code spacing} metres. */
    public PlanMeshes arrows(List<Point> points, double spacing, double size) {
        double next = spacing / 2;
        double walked = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double len = a.distanceTo(b);
            for (; len > 0 && next <= walked + len; next += spacing) {
                double s = next - walked;
                double dx = (b.x() - a.x()) / len;
                double dy = (b.y() - a.y()) / len;
                Point tip = new Point(a.x() + dx * (s + size / 2), a.y() + dy * (s + size / 2));
                Point base = new Point(a.x() + dx * (s - size / 2), a.y() + dy * (s - size / 2));
                triangle(tip, new Point(base.x() - dy * size / 2, base.y() + dx * size / 2),
                        new Point(base.x() + dy * size / 2, base.y() - dx * size / 2));
            }
            walked += len;
        }
        return this;
    }

    /** A triangle marker at a point, pointing along a heading (0 = north, clockwise). */
    public PlanMeshes pointer(Point at, double heading, double size) {
        double sx = Math.sin(heading);
        double sy = -Math.cos(heading);
        Point tip = new Point(at.x() + sx * size, at.y() + sy * size);
        Point left = new Point(at.x() - sx * size * 0.6 + sy * size * 0.6, at.y() - sy * size * 0.6 - sx * size * 0.6);
        Point right = new Point(at.x() - sx * size * 0.6 - sy * size * 0.6, at.y() - sy * size * 0.6 + sx * size * 0.6);
        return triangle(tip, left, right);
    }

    public PlanMeshes rect(double x, double y, double w, double d) {
        return quad(new Point(x, y), new Point(x + w, y), new Point(x + w, y + d), new Point(x, y + d));
    }

    public PlanMeshes quad(Point a, Point b, Point c, Point d) {
        triangle(a, b, c);
        return triangle(a, c, d);
    }

    /** Adds a triangle drawn from both sides (winding does not matter on the floor or in the GUI). */
    public PlanMeshes triangle(Point a, Point b, Point c) {
        Vector3f pa = projection.apply(a);
        Vector3f pb = projection.apply(b);
        Vector3f pc = projection.apply(c);
        vertices.add(pa);
        vertices.add(pb);
        vertices.add(pc);
        vertices.add(pa);
        vertices.add(pc);
        vertices.add(pb);
        return this;
    }

    public boolean isEmpty() {
        return vertices.isEmpty();
    }

    public Mesh build() {
        Mesh mesh = new Mesh();
        mesh.setBuffer(Type.Position, 3, BufferUtils.createFloatBuffer(vertices.toArray(new Vector3f[0])));
        int[] index = new int[vertices.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        mesh.setBuffer(Type.Index, 3, BufferUtils.createIntBuffer(index));
        mesh.updateBound();
        return mesh;
    }
}
