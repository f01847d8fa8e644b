package org.virtualhall.client.nav;

import java.util.ArrayDeque;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;

/**
 * Walkable cells of one floor. Obstacles are grown by the visitor's radius, so a free cell is a place the
 * visitor's centre may stand; walking, collision and routing all use the same answer.
 */
public final class NavGrid {

    public static final double CELL = 0.25;
    public static final double RADIUS = 0.3;

    private final int columns;
    private final int rows;
    private final boolean[] blocked;

    public NavGrid(double width, double depth) {
        this.columns = (int) Math.ceil(width / CELL);
        this.rows = (int) Math.ceil(depth / CELL);
        this.blocked = new boolean[columns * rows];
        block(new Rect(0, 0, width, depth), true);
    }

    /** Blocks a rectangle (grown by the radius); with {@code outside} set, blocks all but its inside instead. */
    private void block(Rect r, boolean outside) {
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                Point c = centre(col, row);
                boolean inside = c.x() > r.x() + RADIUS && c.x() < r.x() + r.width() - RADIUS
                        && c.y() > r.y() + RADIUS && c.y() < r.y() + r.depth() - RADIUS;
                if (outside && !inside) {
                    blocked[row * columns + col] = true;
                }
            }
        }
    }

    public void blockRect(Rect r) {
        fill(r.x() - RADIUS, r.y() - RADIUS, r.x() + r.width() + RADIUS, r.y() + r.depth() + RADIUS);
    }

    /** Blocks a wall segment of the given thickness, grown by the radius. */
    public void blockSegment(Point a, Point b, double thickness) {
        double grow = thickness / 2 + RADIUS;
        double length = a.distanceTo(b);
        int steps = Math.max(1, (int) Math.ceil(length / (CELL / 2)));
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double x = a.x() + (b.x() - a.x()) * t;
            double y = a.y() + (b.y() - a.y()) * t;
            fill(x - grow, y - grow, x + grow, y + grow);
        }
    }

    private void fill(double x0, double y0, double x1, double y1) {
        int c0 = Math.max(0, (int) Math.floor(x0 / CELL));
        int c1 = Math.min(columns - 1, (int) Math.floor(x1 / CELL));
        int r0 = Math.max(0, (int) Math.floor(y0 / CELL));
        int r1 = Math.min(rows - 1, (int) Math.floor(y1 / CELL));
        for (int row = r0; row <= r1; row++) {
            for (int col = c0; col <= c1; col++) {
                blocked[row * columns + col] = true;
            }
        }
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public boolean free(int col, int row) {
        return col >= 0 && row >= 0 && col < columns && row < rows && !blocked[row * columns + col];
    }

    public boolean free(Point p) {
        return free(column(p), row(p));
    }

    public int column(Point p) {
        return (int) Math.floor(p.x() / CELL);
    }

    public int row(Point p) {
        return (int) Math.floor(p.y() / CELL);
    }

    public Point centre(int col, int row) {
        return new Point((col + 0.5) * CELL, (row + 0.5) * CELL);
    }

    /** The free cell nearest to a point (breadth-first), or the point's own cell when it is free. */
    public int nearestFree(Point p) {
        int start = Math.max(0, Math.min(rows - 1, row(p))) * columns + Math.max(0, Math.min(columns - 1, column(p)));
        if (!blocked[start]) {
            return start;
        }
        boolean[] seen = new boolean[blocked.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            if (!blocked[cell]) {
                return cell;
            }
            int col = cell % columns;
            int row = cell / columns;
            int[][] around = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
            for (int[] d : around) {
                int c = col + d[0];
                int r = row + d[1];
                if (c >= 0 && r >= 0 && c < columns && r < rows && !seen[r * columns + c]) {
                    seen[r * columns + c] = true;
                    queue.add(r * columns + c);
                }
            }
        }
        throw new IllegalStateException("no free cell on this floor");
    }

    /** Whether the straight line between two points crosses only free cells. */
    public boolean clearLine(Point a, Point b) {
        double length = a.distanceTo(b);
        int steps = Math.max(1, (int) Math.ceil(length / (CELL / 3)));
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            if (!free(new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t))) {
                return false;
            }
        }
        return true;
    }
}
