package org.virtualhall.client.walk;

import com.jme3.app.Application;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.AnalogListener;
import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.renderer.Camera;
import com.jme3.system.AppSettings;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.Stepped;
import org.virtualhall.client.core.HallEvents.UserActive;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.client.nav.NavGrid;
import org.virtualhall.model.layout.Connector;

/**
 * First-person walking: WASD or arrows, mouse-look with the right button, zoom with the wheel, F11 for
 * full screen, Page Up/Down at the stairs or lift. Collision uses the same walkable grid as routing, and
 * slides along walls and counters instead of stopping dead.
 */
public final class WalkState extends HallAppState implements AnalogListener, ActionListener {

    public static final float EYE_HEIGHT = 1.65f;
    /** How close to a connector's access point a visitor must be to take it. */
    public static final double CONNECTOR_REACH = 2.5;
    private static final float WALK_SPEED = 2.2f;
    private static final float TURN_SPEED = 1.6f;
    private static final float MOUSE_SPEED = 2.5f;

    private float pitch = -0.08f;
    private float fov = 60;
    private boolean running;
    private boolean dragging;

    @Override
    protected void initialize(Application app) {
        WalkKeys.map(app.getInputManager());
        on(VisitReset.class, e -> {
            model().returnToEntrance();
            pitch = -0.08f;
            dragging = false;
            running = false;
        });
    }

    @Override
    protected void release() {
        WalkKeys.unmap(getApplication().getInputManager());
    }

    @Override
    protected void onEnable() {
        getApplication().getInputManager().addListener(this, WalkKeys.ANALOG);
        getApplication().getInputManager().addListener(this, WalkKeys.ACTIONS);
    }

    @Override
    protected void onDisable() {
        getApplication().getInputManager().removeListener(this);
    }

    @Override
    public void onAnalog(String name, float value, float tpf) {
        if (model().panelOpen()) {
            return;
        }
        boolean mouse = name.startsWith("walk.mouse");
        if (mouse && !dragging) {
            return;
        }
        publish(new UserActive());
        float speed = WALK_SPEED * (running ? 2f : 1f);
        switch (name) {
            case WalkKeys.FORWARD -> step(speed * tpf, 0);
            case WalkKeys.BACK -> step(-speed * tpf, 0);
            case WalkKeys.LEFT -> step(0, -speed * tpf);
            case WalkKeys.RIGHT -> step(0, speed * tpf);
            case WalkKeys.TURN_LEFT -> turn(-TURN_SPEED * tpf);
            case WalkKeys.TURN_RIGHT -> turn(TURN_SPEED * tpf);
            case WalkKeys.LOOK_UP -> pitch = FastMath.clamp(pitch + tpf, -1.2f, 1.2f);
            case WalkKeys.LOOK_DOWN -> pitch = FastMath.clamp(pitch - tpf, -1.2f, 1.2f);
            case WalkKeys.MOUSE_LEFT -> turn(-value * MOUSE_SPEED);
            case WalkKeys.MOUSE_RIGHT -> turn(value * MOUSE_SPEED);
            case WalkKeys.MOUSE_UP -> pitch = FastMath.clamp(pitch + value * MOUSE_SPEED, -1.2f, 1.2f);
            case WalkKeys.MOUSE_DOWN -> pitch = FastMath.clamp(pitch - value * MOUSE_SPEED, -1.2f, 1.2f);
            default -> { }
        }
    }

    @Override
    public void onAction(String name, boolean pressed, float tpf) {
        if (name.equals(WalkKeys.RUN)) {
            running = pressed;
        } else if (name.equals(WalkKeys.DRAG)) {
            dragging = pressed;
        }
        if (!pressed || model().panelOpen()) {
            return;
        }
        publish(new UserActive());
        switch (name) {
            case WalkKeys.FLOOR_UP -> changeFloor(+1);
            case WalkKeys.FLOOR_DOWN -> changeFloor(-1);
            case WalkKeys.ZOOM_IN -> fov = FastMath.clamp(fov - 5, 25, 80);
            case WalkKeys.ZOOM_OUT -> fov = FastMath.clamp(fov + 5, 25, 80);
            case WalkKeys.FULLSCREEN -> toggleFullscreen();
            default -> { }
        }
    }

    /** Moves forward (and sideways) relative to the heading, sliding along obstacles. */
    public void step(double forward, double sideways) {
        Player p = model().player();
        double h = p.heading();
        double dx = Math.sin(h) * forward + Math.cos(h) * sideways;
        double dy = -Math.cos(h) * forward + Math.sin(h) * sideways;
        NavGrid grid = model().navigation().grid(p.floor());
        model().movePlayer(p.at(Collision.move(grid, p.position(), dx, dy)));
        publish(new Stepped());
    }

    private void turn(double radians) {
        Player p = model().player();
        model().movePlayer(p.turnedTo(p.heading() + radians));
    }

    /** Takes the nearest stairs or lift up or down a floor, when close enough to its entrance. */
    public boolean changeFloor(int direction) {
        Player p = model().player();
        int target = p.floor() + direction;
        for (Connector c : model().hall().layout().connectors()) {
            if (c.floors().contains(p.floor()) && c.floors().contains(target)
                    && c.access().distanceTo(p.position()) <= CONNECTOR_REACH) {
                model().movePlayer(new Player(target, c.access(), p.heading()));
                publish(new Say("已到达" + ManoeuvreWriter.floorName(target)));
                return true;
            }
        }
        boolean exists = model().hall().layout().floor(target).isPresent();
        publish(new Say(exists ? "请走到楼梯或电梯口再换楼层" : "没有" + ManoeuvreWriter.floorName(target)));
        return false;
    }

    private void toggleFullscreen() {
        AppSettings settings = getApplication().getContext().getSettings();
        settings.setFullscreen(!settings.isFullscreen());
        getApplication().getContext().restart();
    }

    public void setPitch(float pitch) {
        this.pitch = pitch;
    }

    @Override
    public void update(float tpf) {
        Camera cam = getApplication().getCamera();
        Player p = model().player();
        cam.setLocation(new com.jme3.math.Vector3f((float) p.position().x(), EYE_HEIGHT, (float) p.position().y()));
        cam.setRotation(new Quaternion().fromAngles(-pitch, FastMath.PI - (float) p.heading(), 0));
        cam.setFrustumPerspective(fov, (float) cam.getWidth() / cam.getHeight(), 0.1f, 120f);
    }
}
