package org.virtualhall.client.ui;

import com.jme3.math.ColorRGBA;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.Panel;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.core.GuiComponent;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * 高对比: every panel, label and button of the 2D layer drawn opaque black, text white, what can be pressed and titles in
 * yellow; each element's own look is kept to be given back when the mode is turned off. Text fields stay black on white,
 * the focus mark stays as {@link FocusState} draws it.
 */
final class Contrast {

    static final ColorRGBA BACKGROUND = new ColorRGBA(0, 0, 0, 1);
    static final ColorRGBA TEXT = new ColorRGBA(1, 1, 1, 1);
    static final ColorRGBA ACTION = new ColorRGBA(1, 1, 0, 1);

    private record Look(GuiComponent background, ColorRGBA colour) {
    }

    private final Map<Panel, Look> originals = new WeakHashMap<>();

    /** Restyles what under {@code root} has not been restyled yet. */
    void apply(Spatial root) {
        if (root instanceof Panel panel && !(panel instanceof TextField) && !originals.containsKey(panel) && !marked(panel)) {
            restyle(panel);
        }
        if (root instanceof Node node) {
            for (Spatial child : node.getChildren()) {
                apply(child);
            }
        }
    }

    private void restyle(Panel panel) {
        Label label = panel instanceof Label l ? l : null;
        originals.put(panel, new Look(panel.getBackground(), label == null ? null : label.getColor()));
        if (panel.getBackground() != null || label != null) {
            panel.setBackground(new QuadBackgroundComponent(BACKGROUND));
        }
        if (label != null) {
            boolean accent = UiStyle.ACCENT.equals(label.getColor());
            label.setColor(label instanceof Button || accent ? ACTION : TEXT);
        }
    }

    /** Gives every element restyled its own look back. */
    void restore() {
        originals.forEach((panel, look) -> {
            if (!marked(panel)) {
                panel.setBackground(look.background());
            }
            if (panel instanceof Label label && look.colour() != null) {
                label.setColor(look.colour());
            }
        });
        originals.clear();
    }

    static boolean marked(Panel panel) {
        return panel.getBackground() instanceof QuadBackgroundComponent q && FocusState.MARK.equals(q.getColor());
    }
}
