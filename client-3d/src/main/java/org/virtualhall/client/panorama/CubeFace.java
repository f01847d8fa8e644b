package org.virtualhall.client.panorama;

import com.jme3.math.Vector3f;

/**
 * One face of a cube map as the camera saw it: a square 90° view, its axes in world space and its pixels (RGBA,
 * bottom row first, as OpenGL reads them).
 */
record CubeFace(Vector3f direction, Vector3f right, Vector3f up, int size, byte[] rgba) {

    /**
     * The colour this face shows in a world direction, as 0xRRGGBB, bilinearly filtered; the direction must lie
     * within the face's 90° view (its component along {@link #direction} the largest).
     */
    int sample(Vector3f d) {
        float depth = d.dot(direction);
        float u = (d.dot(right) / depth + 1) / 2 * size - 0.5f;
        float v = (d.dot(up) / depth + 1) / 2 * size - 0.5f;
        int x0 = clamp((int) Math.floor(u));
        int y0 = clamp((int) Math.floor(v));
        int x1 = clamp(x0 + 1);
        int y1 = clamp(y0 + 1);
        float fx = Math.max(0, Math.min(1, u - x0));
        float fy = Math.max(0, Math.min(1, v - y0));
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            float top = channel(x0, y0, c) * (1 - fx) + channel(x1, y0, c) * fx;
            float bottom = channel(x0, y1, c) * (1 - fx) + channel(x1, y1, c) * fx;
            rgb = (rgb << 8) | Math.round(top * (1 - fy) + bottom * fy);
        }
        return rgb;
    }

    private int channel(int x, int y, int c) {
        return rgba[(y * size + x) * 4 + c] & 0xFF;
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(size - 1, i));
    }
}
