package org.virtualhall.client.ui;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.jme3.input.event.KeyInputEvent;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Checkbox;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.GuiGlobals;
import com.simsilica.lemur.Panel;
import com.simsilica.lemur.TextField;
import com.simsilica.lemur.component.QuadBackgroundComponent;
import com.simsilica.lemur.core.GuiComponent;
import com.simsilica.lemur.event.DefaultRawInputListener;
import com.simsilica.lemur.event.KeyAction;
import com.simsilica.lemur.event.KeyModifiers;
import com.simsilica.lemur.focus.FocusNavigationState;
import java.util.ArrayList;
import java.util.List;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.ReadingChanged;

/**
 * The keyboard in every panel: Tab/↓/→ to the next control, Shift-Tab/↑/← to the one before (←/→ move the caret in a
 * text field instead), Enter presses a button or ticks a box, PgUp/PgDn turn a paged list's page; Esc closes the panel
 * ({@link PanelState}). The focused control is drawn in orange with black text. Panels need nothing of their own: the
 * controls are found in the open panel as it is drawn, in reading order.
 */
public final class FocusState extends HallAppState {

    /** The focus mark: unlike any button and unlike the titles' yellow, readable in both colour schemes. */
    static final ColorRGBA MARK = new ColorRGBA(1f, 0.6f, 0f, 1f);

    private final Listener keys = new Listener();
    private Container panel;
    private Panel focused;
    private GuiComponent savedBackground;
    private ColorRGBA savedColour;
    private boolean shift;

    @Override
    protected void initialize(Application app) {
        on(ReadingChanged.class, e -> remark());
        // Lemur's own focus navigation would move a second, invisible focus with the same keys.
        FocusNavigationState lemur = getState(FocusNavigationState.class);
        if (lemur != null) {
            lemur.setEnabled(false);
        }
    }

    @Override
    public void update(float tpf) {
        Container open = getState(PanelState.class).panel();
        if (open != panel) {
            panel = open;
            unmark();
            focused = null;
            if (panel != null) {
                List<Panel> controls = controls();
                Spatial lemurFocus = GuiGlobals.getInstance().getCurrentFocus();
                focus(controls.contains(lemurFocus) ? (Panel) lemurFocus : controls.isEmpty() ? null : controls.get(0));
            }
            return;
        }
        if (panel != null && (focused == null || !isShown(focused))) {
            List<Panel> controls = controls();
            focus(controls.isEmpty() ? null : controls.get(0));
        }
        if (focused instanceof TextField) {
            context().facts().put("focus", describe(focused));
        }
    }

    /** The buttons, boxes and fields of the open panel as drawn, top to bottom and left to right. */
    public List<Panel> controls() {
        List<Panel> out = new ArrayList<>();
        if (panel != null) {
            collect(panel, out);
        }
        return out;
    }

    private static void collect(Spatial node, List<Panel> out) {
        if (node instanceof Button || node instanceof TextField) {
            out.add((Panel) node);
            return;
        }
        if (node instanceof Node parent) {
            for (Spatial child : parent.getChildren()) {
                collect(child, out);
            }
        }
    }

    private boolean isShown(Spatial control) {
        for (Spatial s = control; s != null; s = s.getParent()) {
            if (s == panel) {
                return true;
            }
        }
        return false;
    }

    /** Moves the focus {@code step} controls on, round from the last to the first. */
    public void move(int step) {
        List<Panel> controls = controls();
        if (controls.isEmpty()) {
            return;
        }
        int at = controls.indexOf(focused);
        int next = at < 0 ? 0 : Math.floorMod(at + step, controls.size());
        focus(controls.get(next));
    }

    /** Presses the focused button (ticks the focused box). */
    public void activate() {
        if (focused instanceof Checkbox box) {
            box.setChecked(!box.isChecked());
        } else if (focused instanceof Button button) {
            button.click();
        }
    }

