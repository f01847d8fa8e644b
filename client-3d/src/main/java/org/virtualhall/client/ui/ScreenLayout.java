package org.virtualhall.client.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything on the 2D layer goes at a screen size, so that nothing covers anything else: the hall's card at the
 * top left, the route banner at the top centre, the voice toggle and the account at the top right, the radar (with its
 * floor buttons) at the bottom right, the keys line and above it the caption bar at the bottom left, and the open panel
 * in the column left of the radar from the caption bar up to the hall's card, which keeps to its title line
 * ({@code hudTitle}) while a panel is open so that long lists get the height; the route banner and the demo text
 * message then keep to one line beside it ({@code bannerLine}). Sizes are design pixels times the scale;
 * what a state draws is fitted into its rectangle ({@link Fit}).
 *
 * @param scale the factor the 2D layer is drawn at (grows with the window's height, and with 大字)
 */
public record ScreenLayout(int width, int height, boolean largeText, float scale, Rect hud, Rect hudTitle, Rect banner,
                           Rect bannerLine, Rect voice, Rect account, Rect keys, Rect caption, Rect panel, Rect radar, Rect radarButtons) {

    /** The height the design sizes are made for: at 720 lines the layer is drawn at scale 1. */
    public static final float DESIGN_HEIGHT = 720f;
    /** How much larger text is in 大字 mode. */
    public static final float LARGE_TEXT = 1.35f;

    private static final float MARGIN = 10;
    private static final float HUD_HEIGHT = 145;
    /** The card's one title line (offline marked in it), with the panel's insets; the banner's one line as tall. */
    private static final float HUD_TITLE_HEIGHT = 58;
    private static final float CORNER_WIDTH = 250;
    private static final float CORNER_ROW = 42;
    private static final float KEYS_HEIGHT = 44;
    private static final float CAPTION_HEIGHT = 80;
    private static final float RADAR_WIDTH = 400;
    private static final float RADAR_BUTTONS = 40;
    /** Wider than this a panel's lines grow too long to read. */
    private static final float PANEL_MAX_WIDTH = 980;

    /**
     * The layout of a screen.
     *
     * @param contentScale what the 2D layer's content is already drawn at (a kiosk's larger controls), 1 on a desktop
     * @param largeText    大字
     * @param radarAspect  the radar's depth over its width (the deepest floor's)
     */
    public static ScreenLayout of(int width, int height, float contentScale, boolean largeText, double radarAspect) {
        float scale = height / DESIGN_HEIGHT / contentScale * (largeText ? LARGE_TEXT : 1f);
        float unit = scale * contentScale;
        float m = MARGIN * unit;
        float cornerWidth = Math.min(CORNER_WIDTH * unit, width * 0.25f);
        float top = height - m;
        Rect voice = new Rect(width - m - cornerWidth, top - CORNER_ROW * unit, cornerWidth, CORNER_ROW * unit);
        Rect account = new Rect(voice.x(), voice.y() - CORNER_ROW * unit, cornerWidth, CORNER_ROW * unit);
        float hudWidth = Math.min(width * 0.45f, 600 * unit);
        Rect hud = new Rect(m, top - HUD_HEIGHT * unit, hudWidth, HUD_HEIGHT * unit);
        Rect hudTitle = new Rect(m, top - HUD_TITLE_HEIGHT * unit, hudWidth, HUD_TITLE_HEIGHT * unit);
        Rect banner = new Rect(hud.right() + m, top - CORNER_ROW * 2 * unit, voice.x() - hud.right() - 2 * m, CORNER_ROW * 2 * unit);
        Rect bannerLine = new Rect(banner.x(), hudTitle.y(), banner.width(), hudTitle.height());

        float radarWidth = Math.min(RADAR_WIDTH * unit, width * 0.32f);
        float radarHeight = (float) (radarWidth * radarAspect);
        float radarCap = height * 0.42f;
        if (radarHeight > radarCap) {
            radarHeight = radarCap;
            radarWidth = (float) (radarHeight / radarAspect);
        }
        Rect radar = new Rect(width - m - radarWidth, m, radarWidth, radarHeight);
        Rect radarButtons = new Rect(radar.x(), radar.top(), radarWidth, RADAR_BUTTONS * unit);

        float columnRight = radar.x() - 2 * m;
        Rect keys = new Rect(m, m / 2, columnRight - m, KEYS_HEIGHT * unit);
        Rect caption = new Rect(m, keys.top() + m / 2, columnRight - m, CAPTION_HEIGHT * unit);
        float panelBottom = caption.top() + m;
        // Up beside the voice toggle and the account, the column stops short of them.
        float panelWidth = Math.min(Math.min(columnRight, account.x() - m) - m, PANEL_MAX_WIDTH * unit);
        Rect panel = new Rect(m, panelBottom, panelWidth, hudTitle.y() - m - panelBottom);
        return new ScreenLayout(width, height, largeText, scale, hud, hudTitle, banner, bannerLine, voice, account, keys, caption,
                panel, radar, radarButtons);
    }

    /**
     * Whether two of the {@link #rects} can be on screen at once: the card or the banner whole and on one line never
     * are, nor a panel and the whole card or banner.
     */
    public static boolean shownTogether(String a, String b) {
        for (String whole : List.of("hud", "banner")) {
            if (a.startsWith(whole) && b.startsWith(whole) || Set.of(a, b).equals(Set.of(whole, "panel"))) {
                return false;
            }
        }
        return true;
    }

    /** The rectangles by name, for the report and the tests. */
    public Map<String, Rect> rects() {
        Map<String, Rect> all = new LinkedHashMap<>();
        all.put("hud", hud);
        all.put("hudTitle", hudTitle);
        all.put("banner", banner);
        all.put("bannerLine", bannerLine);
        all.put("voice", voice);
        all.put("account", account);
        all.put("keys", keys);
        all.put("caption", caption);
        all.put("panel", panel);
        all.put("radar", radar);
        all.put("radarButtons", radarButtons);
        return all;
    }
}
