package org.virtualhall.client.route;

import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.client.ui.UiStyle;

/**
 * The banner at the top centre: the next manoeuvre, distance and time left, and the stops; while a panel is open the
 * next manoeuvre alone.
 */
final class RouteBanner {

    private final Container panel = UiStyle.panel();
    private final Label next;
    private final Label left;
    private final Label stops;

    RouteBanner() {
        next = panel.addChild(new Label("", UiStyle.TITLE, UiStyle.STYLE));
        next.setFontSize(30f);
        left = panel.addChild(new Label("", UiStyle.STYLE));
        stops = panel.addChild(new Label("", UiStyle.STYLE));
        stops.setFontSize(16f);
    }

    Container panel() {
        return panel;
    }

    /** Updates the texts; Lemur lays a label out again on every change, so unchanged text is left alone. */
    void show(String manoeuvre, double toNext, double remaining, String route) {
        update(next, manoeuvre + (toNext >= 1 ? "（" + Math.round(toNext) + "米）" : ""));
        update(left, String.format("剩余 %d 米 · 步行约 %s", Math.round(remaining), minutes(remaining)));
        update(stops, "路线：" + route);
    }

    private static void update(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    static String minutes(double metres) {
        double seconds = metres / org.virtualhall.client.nav.Route.WALKING_SPEED;
        return seconds < 60 ? Math.max(1, Math.round(seconds)) + " 秒" : Math.round(seconds / 60) + " 分钟";
    }

    /** Whole, or while a panel is open its next manoeuvre alone, on the line beside the card's title. */
    void place(ScreenLayout layout, boolean panelOpen) {
        if (panelOpen == (left.getParent() != null)) {
            panel.clearChildren();
            panel.addChild(next);
            if (!panelOpen) {
                panel.addChild(left);
                panel.addChild(stops);
            }
        }
        Fit.place(panel, panelOpen ? layout.bannerLine() : layout.banner(), layout.scale(), Fit.Anchor.TOP_CENTRE, 1);
    }
}
