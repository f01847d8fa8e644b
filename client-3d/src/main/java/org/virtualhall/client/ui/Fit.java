package org.virtualhall.client.ui;

import com.jme3.math.Vector3f;
import com.simsilica.lemur.Panel;

/** Draws a Lemur element inside a rectangle of the {@link ScreenLayout}: at the layout's scale, smaller when it would not fit. */
public final class Fit {

    /** Where in its rectangle an element sits. */
    public enum Anchor { TOP_LEFT, TOP_RIGHT, TOP_CENTRE, BOTTOM_CENTRE }

    private Fit() {
    }

    /** Scales and moves the element into the area; returns the rectangle it now covers. */
    public static Rect place(Panel element, Rect area, float scale, Anchor anchor, float z) {
        Vector3f size = element.getPreferredSize();
        float s = scale;
        if (size.x > 0 && size.y > 0) {
            s = Math.min(s, Math.min(area.width() / size.x, area.height() / size.y));
        }
        float w = size.x * s;
        float h = size.y * s;
        float x = switch (anchor) {
            case TOP_LEFT -> area.x();
            case TOP_RIGHT -> area.right() - w;
            case TOP_CENTRE, BOTTOM_CENTRE -> area.x() + (area.width() - w) / 2;
        };
        float top = anchor == Anchor.BOTTOM_CENTRE ? area.y() + h : area.top();
        element.setLocalScale(s);
        element.setLocalTranslation(x, top, z);
        return new Rect(x, top - h, w, h);
    }
}
