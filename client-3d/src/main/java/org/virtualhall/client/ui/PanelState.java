package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.input.KeyInput;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.KeyTrigger;
import com.simsilica.lemur.Container;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;

/**
 * Hosts the one dialog panel shown at a time (search, window service, wizard, my applications) on the
 * left of the screen. While a panel is open, walking keys are off; Esc closes it (and no longer quits).
 */
public final class PanelState extends HallAppState implements ActionListener {

    private static final String CLOSE = "panel.close";

    private Container current;
    private String name;

    @Override
    protected void initialize(Application app) {
        app.getInputManager().deleteMapping(SimpleApplication.INPUT_MAPPING_EXIT);
        app.getInputManager().addMapping(CLOSE, new KeyTrigger(KeyInput.KEY_ESCAPE));
        ScriptState script = getState(ScriptState.class);
        script.register("close", c -> ScriptStep.now(this::close));
        script.register("wait-panel", c -> ScriptStep.within(c.args().size() > 1 ? c.number(1) : 30, "the panel " + c.arg(0),
                tpf -> c.arg(0).equals(name)));
        on(VisitReset.class, e -> close());
    }

    @Override
    protected void release() {
        getApplication().getInputManager().deleteMapping(CLOSE);
    }

    /** Shows a panel, replacing the one open. */
    public void open(String panelName, Container panel) {
        close();
        current = panel;
        name = panelName;
        float top = getApplication().getCamera().getHeight() - 130;
        panel.setLocalTranslation(20, top, 10);
        app().getGuiNode().attachChild(panel);
        model().setPanelOpen(true);
        context().facts().put("panel", panelName);
    }

    public void close() {
        if (current != null) {
            current.removeFromParent();
            current = null;
            name = null;
            model().setPanelOpen(false);
            context().facts().put("panel", "none");
        }
    }

    /** The name of the open panel, or null. */
    public String openPanel() {
        return name;
    }

    @Override
    public void onAction(String action, boolean pressed, float tpf) {
        if (pressed) {
            close();
        }
    }

    @Override
    protected void onEnable() {
        getApplication().getInputManager().addListener(this, CLOSE);
    }

    @Override
    protected void onDisable() {
        getApplication().getInputManager().removeListener(this);
    }
}
