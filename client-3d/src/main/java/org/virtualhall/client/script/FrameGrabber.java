package org.virtualhall.client.script;

import com.jme3.app.Application;
import com.jme3.post.SceneProcessor;
import com.jme3.profile.AppProfiler;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.texture.FrameBuffer;
import com.jme3.util.BufferUtils;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.virtualhall.client.core.HallAppState;

/**
 * Saves the finished frame (3D and GUI) as a PNG: attached to the GUI viewport, which renders last. Also
 * records when the first frame was shown, for the cold-start measurement.
 */
public final class FrameGrabber extends HallAppState {

    private final Processor processor = new Processor();
    private RenderManager renderManager;
    private Path pending;
    private CompletableFuture<Path> done;
    private boolean firstFrame = true;

    @Override
    protected void initialize(Application app) {
        app.getGuiViewPort().addProcessor(processor);
    }

    @Override
    protected void release() {
        getApplication().getGuiViewPort().removeProcessor(processor);
    }

    /** Saves the next frame to the file; completes when it is written. */
    public CompletableFuture<Path> grab(Path file) {
        pending = file;
        done = new CompletableFuture<>();
        return done;
    }

    private static void write(ByteBuffer rgba, int w, int h, Path file) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = ((h - 1 - y) * w + x) * 4;
                int r = rgba.get(i) & 0xff;
                int g = rgba.get(i + 1) & 0xff;
                int b = rgba.get(i + 2) & 0xff;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }

    /** The frame hook; jME calls it after the GUI, i.e. on the finished frame. */
    private final class Processor implements SceneProcessor {

        @Override
        public void initialize(RenderManager rm, ViewPort vp) {
            renderManager = rm;
        }

        @Override
        public void postFrame(FrameBuffer out) {
            if (firstFrame) {
                firstFrame = false;
                long started = ((org.virtualhall.client.HallClient) getApplication()).startedNanos();
                context().facts().put("firstFrameMs", (System.nanoTime() - started) / 1_000_000);
            }
            if (pending == null) {
                return;
            }
            Path file = pending;
            pending = null;
            int w = getApplication().getCamera().getWidth();
            int h = getApplication().getCamera().getHeight();
            ByteBuffer pixels = BufferUtils.createByteBuffer(w * h * 4);
            renderManager.getRenderer().readFrameBuffer(out, pixels);
            try {
                write(pixels, w, h, file);
                done.complete(file);
            } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException("cannot write screenshot " + file, e));
            }
        }

        @Override
        public boolean isInitialized() {
            return renderManager != null;
        }

        @Override
        public void reshape(ViewPort vp, int w, int h) {
        }

        @Override
        public void preFrame(float tpf) {
        }

        @Override
        public void postQueue(RenderQueue rq) {
        }

        @Override
        public void cleanup() {
        }

        @Override
        public void setProfiler(AppProfiler profiler) {
        }
    }
}
