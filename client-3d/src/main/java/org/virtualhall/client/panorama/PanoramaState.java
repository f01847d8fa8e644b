package org.virtualhall.client.panorama;

import com.jme3.app.Application;
import com.jme3.font.BitmapFont;
import com.jme3.font.BitmapText;
import com.jme3.input.InputManager;
import com.jme3.input.KeyInput;
import com.jme3.input.MouseInput;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.AnalogListener;
import com.jme3.input.controls.KeyTrigger;
import com.jme3.input.controls.MouseAxisTrigger;
import com.jme3.input.controls.MouseButtonTrigger;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.math.FastMath;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.control.BillboardControl;
import com.jme3.scene.shape.Cylinder;
import com.jme3.scene.shape.Sphere;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.plugins.AWTLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.EnterViewpoint;
import org.virtualhall.client.core.HallEvents.OpenWindow;
import org.virtualhall.client.core.HallEvents.PanoramaShown;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.UserActive;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.client.walk.WalkState;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.panorama.Hotspot;
import org.virtualhall.model.panorama.Viewpoint;

/**
 * 实景: a viewpoint's 720° photo around the visitor instead of the generated hall. P at a viewpoint's blue mark, walking
 * onto the mark ({@link ViewpointArrivalState}), or a click on its mark on the radar steps in; the mouse (drag) and
 * the arrow keys look around, the wheel and +/− zoom, the view turns slowly by itself when left alone; a click on a
 * hotspot opens its window's panel, moves to its viewpoint or reads its notice; Esc (or P) steps back into the hall
 * at the same spot, facing the same way.
 */
public final class PanoramaState extends HallAppState implements ActionListener, AnalogListener {

    private static final Logger LOG = Logger.getLogger(PanoramaState.class.getName());
    private static final float RADIUS = 20f;
    private static final float LOOK_SPEED = 70f;
    private static final float MOUSE_SPEED = 180f;
    private static final float AUTO_TURN = 4f;
    private static final float IDLE_SECONDS = 4f;
    private static final float PICK_DEGREES = 6f;
    /** How near a viewpoint's mark P steps in, in metres. */
    private static final double REACH = 2.5;
    private static final double LABEL_HIDDEN_WITHIN = 4;
    /** The radius of a viewpoint's blue mark on the floor, in metres. */
    static final float MARK_RADIUS = 0.45f;
    private static final ColorRGBA MARK = new ColorRGBA(0.1f, 0.75f, 1f, 0.85f);

    private static final String TOGGLE = "pano.toggle";
    private static final String LEAVE = "pano.leave";
    private static final String DRAG = "pano.drag";
    private static final String[] LOOK = {"pano.left", "pano.right", "pano.up", "pano.down", "pano.zoomIn", "pano.zoomOut",
        "pano.mouseLeft", "pano.mouseRight", "pano.mouseUp", "pano.mouseDown"};

    private final Node panorama = new Node("panorama");
    private final Node marks = new Node("viewpoint-marks");
    private final List<Node> labels = new ArrayList<>();
    private List<String> labelsHidden = List.of();
    private final List<Vector3f> hotspotDirections = new ArrayList<>();
    private PanoramaPhotoLoader photos;
    private Viewpoint current;
    private float bearing;
    private float pitch;
    private float fov = 70;
    private float idle;
    private boolean dragging;
    private Vector2f pressedAt;
    private boolean panelWasOpen;
    private boolean full;
    private int marksFloor;
    private BitmapText hint;

