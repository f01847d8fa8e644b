package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.nav.ManoeuvreWriter;

/** The top-left line: the hall's name, the floor, where the data came from, and the keys. */
public final class HudState extends HallAppState {

    static final String KEYS = "WASD/方向键 行走 · 右键拖动 环视 · 滚轮 缩放 · PgUp/PgDn 换楼层 · F3 搜索 · Enter 窗口办事 · F4 我的申请"
            + " · F5 登录 · V 语音 · Esc 关闭 · F11 全屏";

    private Container box;
    private Label title;
    private Label keys;
    private int shownFloor;

    @Override
    protected void initialize(Application app) {
        box = UiStyle.panel();
        title = box.addChild(new Label("", UiStyle.TITLE, UiStyle.STYLE));
        box.addChild(new Label("数据来源：" + model().source(), UiStyle.STYLE)).setFontSize(15f);
        keys = new Label(KEYS, UiStyle.STYLE);
        keys.setFontSize(14f);
        keys.setColor(new com.jme3.math.ColorRGBA(0.15f, 0.2f, 0.3f, 1));
        refresh();
    }

    private void refresh() {
        shownFloor = model().player().floor();
        title.setText(model().hall().info().name() + " · " + ManoeuvreWriter.floorName(shownFloor));
    }

    @Override
    public void update(float tpf) {
        if (model().player().floor() != shownFloor) {
            refresh();
        }
        box.setLocalTranslation(10, getApplication().getCamera().getHeight() - 10, 0);
        keys.setLocalTranslation(10, 24, 0);
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
