package org.virtualhall.client.script;

import com.jme3.renderer.Statistics;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the renderer drew per frame while the frame rate is measured (draw calls, triangles, state changes),
 * averaged, so that a bench report says why a scene is slow, not only that it is.
 */
final class RenderLoad {

    private static final List<String> KEPT = List.of("Objects", "Triangles", "Vertices", "Uniforms", "Shaders (F)", "Textures (F)");

    private final Statistics statistics;
    private final String[] labels;
    private final long[] sums;
    private final int[] frame;
    private long frames;
    private long cpuStart;

    RenderLoad(Statistics statistics) {
        this.statistics = statistics;
        this.labels = statistics.getLabels();
        this.sums = new long[labels.length];
        this.frame = new int[labels.length];
    }

    void start() {
        Arrays.fill(sums, 0);
        frames = 0;
        cpuStart = processCpuNanos();
        statistics.setEnabled(true);
        statistics.clearFrame();
    }

    /** Adds the frame just drawn and starts counting the next one. */
    void frameDrawn() {
        statistics.getData(frame);
        for (int i = 0; i < frame.length; i++) {
            sums[i] += frame[i];
        }
        frames++;
        statistics.clearFrame();
    }

    /**
     * Average per frame of each kept counter, under names such as {@code render.objects}, and the CPU time of
     * the whole process per frame (the software rasterizer's threads included): unlike the frame rate it does
     * not move when a virtual machine's host takes cores away.
     */
    Map<String, Number> stop() {
        statistics.setEnabled(false);
        Map<String, Number> averages = new LinkedHashMap<>();
        averages.put("render.cpuMsPerFrame", frames == 0 ? 0 : Math.round((processCpuNanos() - cpuStart) / 1e4 / frames) / 100.0);
        for (int i = 0; i < labels.length; i++) {
            if (KEPT.contains(labels[i])) {
                String name = labels[i].replace(" (F)", "").toLowerCase(Locale.ROOT);
                averages.put("render." + name, frames == 0 ? 0 : Math.round((double) sums[i] / frames));
            }
        }
        return averages;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