    @Override
    protected void initialize(Application app) {
        photos = new PanoramaPhotoLoader(context().online() ? context().api() : null);
        InputManager input = app.getInputManager();
        input.addMapping(TOGGLE, new KeyTrigger(KeyInput.KEY_P));
        input.addMapping(LEAVE, new KeyTrigger(KeyInput.KEY_ESCAPE));
        input.addMapping(DRAG, new MouseButtonTrigger(MouseInput.BUTTON_LEFT));
        input.addMapping(LOOK[0], new KeyTrigger(KeyInput.KEY_LEFT), new KeyTrigger(KeyInput.KEY_A), new KeyTrigger(KeyInput.KEY_Q));
        input.addMapping(LOOK[1], new KeyTrigger(KeyInput.KEY_RIGHT), new KeyTrigger(KeyInput.KEY_D), new KeyTrigger(KeyInput.KEY_E));
        input.addMapping(LOOK[2], new KeyTrigger(KeyInput.KEY_UP), new KeyTrigger(KeyInput.KEY_W), new KeyTrigger(KeyInput.KEY_HOME));
        input.addMapping(LOOK[3], new KeyTrigger(KeyInput.KEY_DOWN), new KeyTrigger(KeyInput.KEY_S), new KeyTrigger(KeyInput.KEY_END));
        input.addMapping(LOOK[4], new MouseAxisTrigger(MouseInput.AXIS_WHEEL, false), new KeyTrigger(KeyInput.KEY_EQUALS),
                new KeyTrigger(KeyInput.KEY_ADD));
        input.addMapping(LOOK[5], new MouseAxisTrigger(MouseInput.AXIS_WHEEL, true), new KeyTrigger(KeyInput.KEY_MINUS),
                new KeyTrigger(KeyInput.KEY_SUBTRACT));
        input.addMapping(LOOK[6], new MouseAxisTrigger(MouseInput.AXIS_X, true));
        input.addMapping(LOOK[7], new MouseAxisTrigger(MouseInput.AXIS_X, false));
        input.addMapping(LOOK[8], new MouseAxisTrigger(MouseInput.AXIS_Y, false));
        input.addMapping(LOOK[9], new MouseAxisTrigger(MouseInput.AXIS_Y, true));
        input.addListener(this, TOGGLE, LEAVE);
        buildMarks();
        app().getRootNode().attachChild(marks);
        hint = new BitmapText(context().font());
        hint.setText("实景全景 · 点击热点 · Esc 返回大厅\n拖动鼠标或方向键环视 · 滚轮或 +/− 缩放");
        hint.setColor(ColorRGBA.White);
        on(EnterViewpoint.class, e -> model().hall().viewpoint(e.id()).ifPresent(this::enter));
        on(VisitReset.class, e -> leave());
        ScriptState script = getState(ScriptState.class);
        script.register("panorama", c -> ScriptStep.sequence(
                () -> ScriptStep.now(() -> enter(model().hall().viewpoint(c.arg(0))
                        .orElseThrow(() -> new IllegalArgumentException("no viewpoint " + c.arg(0))))),
                () -> ScriptStep.within(60, "the photo of " + c.arg(0), tpf -> full)));
        script.register("panorama-look", c -> ScriptStep.now(() -> {
            bearing = (float) (current.heading() + c.number(0));
            pitch = c.args().size() > 1 ? (float) c.number(1) : 0;
            fov = c.args().size() > 2 ? (float) c.number(2) : fov;
            idle = 0;
        }));
        script.register("panorama-pick", c -> ScriptStep.now(() -> pick(new Vector2f(
                getApplication().getCamera().getWidth() / 2f, getApplication().getCamera().getHeight() / 2f))));
        script.register("panorama-hotspot", c -> ScriptStep.now(() -> activate((int) c.number(0) - 1)));
        script.register("panorama-leave", c -> ScriptStep.now(this::leave));
    }

    @Override
    protected void release() {
        InputManager input = getApplication().getInputManager();
        input.removeListener(this);
        for (String mapping : List.of(TOGGLE, LEAVE, DRAG)) {
            input.deleteMapping(mapping);
        }
        for (String mapping : LOOK) {
            input.deleteMapping(mapping);
        }
        marks.removeFromParent();
    }

