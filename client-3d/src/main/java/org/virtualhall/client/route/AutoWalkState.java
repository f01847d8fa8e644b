package org.virtualhall.client.route;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import org.virtualhall.client.core.HallEvents.OpenWindow;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HotkeyState;
import org.virtualhall.client.walk.WalkState;

/**
 * 自动前往 (G): the visitor is walked along the route shown, for citizens who find steering hard; G again, or the end of
 * the route, stops it.
 */
public final class AutoWalkState extends HotkeyState {

    private AutoPilot pilot;

    public AutoWalkState() {
        super("route.autowalk", KeyInput.KEY_G);
    }

    @Override
    protected void setUp(Application app) {
        // At a window the citizen has business there: the walk stops (G goes on to the next window of the route).
        on(OpenWindow.class, e -> stop());
    }

    private void stop() {
        pilot = null;
        context().facts().put("route.autoWalk", false);
    }

    @Override
    protected void onHotkey() {
        if (pilot != null) {
            pilot = null;
            publish(new Say("已停止自动前往"));
        } else if (model().route() == null) {
            publish(new Say("还没有路线，请先按F3搜索要办的事"));
        } else {
            pilot = new AutoPilot(model(), getState(RouteState.class), getState(WalkState.class));
            publish(new Say("自动前往，再按G停止"));
        }
        context().facts().put("route.autoWalk", pilot != null);
    }

    @Override
    public void update(float tpf) {
        if (pilot != null && pilot.advance(tpf)) {
            stop();
        }
    }
}
