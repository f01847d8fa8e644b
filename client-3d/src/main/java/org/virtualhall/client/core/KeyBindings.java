package org.virtualhall.client.core;

import com.jme3.input.InputManager;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.KeyTrigger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keys that act whether a panel is open or not (the reading help: 大字, 高对比, 重播 …), for a state to bind and free. */
public final class KeyBindings implements ActionListener {

    private final InputManager input;
    private final Map<String, Runnable> actions = new LinkedHashMap<>();

    public KeyBindings(InputManager input) {
        this.input = input;
    }

    public KeyBindings bind(String mapping, int key, Runnable action) {
        input.addMapping(mapping, new KeyTrigger(key));
        actions.put(mapping, action);
        return this;
    }

    public void listen() {
        input.addListener(this, actions.keySet().toArray(String[]::new));
    }

    public void stop() {
        input.removeListener(this);
    }

    public void release() {
        actions.keySet().forEach(input::deleteMapping);
    }

    @Override
    public void onAction(String name, boolean pressed, float tpf) {
        if (pressed) {
            actions.get(name).run();
        }
    }
}
