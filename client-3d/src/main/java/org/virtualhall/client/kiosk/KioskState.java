package org.virtualhall.client.kiosk;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.jme3.input.RawInputListener;
import com.jme3.input.event.JoyAxisEvent;
import com.jme3.input.event.JoyButtonEvent;
import com.jme3.input.event.KeyInputEvent;
import com.jme3.input.event.MouseButtonEvent;
import com.jme3.input.event.MouseMotionEvent;
import com.jme3.input.event.TouchEvent;
import com.jme3.system.lwjgl.LwjglWindow;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.lwjgl.glfw.GLFW;
import org.virtualhall.client.apply.MyApplicationsState;
import org.virtualhall.client.apply.WizardState;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.UserActive;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.kiosk.IdleClock.Due;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.search.SearchState;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.tour.AutoTourState;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.client.window.WindowPanelState;

/**
 * Kiosk mode (自助终端, {@code --kiosk}): the client cannot be closed (Esc, Alt-F4 and the close button do nothing)
 * except by staff — Ctrl+Alt+Shift+Q, then the operator PIN; idle, the auto-tour starts, and later the visit is reset
 * ({@link VisitReset}) for the next citizen; a row of touch buttons does what the function keys do.
 */
public final class KioskState extends HallAppState implements RawInputListener {

    private static final Logger LOG = Logger.getLogger(KioskState.class.getName());

    private IdleClock clock;
    private OperatorPin pin;
    private Container touchBar;
    private OperatorPanel operator;
    private boolean ctrl;
    private boolean alt;
    private boolean shift;
    private boolean leaving;

    @Override
    protected void initialize(Application app) {
        KioskSettings settings = context().options().kiosk();
        if (!settings.on()) {
            setEnabled(false);
            return;
        }
        clock = new IdleClock(settings.idleTourSeconds(), settings.resetAfterSeconds());
        pin = new OperatorPin(settings.pinHash());
        operator = new OperatorPanel(this::tryPin);
        touchBar = UiStyle.row();
        touchButton("搜索办事", () -> getState(SearchState.class).open());
        touchButton("窗口办事", () -> getState(WindowPanelState.class).serveHere());
        touchButton("我的申请", () -> getState(MyApplicationsState.class).open());
        touchButton("大厅导览", () -> getState(AutoTourState.class).start(Integer.MAX_VALUE));
        touchButton("关闭窗口", () -> getState(PanelState.class).close());
        context().facts().put("kiosk.pinConfigured", pin.configured());
        ScriptState script = getState(ScriptState.class);
        // The test's stand-in for the wall clock: as if the kiosk had stood untouched that long.
        script.register("idle-advance", c -> ScriptStep.now(() -> advance(c.number(0))));
        script.register("close-window", c -> ScriptStep.now(() -> app().requestClose(false)));
        script.register("pin", c -> ScriptStep.now(() -> {
            if (!"operator".equals(getState(PanelState.class).openPanel())) {
                throw new IllegalStateException("the operator's PIN pad is not open");
            }
            operator.type(c.arg(0));
        }));
        LOG.info(() -> "kiosk mode: auto-tour after " + settings.idleTourSeconds() + " s, reset after "
                + settings.resetAfterSeconds() + " s idle; operator PIN " + (pin.configured() ? "configured" : "not configured"));
    }

    private void touchButton(String label, Runnable action) {
        Button b = touchBar.addChild(new Button(label, UiStyle.STYLE));
        b.setFontSize(UiStyle.scaled(22f));
        b.addClickCommands(x -> action.run());
    }

    /** Whether a request to close the window is refused (kiosk mode, and not being left by the operator). */
    public boolean holdsOpen() {
        return isEnabled() && !leaving;
    }

    /** The close button or Alt-F4 was used: stay, and tell the window system so. */
    public void closeRefused() {
        context().facts().increment("kiosk.closeRefused");
        if (getApplication().getContext() instanceof LwjglWindow window) {
            GLFW.glfwSetWindowShouldClose(window.getWindowHandle(), false);
        }
    }

    @Override
    public void update(float tpf) {
        advance(tpf);
        touchBar.setLocalTranslation(10, UiStyle.touchSize() * 1.6f + 40, 20);
    }

    private void advance(double seconds) {
        Due due = clock.advance(seconds);
        if (due == Due.TOUR && !model().panelOpen() && !getState(AutoTourState.class).running()) {
            getState(AutoTourState.class).start(Integer.MAX_VALUE);
        } else if (due == Due.RESET) {
            reset();
        }
    }

    private void reset() {
        publish(new VisitReset());
        context().facts().increment("kiosk.resets");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("panel", String.valueOf(getState(PanelState.class).openPanel()));
        after.put("searchText", getState(SearchState.class).text());
        after.put("route", model().route() != null);
        after.put("tour", getState(AutoTourState.class).running());
        after.put("applications", getState(MyApplicationsState.class).count());
        after.put("wizardDraft", getState(WizardState.class).drafting());
        after.put("signedIn", getState(SessionState.class).signedIn());
        context().facts().put("kiosk.afterReset", after);
        LOG.info("kiosk: the visit was reset after the idle time");
    }

    private void tryPin(String entered) {
        if (pin.matches(entered)) {
            LOG.info("kiosk: the operator left kiosk mode");
            leaving = true;
            getApplication().stop();
        } else {
            context().facts().increment("kiosk.pinRefused");
            operator.refused();
        }
    }

    @Override
    public void onKeyEvent(KeyInputEvent evt) {
        activity();
        switch (evt.getKeyCode()) {
            case KeyInput.KEY_LCONTROL, KeyInput.KEY_RCONTROL -> ctrl = evt.isPressed();
            case KeyInput.KEY_LMENU, KeyInput.KEY_RMENU -> alt = evt.isPressed();
            case KeyInput.KEY_LSHIFT, KeyInput.KEY_RSHIFT -> shift = evt.isPressed();
            case KeyInput.KEY_Q -> {
                if (evt.isPressed() && ctrl && alt && shift) {
                    operatorKey();
                }
            }
            default -> { }
        }
    }

    private void operatorKey() {
        if (!pin.configured()) {
            LOG.warning("kiosk: the operator key was pressed, but no operator PIN is configured (" + KioskSettings.FILE + ")");
            context().facts().put("kiosk.operator", "no-pin");
            return;
        }
        context().facts().put("kiosk.operator", "asked");
        getState(PanelState.class).open("operator", operator.panel());
    }

    private void activity() {
        clock.activity();
        publish(new UserActive());
    }

    @Override
    public void onMouseButtonEvent(MouseButtonEvent evt) {
        activity();
    }

    @Override
    public void onTouchEvent(TouchEvent evt) {
        activity();
    }

    @Override
    public void onMouseMotionEvent(MouseMotionEvent evt) {
    }

    @Override
    public void onJoyAxisEvent(JoyAxisEvent evt) {
    }

    @Override
    public void onJoyButtonEvent(JoyButtonEvent evt) {
    }

    @Override
    public void beginInput() {
    }

    @Override
    public void endInput() {
    }

    @Override
    protected void onEnable() {
        getApplication().getInputManager().addRawInputListener(this);
        app().getGuiNode().attachChild(touchBar);
    }

    @Override
    protected void onDisable() {
        getApplication().getInputManager().removeRawInputListener(this);
        if (touchBar != null) {
            touchBar.removeFromParent();
        }
    }
}
