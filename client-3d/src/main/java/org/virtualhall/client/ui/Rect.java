package org.virtualhall.client.ui;

import java.util.List;

/** A rectangle on screen in GUI pixels: x from the left, y from the bottom (as jME's GUI node counts). */
public record Rect(float x, float y, float width, float height) {

    public float right() {
        return x + width;
    }

    public float top() {
        return y + height;
    }

    /** Whether the two share any area (touching edges do not count). */
    public boolean overlaps(Rect other) {
        return x < other.right() && other.x < right() && y < other.top() && other.y < top();
    }

    /** Whether this one lies wholly inside the other. */
    public boolean within(Rect other) {
        float slack = 0.5f;
        return x >= other.x - slack && y >= other.y - slack && right() <= other.right() + slack && top() <= other.top() + slack;
    }

    /** Rounded, for the run's report: {@code [x, y, width, height]}. */
    public List<Integer> toList() {
        return List.of(Math.round(x), Math.round(y), Math.round(width), Math.round(height));
    }

    public static Rect of(List<? extends Number> xywh) {
        return new Rect(xywh.get(0).floatValue(), xywh.get(1).floatValue(), xywh.get(2).floatValue(), xywh.get(3).floatValue());
    }
}
