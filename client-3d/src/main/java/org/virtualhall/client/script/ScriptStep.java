package org.virtualhall.client.script;

/** A script command in progress; polled once per frame on the render thread. */
@FunctionalInterface
public interface ScriptStep {

    /** Does a frame's worth of work; true when the command is done. */
    boolean advance(float tpf);

    /** A step that does its work at once. */
    static ScriptStep now(Runnable action) {
        return tpf -> {
            action.run();
            return true;
        };
    }
}
