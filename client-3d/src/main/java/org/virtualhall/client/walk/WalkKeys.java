package org.virtualhall.client.walk;

import com.jme3.input.InputManager;
import com.jme3.input.KeyInput;
import com.jme3.input.MouseInput;
import com.jme3.input.controls.KeyTrigger;
import com.jme3.input.controls.MouseAxisTrigger;
import com.jme3.input.controls.MouseButtonTrigger;

/** Walking controls in one place: keyboard alone is enough; the mouse adds looking and zoom. */
final class WalkKeys {

    static final String FORWARD = "walk.forward";
    static final String BACK = "walk.back";
    static final String LEFT = "walk.strafeLeft";
    static final String RIGHT = "walk.strafeRight";
    static final String TURN_LEFT = "walk.turnLeft";
    static final String TURN_RIGHT = "walk.turnRight";
    static final String LOOK_UP = "walk.lookUp";
    static final String LOOK_DOWN = "walk.lookDown";
    static final String RUN = "walk.run";
    static final String FLOOR_UP = "walk.floorUp";
    static final String FLOOR_DOWN = "walk.floorDown";
    static final String ZOOM_IN = "walk.zoomIn";
    static final String ZOOM_OUT = "walk.zoomOut";
    static final String FULLSCREEN = "walk.fullscreen";
    static final String DRAG = "walk.drag";
    static final String MOUSE_LEFT = "walk.mouseLeft";
    static final String MOUSE_RIGHT = "walk.mouseRight";
    static final String MOUSE_UP = "walk.mouseUp";
    static final String MOUSE_DOWN = "walk.mouseDown";

    static final String[] ANALOG = {FORWARD, BACK, LEFT, RIGHT, TURN_LEFT, TURN_RIGHT, LOOK_UP, LOOK_DOWN,
        MOUSE_LEFT, MOUSE_RIGHT, MOUSE_UP, MOUSE_DOWN};
    static final String[] ACTIONS = {RUN, FLOOR_UP, FLOOR_DOWN, ZOOM_IN, ZOOM_OUT, FULLSCREEN, DRAG};

    private WalkKeys() {
    }

    static void map(InputManager in) {
        in.addMapping(FORWARD, new KeyTrigger(KeyInput.KEY_W), new KeyTrigger(KeyInput.KEY_UP));
        in.addMapping(BACK, new KeyTrigger(KeyInput.KEY_S), new KeyTrigger(KeyInput.KEY_DOWN));
        in.addMapping(LEFT, new KeyTrigger(KeyInput.KEY_A));
        in.addMapping(RIGHT, new KeyTrigger(KeyInput.KEY_D));
        in.addMapping(TURN_LEFT, new KeyTrigger(KeyInput.KEY_LEFT), new KeyTrigger(KeyInput.KEY_Q));
        in.addMapping(TURN_RIGHT, new KeyTrigger(KeyInput.KEY_RIGHT), new KeyTrigger(KeyInput.KEY_E));
        in.addMapping(LOOK_UP, new KeyTrigger(KeyInput.KEY_HOME));
        in.addMapping(LOOK_DOWN, new KeyTrigger(KeyInput.KEY_END));
        in.addMapping(RUN, new KeyTrigger(KeyInput.KEY_LSHIFT), new KeyTrigger(KeyInput.KEY_RSHIFT));
        in.addMapping(FLOOR_UP, new KeyTrigger(KeyInput.KEY_PGUP));
        in.addMapping(FLOOR_DOWN, new KeyTrigger(KeyInput.KEY_PGDN));
        in.addMapping(ZOOM_IN, new MouseAxisTrigger(MouseInput.AXIS_WHEEL, false), new KeyTrigger(KeyInput.KEY_EQUALS));
        in.addMapping(ZOOM_OUT, new MouseAxisTrigger(MouseInput.AXIS_WHEEL, true), new KeyTrigger(KeyInput.KEY_MINUS));
        in.addMapping(FULLSCREEN, new KeyTrigger(KeyInput.KEY_F11));
        in.addMapping(DRAG, new MouseButtonTrigger(MouseInput.BUTTON_RIGHT));
        in.addMapping(MOUSE_LEFT, new MouseAxisTrigger(MouseInput.AXIS_X, true));
        in.addMapping(MOUSE_RIGHT, new MouseAxisTrigger(MouseInput.AXIS_X, false));
        in.addMapping(MOUSE_UP, new MouseAxisTrigger(MouseInput.AXIS_Y, false));
        in.addMapping(MOUSE_DOWN, new MouseAxisTrigger(MouseInput.AXIS_Y, true));
    }

    static void unmap(InputManager in) {
        for (String m : ANALOG) {
            in.deleteMapping(m);
        }
        for (String m : ACTIONS) {
            in.deleteMapping(m);
        }
    }
}
