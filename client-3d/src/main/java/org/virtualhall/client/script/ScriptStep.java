package org.virtualhall.client.script;

import java.util.List;
import java.util.function.Supplier;

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

    /** Steps one after another, each made when the one before is done (so it sees what that one did). */
    @SafeVarargs
    static ScriptStep sequence(Supplier<ScriptStep>... steps) {
        List<Supplier<ScriptStep>> all = List.of(steps);
        int[] index = {0};
        ScriptStep[] current = {null};
        return tpf -> {
            while (index[0] < all.size()) {
                if (current[0] == null) {
                    current[0] = all.get(index[0]).get();
                }
                if (!current[0].advance(tpf)) {
                    return false;
                }
                current[0] = null;
                index[0]++;
            }
            return true;
        };
    }

    /** The step, failing the script when it is not done within {@code seconds}. */
    static ScriptStep within(double seconds, String what, ScriptStep step) {
        double[] left = {seconds};
        return tpf -> {
            if (step.advance(tpf)) {
                return true;
            }
            if ((left[0] -= tpf) <= 0) {
                throw new IllegalStateException("waited " + (int) seconds + " s for " + what);
            }
            return false;
        };
    }
}
