package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.renderer.Camera;
import org.virtualhall.client.core.HallAppState;

/**
 * Keeps {@link ScreenLayout} in the shared model for the window's present size and the 大字 setting, so that every state
 * draws into its own rectangle, also after the window was resized. Attached first: the others read it in their update.
 */
public final class LayoutState extends HallAppState {

    private double radarAspect;

    @Override
    protected void initialize(Application app) {
        radarAspect = model().hall().layout().floors().stream().mapToDouble(f -> f.depth() / f.width()).max().orElse(1);
        refresh();
    }

    @Override
    public void update(float tpf) {
        refresh();
    }

    private void refresh() {
        Camera cam = getApplication().getCamera();
        ScreenLayout now = model().layout();
        boolean large = model().reading().largeText();
        if (now != null && now.width() == cam.getWidth() && now.height() == cam.getHeight() && now.largeText() == large) {
            return;
        }
        ScreenLayout next = ScreenLayout.of(cam.getWidth(), cam.getHeight(), UiStyle.scale(), large, radarAspect);
        model().setLayout(next);
        next.rects().forEach((name, r) -> context().facts().put("layout." + name, r.toList()));
        context().facts().put("layout.scale", next.scale());
    }
}
