package org.virtualhall.client.voice;

import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.client.ui.UiStyle;

/** The caption line above the bottom edge: what the voice says is always shown, sound or not. */
final class CaptionBar {

    private static final float SHOW_SECONDS = 7f;
    private static final float MAX_WIDTH = 760;

    private final Container panel = UiStyle.panel();
    private final Label text;
    private float left;

    CaptionBar() {
        text = panel.addChild(new Label("", UiStyle.STYLE));
        text.setFontSize(UiStyle.scaled(24f));
    }

    Container panel() {
        return panel;
    }

    void show(String caption) {
        text.setText("【语音】" + caption);
        left = SHOW_SECONDS;
    }

    /** Counts down; true while the caption should stay on screen. */
    boolean tick(float tpf) {
        left -= tpf;
        return left > 0;
    }

    /** Centred at the bottom of the layout's caption area, its lines as wide as the area allows. */
    Rect place(ScreenLayout layout) {
        text.setMaxWidth(Math.min(UiStyle.scaled(MAX_WIDTH), layout.caption().width() / layout.scale() - UiStyle.scaled(30)));
        return Fit.place(panel, layout.caption(), layout.scale(), Fit.Anchor.BOTTOM_CENTRE, 30);
    }
}
