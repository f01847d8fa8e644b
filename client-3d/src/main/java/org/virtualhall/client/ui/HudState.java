package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.math.ColorRGBA;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Insets3f;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.nav.ManoeuvreWriter;

/**
 * The top-left panel: offline, the 离线 banner with the age of the hall's data; the hall's name, the floor, where the
 * data came from; and the keys along the bottom. While a panel is open the card keeps to its title line (离线 marked in
 * it), so that the panel's list gets the height.
 */
public final class HudState extends HallAppState {

    /** At a kiosk there is no keyboard: what to touch. */
    static final String TOUCH = "点按下方按钮搜索办事、查看我的申请 · 点按右上角实名登录 · 点按右下角平面图前往该处";
    static final String KEYS = "WASD/方向键 行走 · 右键拖动 环视 · 滚轮 缩放 · PgUp/PgDn 换楼层 · F3 搜索 · G 自动前往 · Enter 窗口办事"
            + " · F4 我的申请 · F5 登录 · V 语音 · Tab/方向键 切换按钮 · Esc 关闭 · F6 大字 · F7 高对比 · F8 重播 · F9 字幕记录"
            + " · F10 朗读 · F12 语速 · F11 全屏";

    /** The banner's amber: unlike anything else on screen, so that nobody takes a kept hall for today's. */
    private static final ColorRGBA OFFLINE = new ColorRGBA(0.85f, 0.42f, 0.05f, 1f);

    private Container box;
    private Label banner;
    private Label title;
    private Label keys;
    private Label source;
    private int shownFloor;
    private boolean compact;

    @Override
    protected void initialize(Application app) {
        box = UiStyle.panel();
        if (model().offlineBanner() != null) {
            banner = new Label(model().offlineBanner(), UiStyle.STYLE);
            banner.setBackground(new QuadBackgroundComponent(OFFLINE));
            banner.setInsets(new Insets3f(2, 0, 6, 0));
            context().facts().put("hud.offlineBanner", model().offlineBanner());
        }
        title = new Label("", UiStyle.TITLE, UiStyle.STYLE);
        source = new Label("数据来源：" + model().source(), UiStyle.STYLE);
        source.setFontSize(UiStyle.scaled(15f));
        keys = new Label(context().options().kiosk().on() ? TOUCH : KEYS, UiStyle.STYLE);
        keys.setFontSize(UiStyle.scaled(14f));
        keys.setColor(new ColorRGBA(0.15f, 0.2f, 0.3f, 1));
        refresh();
    }

    /** Fills the card for the floor, whole or (while a panel is open) its title line alone. */
    private void refresh() {
        shownFloor = model().player().floor();
        compact = model().panelOpen();
        box.clearChildren();
        if (banner != null && !compact) {
            box.addChild(banner);
        }
        box.addChild(title);
        if (!compact) {
            box.addChild(source);
        }
        title.setText((banner != null && compact ? "离线 · " : "") + model().hall().info().name() + " · "
                + ManoeuvreWriter.floorName(shownFloor));
    }

    @Override
    public void update(float tpf) {
        if (model().player().floor() != shownFloor || model().panelOpen() != compact) {
            refresh();
        }
        ScreenLayout layout = model().layout();
        keys.setMaxWidth(layout.keys().width() / layout.scale());
        // Where the data came from may be long (an address and why it did not answer): it wraps within the card.
        source.setMaxWidth(layout.hud().width() / layout.scale() - UiStyle.scaled(30));
        Rect card = compact ? layout.hudTitle() : layout.hud();
        context().facts().put("screen.hud", Fit.place(box, card, layout.scale(), Fit.Anchor.TOP_LEFT, 0).toList());
        context().facts().put("screen.keys", Fit.place(keys, layout.keys(), layout.scale(), Fit.Anchor.TOP_LEFT, 0).toList());
    }

    @Override
    protected void onEnable() {
        app().getGuiNode().attachChild(box);
        app().getGuiNode().attachChild(keys);
    }

    @Override
    protected void onDisable() {
        box.removeFromParent();
        keys.removeFromParent();
    }
}
