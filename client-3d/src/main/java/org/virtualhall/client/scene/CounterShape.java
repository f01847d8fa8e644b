package org.virtualhall.client.scene;

import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.layout.Rect;

/** The footprint of a window's counter on the plan, from its position and facing. */
public final class CounterShape {

    private CounterShape() {
    }

    public static Rect footprint(Window w) {
        boolean alongX = w.facing().alongX();
        double width = alongX ? Window.COUNTER_WIDTH : Window.COUNTER_DEPTH;
        double depth = alongX ? Window.COUNTER_DEPTH : Window.COUNTER_WIDTH;
        return Rect.around(w.position(), width, depth);
    }
}
