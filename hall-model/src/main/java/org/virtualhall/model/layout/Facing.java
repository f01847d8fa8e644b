package org.virtualhall.model.layout;

/** A compass direction on the plan: where a window's citizen side or a sign's face points. */
public enum Facing {
    NORTH(0, -1), EAST(1, 0), SOUTH(0, 1), WEST(-1, 0);

    private final int dx;
    private final int dy;

    Facing(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** Unit step on the plan in this direction. */
    public Point step(Point from, double metres) {
        return new Point(from.x() + dx * metres, from.y() + dy * metres);
    }

    /** Whether a thing facing this way runs along the x axis (its front is parallel to x). */
    public boolean alongX() {
        return dy != 0;
    }
}
