package org.virtualhall.client.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where everything on the 2D layer goes at a screen size, so that nothing covers anything else: the hall's card at the
 * top left, the route banner at the top centre, the voice toggle and the account at the top right, the radar (with its
 * floor buttons) at the bottom right, the keys line and above it the caption bar at the bottom left, and the open panel
 * in the column left of the radar between the caption bar and the hall's card. Sizes are design pixels times the
 * scale; what a state draws is fitted into its rectangle ({@link Fit}).
 *
 * @param scale the factor the 2D layer is drawn at (grows with the window's height, and with 大字)
 */
public record ScreenLayout(int width, int height, boolean largeText, float scale, Rect hud, Rect banner, Rect voice,
                           Rect account, Rect keys, Rect caption, Rect panel, Rect radar, Rect radarButtons) {

    /** The height the design sizes are made for: at 720 lines the layer is drawn at scale 1. */
    public static final float DESIGN_HEIGHT = 720f;
    /** How much larger text is in 大字 mode. */
    public static final float LARGE_TEXT = 1.35f;

    private static final float MARGIN = 10;
    private static final float HUD_HEIGHT = 145;
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
        Rect banner = new Rect(hud.right() + m, top - CORNER_ROW * 2 * unit, voice.x() - hud.right() - 2 * m, CORNER_ROW * 2 * unit);

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
        Rect panel = new Rect(m, panelBottom, Math.min(columnRight - m, PANEL_MAX_WIDTH * unit), hud.y() - m - panelBottom);
        return new ScreenLayout(width, height, largeText, scale, hud, banner, voice, account, keys, caption, panel, radar, radarButtons);
    }

    /** The rectangles by name, for the report and the tests. */
    public Map<String, Rect> rects() {
        Map<String, Rect> all = new LinkedHashMap<>();
        all.put("hud", hud);
        all.put("banner", banner);
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
