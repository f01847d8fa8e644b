package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.app.SimpleApplication;
import com.jme3.input.KeyInput;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.KeyTrigger;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Container;
import java.util.List;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;

/**
 * Hosts the one dialog panel shown at a time (search, window service, wizard, my applications) in the layout's panel
 * column, left of the radar, from the caption bar up to the hall's card (kept to its title line while a panel is
 * open). While a panel is open, walking keys are off; Esc closes it (and no longer quits).
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
        app().getGuiNode().attachChild(panel);
        place();
        model().setPanelOpen(true);
        context().facts().put("panel", panelName);
    }

    public void close() {
        if (current != null) {
            current.removeFromParent();
            context().facts().put("screen.panel", List.of());
            current = null;
            name = null;
            model().setPanelOpen(false);
            context().facts().put("panel", "none");
        }
    }

    /** Keeps the open panel in the layout's panel column: long lists paged to its height, the rest shrunk to fit it. */
    private void place() {
        ScreenLayout layout = model().layout();
        Rect area = layout.panel();
        PagedList list = pagedList(current);
        if (list != null) {
            // A panel wider than its column is drawn smaller (Fit): its list then has more design pixels of height.
            Vector3f size = current.getPreferredSize();
            float scale = Math.min(layout.scale(), area.width() / size.x);
            list.fit(area.height() / scale - (size.y - list.getPreferredSize().y));
        }
        Rect drawn = Fit.place(current, area, layout.scale(), Fit.Anchor.TOP_LEFT, 10);
        context().facts().put("screen.panel", drawn.toList());
        if (list != null) {
            context().facts().put("panel.pages", list.pages());
            context().facts().put("panel.page", list.page() + 1);
            context().facts().put("panel.rows", list.rows().size());
            context().facts().put("panel.pageRows", list.pageRows());
        }
    }

    /** The paged list in the open panel, or null. */
    public PagedList pagedList() {
        return current == null ? null : pagedList(current);
    }

    private static PagedList pagedList(Spatial node) {
        if (node instanceof PagedList list) {
            return list;
        }
        if (node instanceof Node parent) {
            for (Spatial child : parent.getChildren()) {
                PagedList found = pagedList(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The open panel, or null: the focus walks its controls. */
    public Container panel() {
        return current;
    }

    @Override
    public void update(float tpf) {
        if (current != null) {
            place();
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