    private void focus(Panel control) {
        unmark();
        focused = control;
        if (control == null) {
            context().facts().put("focus", "");
            return;
        }
        savedBackground = control.getBackground();
        control.setBackground(new QuadBackgroundComponent(MARK));
        if (control instanceof Button button) {
            savedColour = button.getColor();
            button.setColor(ColorRGBA.Black);
            GuiGlobals.getInstance().requestFocus(null);
        } else {
            TextField field = (TextField) control;
            // A text field with the keyboard gets its keys before any other listener: it is told to pass the focus on.
            field.getActionMap().put(new KeyAction(KeyInput.KEY_TAB), (source, key) -> move(1));
            field.getActionMap().put(new KeyAction(KeyInput.KEY_TAB, KeyModifiers.SHIFT_DOWN), (source, key) -> move(-1));
            field.getActionMap().put(new KeyAction(KeyInput.KEY_DOWN), (source, key) -> move(1));
            field.getActionMap().put(new KeyAction(KeyInput.KEY_UP), (source, key) -> move(-1));
            GuiGlobals.getInstance().requestFocus(control);
        }
        context().facts().put("focus", describe(control));
    }

    /**
     * After 高对比 changed the controls' look: the look to give back is the new one (unless the mark was drawn over it,
     * then the one kept).
     */
    private void remark() {
        if (focused != null && !Contrast.marked(focused)) {
            Panel control = focused;
            focused = null;
            focus(control);
        }
    }

    private void unmark() {
        if (focused != null) {
            focused.setBackground(savedBackground);
            if (focused instanceof Button button && savedColour != null) {
                button.setColor(savedColour);
            }
        }
        savedColour = null;
        savedBackground = null;
    }

    /** What the report says the focus is on: a button's text, or 输入框 and what it holds. */
    static String describe(Panel control) {
        if (control instanceof Button button) {
            return button.getText();
        }
        return "输入框：" + ((TextField) control).getText();
    }

    /** The keys arrive here before any mapping: those the focus uses are consumed, so that nothing else acts on them. */
    private final class Listener extends DefaultRawInputListener {
        @Override
        public void onKeyEvent(KeyInputEvent evt) {
            int code = evt.getKeyCode();
            if (code == KeyInput.KEY_LSHIFT || code == KeyInput.KEY_RSHIFT) {
                shift = evt.isPressed();
                return;
            }
            if (panel == null || !evt.isPressed()) {
                return;
            }
            if (focused instanceof TextField && GuiGlobals.getInstance().getCurrentFocus() == focused) {
                // The field has the keys (its own actions pass the focus on).
                return;
            }
            boolean inField = focused instanceof TextField;
            switch (code) {
                case KeyInput.KEY_TAB -> move(shift ? -1 : 1);
                case KeyInput.KEY_DOWN -> move(1);
                case KeyInput.KEY_UP -> move(-1);
                case KeyInput.KEY_RIGHT, KeyInput.KEY_LEFT -> {
                    if (inField) {
                        return;
                    }
                    move(code == KeyInput.KEY_RIGHT ? 1 : -1);
                }
                case KeyInput.KEY_RETURN, KeyInput.KEY_NUMPADENTER, KeyInput.KEY_SPACE -> {
                    if (inField) {
                        return;
                    }
                    activate();
                }
                case KeyInput.KEY_PGUP, KeyInput.KEY_PGDN -> turnPage(code == KeyInput.KEY_PGDN ? 1 : -1);
                default -> {
                    return;
                }
            }
            evt.setConsumed();
        }
    }

    private void turnPage(int delta) {
        PagedList list = getState(PanelState.class).pagedList();
        if (list != null) {
            list.turn(delta);
        }
    }

    @Override
    protected void onEnable() {
        getApplication().getInputManager().addRawInputListener(keys);
    }

    @Override
    protected void onDisable() {
        getApplication().getInputManager().removeRawInputListener(keys);
        unmark();
    }
}
