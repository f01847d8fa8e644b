package org.virtualhall.model.layout;

/** An axis-aligned rectangle on a floor plan, in metres (x, y is the north-west corner). */
public record Rect(double x, double y, double width, double depth) {

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + depth;
    }

    public boolean contains(Rect r) {
        return r.x >= x && r.y >= y && r.x + r.width <= x + width && r.y + r.depth <= y + depth;
    }

    /** True when the two rectangles share area (touching edges do not count). */
    public boolean overlaps(Rect r) {
        return r.x < x + width && x < r.x + r.width && r.y < y + depth && y < r.y + r.depth;
    }

    public Point centre() {
        return new Point(x + width / 2, y + depth / 2);
    }

    /** A rectangle of the given size centred on a point. */
    public static Rect around(Point centre, double width, double depth) {
        return new Rect(centre.x() - width / 2, centre.y() - depth / 2, width, depth);
    }
}
