package org.virtualhall.client.scene;

import com.jme3.app.Application;
import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapText;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.Spatial.CullHint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.FloorChanged;
import org.virtualhall.client.core.HallEvents.PanoramaShown;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Floor;

/**
 * The hall in 3D: every floor generated from the data (the visitor's first, the others in the background), the
 * visitor's floor in the scene, under the hall's soft light ({@link HallLights}, baked in).
 */
public final class HallSceneState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(HallSceneState.class.getName());

    private final Node hallNode = new Node("hall");
    private final Map<Integer, CompletableFuture<Node>> floors = new LinkedHashMap<>();

    @Override
    protected void initialize(Application app) {
        buildFloors(app.getAssetManager());
        Node root = app().getRootNode();
        app.getViewPort().setBackgroundColor(HallLights.BACKGROUND);
        app.getCamera().setFrustumPerspective(60, (float) app.getCamera().getWidth() / app.getCamera().getHeight(),
                0.1f, 120f);
        root.attachChild(hallNode);
        show(model().player().floor());
        on(FloorChanged.class, e -> show(e.level()));
        on(PanoramaShown.class, e -> hallNode.setCullHint(e.viewpoint() == null ? CullHint.Inherit : CullHint.Always));
        getState(ScriptState.class).register("locate", c -> ScriptStep.now(() -> locate(c.arg(0))));
    }

    /**
     * Records where a window is in the data and where its sign stands in the generated scene (floor node and
     * world x/z of the "A03 窗口" text): what a test checks after the back office moved the window.
     */
    private void locate(String number) {
        Window window = model().hall().window(number)
                .orElseThrow(() -> new IllegalArgumentException("no window " + number));
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("floor", window.floor());
        where.put("x", window.position().x());
        where.put("y", window.position().y());
        floors.forEach((level, node) -> node.join().depthFirstTraversal(s -> {
            if (s instanceof BitmapText text && text.getText().equals(number + " 窗口")) {
                where.put("sceneFloor", level);
                where.put("signX", text.getWorldTranslation().x);
                where.put("signZ", text.getWorldTranslation().z);
            }
        }));
        context().facts().put("locate." + number, where);
    }

    /**
     * Builds the visitor's floor now and the others on a background thread while the first frames are drawn: a
     * city hall's five floors take most of a second, which the first frame need not wait for. The builds share
     * one factory and its caches, so the background starts only once the visitor's floor is done and builds one
     * floor after the other; nodes are attached to the scene only on the render thread.
     */
    private void buildFloors(AssetManager assets) {
        long t0 = System.nanoTime();
        Hall hall = model().hall();
        HallSceneFactory factory = new HallSceneFactory(assets, context().font());
        SceneBatcher batcher = new SceneBatcher(assets);
        int first = model().player().floor();
        Node firstNode = batcher.batch(factory.floor(hall, hall.layout().floor(first)
                .orElseThrow(() -> new IllegalStateException("the visitor stands on floor " + first + ", which the hall has not"))));
        ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hall-floors");
            t.setDaemon(true);
            return t;
        });
        for (Floor floor : hall.layout().floors()) {
            floors.put(floor.level(), floor.level() == first ? CompletableFuture.completedFuture(firstNode)
                    : CompletableFuture.supplyAsync(() -> batcher.batch(factory.floor(hall, floor)), builder));
        }
        builder.shutdown();
        LOG.info(() -> "hall floor " + first + " built from data in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        CompletableFuture.allOf(floors.values().toArray(CompletableFuture[]::new)).thenRun(() -> LOG.info(() ->
                "hall built from data: " + floors.size() + " floors in " + (System.nanoTime() - t0) / 1_000_000 + " ms"));
    }

    private void show(int level) {
        hallNode.detachAllChildren();
        Spatial floor = floors.get(level).join();
        floor.setCullHint(CullHint.Dynamic);
        hallNode.attachChild(floor);
    }
}
