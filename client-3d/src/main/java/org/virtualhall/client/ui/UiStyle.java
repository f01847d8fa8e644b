package org.virtualhall.client.ui;

import com.jme3.font.BitmapFont;
import com.jme3.math.ColorRGBA;
import com.simsilica.lemur.Axis;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.FillMode;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Insets3f;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.IconComponent;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.component.SpringGridLayout;
import com.simsilica.lemur.style.Attributes;
import com.simsilica.lemur.style.ElementId;
import com.simsilica.lemur.style.Styles;

/**
 * The Lemur look of the client, set in code (Lemur's Groovy style scripts would need Groovy on the class
 * path for nothing else): the baked CJK font everywhere, dark translucent panels, large readable text.
 */
public final class UiStyle {

    public static final String STYLE = "hall";
    public static final ElementId TITLE = new ElementId("title");
    public static final ElementId PANEL = new ElementId("panel");
    public static final ColorRGBA PANEL_BACKGROUND = new ColorRGBA(0.08f, 0.12f, 0.2f, 0.86f);
    public static final ColorRGBA ACCENT = new ColorRGBA(1f, 0.84f, 0.29f, 1f);
    /** A problem with what was typed, shown beside the field. */
    public static final ColorRGBA PROBLEM = new ColorRGBA(1f, 0.5f, 0.45f, 1f);

    /** Touch targets at a kiosk: at least this tall at 1080 lines, in pixels. */
    private static final float TOUCH_PIXELS_AT_1080 = 56f;
    /** How much larger than a desktop's the kiosk's controls are at 1080 lines. */
    private static final float KIOSK_FACTOR = 1.6f;
    private static float scale = 1f;

    private UiStyle() {
    }

    /** The factor text and controls are drawn at: 1 on a desktop, larger and following the screen's height at a kiosk. */
    public static float scale() {
        return scale;
    }

    /** A size in pixels at the current scale. */
    public static float scaled(float pixels) {
        return pixels * scale;
    }

    /** The side of a touch key at the current scale. */
    public static float touchSize() {
        return TOUCH_PIXELS_AT_1080 * scale / KIOSK_FACTOR;
    }

    /** The scale for a kiosk screen of this height: touch-sized controls that grow with the screen. */
    public static float kioskScale(int screenHeight) {
        return KIOSK_FACTOR * screenHeight / 1080f;
    }

    /** A translucent panel whose children stack top to bottom. */
    public static Container panel() {
        return new Container(new SpringGridLayout(Axis.Y, Axis.X, FillMode.None, FillMode.Even), PANEL, STYLE);
    }

    /**
     * A row of children side by side, without a background. Add them without a position: along this layout's main
     * axis a position is a column, which would put the child under the others.
     */
    public static Container row() {
        return new Container(new SpringGridLayout(Axis.X, Axis.Y, FillMode.None, FillMode.Even), STYLE);
    }

    private static IconComponent icon(ColorRGBA colour) {
        IconComponent icon = new IconComponent("/com/simsilica/lemur/icons/Check.png");
        icon.setColor(colour);
        icon.setIconSize(new com.jme3.math.Vector2f(18, 18));
        icon.setMargin(4, 0);
        return icon;
    }

    /** The style at scale 1 (a desktop). */
    public static void apply(BitmapFont font) {
        apply(font, 1f);
    }

    public static void apply(BitmapFont font, float uiScale) {
        scale = uiScale;
        Styles styles = GuiGlobals.getInstance().getStyles();
        Attributes all = styles.getSelector(STYLE);
        all.set("font", font);
        all.set("fontSize", scaled(20f));
        all.set("color", ColorRGBA.White);

        Attributes label = styles.getSelector(Label.ELEMENT_ID, STYLE);
        label.set("insets", new Insets3f(2, 4, 2, 4));

        Attributes title = styles.getSelector(TITLE.getId(), STYLE);
        title.set("fontSize", scaled(26f));
        title.set("color", ACCENT);
        title.set("insets", new Insets3f(4, 4, 6, 4));

        Attributes panel = styles.getSelector(PANEL.getId(), STYLE);
        panel.set("background", new QuadBackgroundComponent(PANEL_BACKGROUND));
        panel.set("insets", insets(10, 12));

        Attributes button = styles.getSelector(Button.ELEMENT_ID, STYLE);
        button.set("background", new QuadBackgroundComponent(new ColorRGBA(0.18f, 0.36f, 0.62f, 0.95f)));
        button.set("insets", insets(3, 6));
        button.set("textHAlignment", com.simsilica.lemur.HAlignment.Center);

        Attributes field = styles.getSelector(TextField.ELEMENT_ID, STYLE);
        field.set("background", new QuadBackgroundComponent(new ColorRGBA(1, 1, 1, 0.95f)));
        field.set("color", ColorRGBA.Black);
        field.set("singleLine", true);

        Attributes checkbox = styles.getSelector(Checkbox.ELEMENT_ID, STYLE);
        checkbox.set("onView", icon(ACCENT));
        checkbox.set("offView", icon(new ColorRGBA(0.5f, 0.55f, 0.6f, 0.6f)));

        styles.setDefaultStyle(STYLE);
    }

    private static Insets3f insets(float vertical, float horizontal) {
        return new Insets3f(scaled(vertical), scaled(horizontal), scaled(vertical), scaled(horizontal));
    }
}
