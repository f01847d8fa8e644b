package org.virtualhall.client.script;

import com.jme3.app.Application;
import com.jme3.system.lwjgl.LwjglWindow;
import org.lwjgl.glfw.GLFW;
import org.lwjgl.glfw.GLFWCharCallback;
import org.lwjgl.glfw.GLFWKeyCallback;

/**
 * A script's keyboard and window: keys and typed text go through the window's own GLFW callbacks, as the keyboard's
 * do, so that they take the way real ones take (mappings, Lemur's text fields, raw listeners).
 */
final class WindowInput {

    private WindowInput() {
    }

    /** Presses and releases a key or a chord such as {@code CTRL+ALT+SHIFT+Q} or {@code SHIFT+TAB}. */
    static void press(Application app, String chord) {
        long handle = handle(app);
        GLFWKeyCallback keys = GLFW.glfwSetKeyCallback(handle, null);
        GLFW.glfwSetKeyCallback(handle, keys);
        String[] names = chord.split("\\+");
        int[] codes = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            codes[i] = glfwKey(names[i]);
        }
        for (int code : codes) {
            keys.invoke(handle, code, 0, GLFW.GLFW_PRESS, 0);
        }
        for (int i = codes.length - 1; i >= 0; i--) {
            keys.invoke(handle, codes[i], 0, GLFW.GLFW_RELEASE, 0);
        }
    }

    /** Types text as a keyboard with an input method does: one character after another (Chinese too). */
    static void type(Application app, String text) {
        long handle = handle(app);
        GLFWCharCallback chars = GLFW.glfwSetCharCallback(handle, null);
        GLFW.glfwSetCharCallback(handle, chars);
        text.codePoints().forEach(c -> chars.invoke(handle, c));
    }

    /** Asks the window system for another window size, as a citizen dragging the window's edge does. */
    static void resize(Application app, int width, int height) {
        GLFW.glfwSetWindowSize(handle(app), width, height);
    }

    private static long handle(Application app) {
        if (!(app.getContext() instanceof LwjglWindow window)) {
            throw new IllegalStateException("keys can be pressed in a window only");
        }
        return window.getWindowHandle();
    }

    private static int glfwKey(String name) {
        String field = switch (name) {
            case "CTRL" -> "GLFW_KEY_LEFT_CONTROL";
            case "ALT" -> "GLFW_KEY_LEFT_ALT";
            case "SHIFT" -> "GLFW_KEY_LEFT_SHIFT";
            default -> "GLFW_KEY_" + name;
        };
        try {
            return GLFW.class.getField(field).getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no key " + name);
        }
    }
}
