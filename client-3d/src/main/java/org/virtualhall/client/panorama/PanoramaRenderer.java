package org.virtualhall.client.panorama;

import com.jme3.app.SimpleApplication;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Node;
import com.jme3.system.AppSettings;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Image;
import com.jme3.util.BufferUtils;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.virtualhall.client.HallText;
import org.virtualhall.client.font.CjkFontFactory;
import org.virtualhall.client.font.GlyphSet;
import org.virtualhall.client.scene.HallLights;
import org.virtualhall.client.scene.HallSceneFactory;
import org.virtualhall.client.scene.SceneBatcher;
import org.virtualhall.client.walk.WalkState;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;
import org.virtualhall.model.hall.HallSource;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * {@code ./hall panoramas render}: the default 720° panorama of every viewpoint, rendered from the 3D hall itself
 * at that spot and eye height: six 90° views into an offscreen cube map, projected into an equirectangular JPEG in
 * the hall folder's {@code panoramas/}. One viewpoint per frame.
 */
public final class PanoramaRenderer extends SimpleApplication {

    private static final Logger LOG = Logger.getLogger(PanoramaRenderer.class.getName());
    private static final int FACE_PIXELS = 1024;
    private static final float QUALITY = 0.85f;
    /** The six faces: where each looks and which way is up in it. */
    private static final List<Vector3f[]> FACES = List.of(
            new Vector3f[] {Vector3f.UNIT_X, Vector3f.UNIT_Y}, new Vector3f[] {Vector3f.UNIT_X.negate(), Vector3f.UNIT_Y},
            new Vector3f[] {Vector3f.UNIT_Z, Vector3f.UNIT_Y}, new Vector3f[] {Vector3f.UNIT_Z.negate(), Vector3f.UNIT_Y},
            new Vector3f[] {Vector3f.UNIT_Y, Vector3f.UNIT_Z}, new Vector3f[] {Vector3f.UNIT_Y.negate(), Vector3f.UNIT_Z.negate()});

    private final Hall hall;
    private final Path folder;
    private final int width;
    private final CompletableFuture<CjkFontFactory.Baked> font;
    private final Deque<Viewpoint> queue;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private final Node scene = new Node("panorama-scene");
    private Map<Integer, Node> floors;
    private ViewPort view;
    private FrameBuffer buffer;
    private int rendered;

    private PanoramaRenderer(Hall hall, Path folder, int width, List<Viewpoint> viewpoints) {
        this.hall = hall;
        this.folder = folder;
        this.width = width;
        this.queue = new ArrayDeque<>(viewpoints);
        this.font = CompletableFuture.supplyAsync(() -> new CjkFontFactory(48).bake(new GlyphSet().add(HallText.all(hall))));
    }

    /** Arguments: the hall folder, then optionally {@code --width N} and viewpoint ids to render only those. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: PanoramaRenderer HALL_DIR [--width N] [VIEWPOINT_ID ...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int width = 2048;
        List<String> only = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--width")) {
                width = Integer.parseInt(args[++i]);
            } else {
                only.add(args[i]);
            }
        }
        Hall hall = HallLoader.loadWithoutPhotos(HallSource.directory(dir));
        List<Viewpoint> chosen = hall.viewpoints().stream().filter(v -> only.isEmpty() || only.contains(v.id())).toList();
        if (chosen.size() < Math.max(1, only.size())) {
            System.err.println("no viewpoint " + only + " in " + dir);
            System.exit(2);
        }
        PanoramaRenderer app = new PanoramaRenderer(hall, dir, width, chosen);
        AppSettings settings = new AppSettings(true);
        settings.setResolution(320, 240);
        settings.setAudioRenderer(null);
        settings.setVSync(false);
        settings.setTitle("全景渲染");
        app.setSettings(settings);
        app.setShowSettings(false);
        app.setPauseOnLostFocus(false);
        app.start();
        int rendered = app.done.join();
        System.out.println("rendered " + rendered + " panoramas into " + dir.resolve(Viewpoint.FOLDER));
        System.exit(rendered == chosen.size() ? 0 : 1);
    }

    @Override
    public void simpleInitApp() {
        setDisplayFps(false);
        setDisplayStatView(false);
        floors = new HallSceneFactory(assetManager, CjkFontFactory.toFont(assetManager, font.join())).build(hall);
        SceneBatcher batcher = new SceneBatcher(assetManager);
        floors.replaceAll((level, node) -> batcher.batch(node));
        buffer = new FrameBuffer(FACE_PIXELS, FACE_PIXELS, 1);
        buffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.RGBA8));
        buffer.setDepthTarget(FrameBufferTarget.newTarget(Image.Format.Depth));
        Camera cam = new Camera(FACE_PIXELS, FACE_PIXELS);
        cam.setFrustumPerspective(90, 1, 0.05f, 150f);
        view = new ViewPort("panorama-face", cam);
        view.setClearFlags(true, true, true);
        view.setBackgroundColor(HallLights.BACKGROUND);
        view.setOutputFrameBuffer(buffer);
        view.attachScene(scene);
    }

    @Override
    public void simpleRender(RenderManager rm) {
        Viewpoint v = queue.poll();
        if (v == null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            scene.detachAllChildren();
            scene.attachChild(floors.get(v.floor()));
            scene.updateLogicalState(0);
            scene.updateGeometricState();
            List<CubeFace> faces = new ArrayList<>();
            for (Vector3f[] face : FACES) {
                faces.add(capture(rm, new Vector3f((float) v.x(), WalkState.EYE_HEIGHT, (float) v.y()), face[0], face[1]));
            }
            BufferedImage image = Equirect.fromCube(faces, v.heading(), width);
            PanoramaJpeg.write(image, QUALITY, folder.resolve(v.file()));
            rendered++;
            LOG.info(() -> "rendered " + v.file() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (Exception e) {
            done.completeExceptionally(e);
            stop();
            return;
        }
        if (queue.isEmpty()) {
            done.complete(rendered);
            stop();
        }
    }

    private CubeFace capture(RenderManager rm, Vector3f eye, Vector3f direction, Vector3f up) {
        Camera cam = view.getCamera();
        cam.setLocation(eye);
        cam.lookAtDirection(direction, up);
        rm.renderViewPort(view, 0);
        ByteBuffer pixels = BufferUtils.createByteBuffer(FACE_PIXELS * FACE_PIXELS * 4);
        rm.getRenderer().readFrameBuffer(buffer, pixels);
        byte[] rgba = new byte[pixels.remaining()];
        pixels.get(rgba);
        return new CubeFace(cam.getDirection().clone(), cam.getLeft().negate(), cam.getUp().clone(), FACE_PIXELS, rgba);
    }
}