    /** A blue disc on the floor with 全景 above it at every viewpoint; only the visitor's floor is shown. */
    private void buildMarks() {
        Material disc = new Material(getApplication().getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
        disc.setColor("Color", MARK);
        disc.getAdditionalRenderState().setBlendMode(RenderState.BlendMode.Alpha);
        BitmapFont font = context().font();
        for (Viewpoint v : model().hall().viewpoints()) {
            Node mark = new Node("viewpoint-" + v.id());
            mark.setUserData("floor", v.floor());
            Geometry g = new Geometry("viewpoint-disc-" + v.id(), new Cylinder(2, 32, MARK_RADIUS, 0.02f, true));
            g.setMaterial(disc);
            g.setQueueBucket(RenderQueue.Bucket.Transparent);
            g.rotate(FastMath.HALF_PI, 0, 0);
            g.setLocalTranslation(0, 0.03f, 0);
            mark.attachChild(g);
            BitmapText label = new BitmapText(font);
            label.setText("全景 · P");
            label.setSize(0.28f);
            label.setColor(MARK);
            label.setQueueBucket(RenderQueue.Bucket.Transparent);
            Node labelNode = new Node("viewpoint-label-" + v.id());
            label.setLocalTranslation(-label.getLineWidth() / 2, 0, 0);
            labelNode.attachChild(label);
            labelNode.addControl(new BillboardControl());
            labelNode.setLocalTranslation(0, 2.3f, 0);
            mark.attachChild(labelNode);
            labels.add(labelNode);
            mark.setLocalTranslation((float) v.x(), 0, (float) v.y());
            marks.attachChild(mark);
        }
        marksFloor = -1;
    }

    /**
     * A mark's 全景 label hangs over the visitor's head when they stand by it, where it would fill the view (the
     * hall's entrance is one); the disc at their feet still says where they are.
     */
    private void hideLabelsOverhead() {
        Point at = model().player().position();
        List<String> hidden = new ArrayList<>();
        for (Node label : labels) {
            Vector3f mark = label.getParent().getLocalTranslation();
            boolean near = label.getParent().getCullHint() != Node.CullHint.Always
                    && at.distanceTo(new Point(mark.x, mark.z)) < LABEL_HIDDEN_WITHIN;
            label.setCullHint(near ? Node.CullHint.Always : Node.CullHint.Inherit);
            if (near) {
                hidden.add(label.getName().substring("viewpoint-label-".length()));
            }
        }
        if (!hidden.equals(labelsHidden)) {
            labelsHidden = hidden;
            context().facts().put("panorama.labelsHidden", hidden);
        }
    }

    /** Steps into a viewpoint's panorama, looking the way the visitor looked (or the photo's centre, from afar). */
    public void enter(Viewpoint v) {
        Player p = model().player();
        boolean here = p.floor() == v.floor() && p.position().distanceTo(new Point(v.x(), v.y())) <= REACH;
        bearing = current != null ? bearing : here ? (float) Math.toDegrees(p.heading()) : (float) v.heading();
        pitch = 0;
        idle = 0;
        if (current == null) {
            getState(WalkState.class).setEnabled(false);
            getApplication().getInputManager().addListener(this, LOOK);
            getApplication().getInputManager().addListener(this, DRAG);
            app().getGuiNode().attachChild(hint);
        }
        current = v;
        show(v);
        marks.setCullHint(Node.CullHint.Always);
        publish(new PanoramaShown(v.id()));
        context().facts().put("panorama", v.id());
        context().facts().put("panorama.hotspots", v.hotspots().size());
        LOG.info(() -> "panorama " + v.id() + " with " + v.hotspots().size() + " hotspots");
    }

    /** Back in the walkable hall at the viewpoint, facing the way the panorama was looked at. */
    public void leave() {
        if (current == null) {
            return;
        }
        Viewpoint v = current;
        current = null;
        panorama.removeFromParent();
        hint.removeFromParent();
        marks.setCullHint(Node.CullHint.Inherit);
        getApplication().getInputManager().removeListener(this);
        getApplication().getInputManager().addListener(this, TOGGLE, LEAVE);
        dragging = false;
        model().movePlayer(new Player(v.floor(), new Point(v.x(), v.y()), Math.toRadians(bearing)));
        getState(WalkState.class).setEnabled(true);
        publish(new PanoramaShown(null));
        context().facts().put("panorama", "none");
    }

    private void show(Viewpoint v) {
        full = false;
        panorama.detachAllChildren();
        hotspotDirections.clear();
        Geometry sphere = new Geometry("panorama-" + v.id(), PanoramaSphere.mesh(v.heading(), RADIUS, 48, 96));
        Material material = new Material(getApplication().getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
        material.getAdditionalRenderState().setFaceCullMode(RenderState.FaceCullMode.Off);
        material.setColor("Color", ColorRGBA.DarkGray);
        sphere.setMaterial(material);
        panorama.attachChild(sphere);
        List<Hotspot> hotspots = v.hotspots();
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            Vector3f direction = Equirect.direction(v.heading(), h.yaw(), h.pitch());
            hotspotDirections.add(direction);
            panorama.attachChild(hotspot(i, h, direction.mult(RADIUS * 0.5f)));
        }
        app().getRootNode().attachChild(panorama);
        if (photos.hasPreview()) {
            paint(material, photos.load(v, true));
            CompletableFuture.supplyAsync(() -> photos.load(v, false)).whenComplete((bytes, error) ->
                    getApplication().enqueue(() -> {
                        if (error != null) {
                            LOG.log(Level.WARNING, "the full photo of " + v.id() + " did not come", error);
                        } else if (current == v) {
                            paint(material, bytes);
                            full = true;
                            context().facts().put("panorama.photo", "full");
                        }
                    }));
        } else {
            paint(material, photos.load(v, false));
            full = true;
        }
        context().facts().put("panorama.photo", full ? "full" : "preview");
    }

    private void paint(Material material, byte[] jpeg) {
        try {
            Texture2D texture = new Texture2D(new AWTLoader().load(ImageIO.read(new ByteArrayInputStream(jpeg)), true));
            texture.setMinFilter(Texture.MinFilter.Trilinear);
            texture.setWrap(Texture.WrapAxis.S, Texture.WrapMode.Repeat);
            material.clearParam("Color");
            material.setTexture("ColorMap", texture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hotspot: a bright dot with its number and label, turned to the viewer. */
    private Node hotspot(int index, Hotspot h, Vector3f at) {
        Node node = new Node("hotspot-" + (index + 1));
        Geometry dot = new Geometry("hotspot-dot-" + (index + 1), new Sphere(12, 12, 0.22f));
        Material m = new Material(getApplication().getAssetManager(), "Common/MatDefs/Misc/Unshaded.j3md");
        m.setColor("Color", switch (h.kind()) {
            case WINDOW -> new ColorRGBA(1f, 0.55f, 0.1f, 1f);
            case VIEWPOINT -> MARK;
            case NOTICE -> new ColorRGBA(1f, 0.9f, 0.2f, 1f);
        });
        dot.setMaterial(m);
        node.attachChild(dot);
        BitmapText label = new BitmapText(context().font());
        String text = h.kind() == Hotspot.Kind.NOTICE ? "公告" : h.label() != null ? h.label() : h.target();
        label.setText((index + 1) + " " + text);
        label.setSize(0.32f);
        label.setColor(ColorRGBA.White);
        label.setLocalTranslation(-label.getLineWidth() / 2, -0.3f, 0);
        Node labelNode = new Node("hotspot-label-" + (index + 1));
        labelNode.attachChild(label);
        labelNode.addControl(new BillboardControl());
        node.attachChild(labelNode);
        node.setLocalTranslation(at);
        return node;
    }

    /** A click (or the script's aim at the screen's centre) on the photo: the hotspot nearest the ray, if close. */
    private void pick(Vector2f screen) {
        Camera cam = getApplication().getCamera();
        Vector3f ray = cam.getWorldCoordinates(screen, 0.5f).subtractLocal(cam.getLocation()).normalizeLocal();
        int best = -1;
        float bestAngle = PICK_DEGREES;
        for (int i = 0; i < hotspotDirections.size(); i++) {
            float angle = FastMath.RAD_TO_DEG * FastMath.acos(FastMath.clamp(ray.dot(hotspotDirections.get(i)), -1, 1));
            if (angle < bestAngle) {
                bestAngle = angle;
                best = i;
            }
        }
        if (best >= 0) {
            activate(best);
        }
    }

    private void activate(int index) {
        Hotspot h = current.hotspots().get(index);
        context().facts().put("panorama.hotspot", (index + 1) + " " + h.kind() + " " + (h.target() == null ? "" : h.target()));
        switch (h.kind()) {
            case WINDOW -> publish(new OpenWindow(h.target()));
            case VIEWPOINT -> model().hall().viewpoint(h.target()).ifPresent(this::enter);
            case NOTICE -> publish(new Say(h.label()));
        }
    }

    @Override
    public void onAction(String name, boolean pressed, float tpf) {
        boolean panel = model().panelOpen() || panelWasOpen;
        if (name.equals(DRAG)) {
            Vector2f cursor = getApplication().getInputManager().getCursorPosition().clone();
            if (pressed) {
                dragging = !panel;
                pressedAt = cursor;
            } else if (dragging) {
                dragging = false;
                if (pressedAt != null && pressedAt.distance(cursor) < 4) {
                    pick(cursor);
                }
            }
            return;
        }
        if (!pressed || panel) {
            return;
        }
        publish(new UserActive());
        idle = 0;
        switch (name) {
            case TOGGLE -> {
                if (current != null) {
                    leave();
                } else {
                    nearest().ifPresentOrElse(this::enter, () -> publish(new Say("附近没有全景点位，请走到地上的蓝色全景标记处")));
                }
            }
            case LEAVE -> leave();
            case "pano.zoomIn" -> fov = FastMath.clamp(fov - 5, 30, 100);
            case "pano.zoomOut" -> fov = FastMath.clamp(fov + 5, 30, 100);
            default -> { }
        }
    }

    @Override
    public void onAnalog(String name, float value, float tpf) {
        if (current == null || model().panelOpen()) {
            return;
        }
        boolean mouse = name.startsWith("pano.mouse");
        if (mouse && !dragging) {
            return;
        }
        idle = 0;
        float look = mouse ? value * MOUSE_SPEED * fov / 70 : LOOK_SPEED * tpf;
        switch (name) {
            case "pano.left", "pano.mouseRight" -> bearing -= look;
            case "pano.right", "pano.mouseLeft" -> bearing += look;
            case "pano.up", "pano.mouseDown" -> pitch = FastMath.clamp(pitch + look, -85, 85);
            case "pano.down", "pano.mouseUp" -> pitch = FastMath.clamp(pitch - look, -85, 85);
            default -> { }
        }
    }

    private Optional<Viewpoint> nearest() {
        Player p = model().player();
        return model().hall().viewpoints().stream().filter(v -> v.floor() == p.floor())
                .filter(v -> p.position().distanceTo(new Point(v.x(), v.y())) <= REACH)
                .min((a, b) -> Double.compare(p.position().distanceTo(new Point(a.x(), a.y())),
                        p.position().distanceTo(new Point(b.x(), b.y()))));
    }

    @Override
    public void update(float tpf) {
        panelWasOpen = model().panelOpen();
        if (current == null) {
            int floor = model().player().floor();
            if (floor != marksFloor) {
                marksFloor = floor;
                marks.getChildren().forEach(m -> m.setCullHint(((Integer) m.getUserData("floor")) == floor
                        ? Node.CullHint.Inherit : Node.CullHint.Always));
            }
            hideLabelsOverhead();
            return;
        }
        idle += tpf;
        if (idle > IDLE_SECONDS && !dragging && !model().panelOpen()) {
            bearing += AUTO_TURN * tpf;
        }
        Camera cam = getApplication().getCamera();
        Vector3f eye = new Vector3f((float) current.x(), WalkState.EYE_HEIGHT, (float) current.y());
        panorama.setLocalTranslation(eye);
        cam.setLocation(eye);
        cam.lookAtDirection(Equirect.direction(0, bearing, pitch), Vector3f.UNIT_Y);
        cam.setFrustumPerspective(fov, (float) cam.getWidth() / cam.getHeight(), 0.1f, 120f);
        placeHint(model().layout().banner());
    }

    /** The hint in the route banner's place at the top centre (no route is followed in a panorama), fitted to it. */
    private void placeHint(Rect banner) {
        hint.setSize(banner.height() / 2.4f);
        if (hint.getLineWidth() > banner.width()) {
            hint.setSize(hint.getSize() * banner.width() / hint.getLineWidth());
        }
        hint.setLocalTranslation(banner.x() + (banner.width() - hint.getLineWidth()) / 2, banner.top(), 1);
    }
}
