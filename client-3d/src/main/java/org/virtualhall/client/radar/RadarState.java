package org.virtualhall.client.radar;

import com.jme3.app.Application;
import com.jme3.input.MouseInput;
import com.jme3.input.controls.ActionListener;
import com.jme3.input.controls.MouseButtonTrigger;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import org.virtualhall.client.core.FlatShapes;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.EnterViewpoint;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.UserActive;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.PlanMeshes;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.Leg;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.client.nav.NavGrid;
import org.virtualhall.client.nav.Route;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.ui.Fit;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;

/**
 * 雷达导航: a semi-transparent plan of a floor at the bottom right with walls, zones, windows, the visitor
 * (position and heading) and the route. Clicking a spot jumps there; the floor buttons show another floor,
 * and a click on that floor's plan takes the visitor there.
 */
public final class RadarState extends HallAppState implements ActionListener {

    public static final ColorRGBA ROUTE = new ColorRGBA(0.2f, 1f, 0.5f, 1f);
    /** The 全景 viewpoints' marks. */
    public static final ColorRGBA VIEWPOINT = new ColorRGBA(0.1f, 0.75f, 1f, 1f);
    /** How near a viewpoint's mark (metres on the plan) a click steps into its panorama. */
    private static final double VIEWPOINT_REACH = 1.5;
    public static final ColorRGBA PLAYER = new ColorRGBA(1f, 0.3f, 0.2f, 1f);
    private static final String CLICK = "radar.click";

    private final Node radar = new Node("radar");
    private final Node dynamic = new Node("radar-dynamic");
    private Container floorButtons;
    private RadarPlan plan;
    private int shownFloor;
    private RadarFrame frame;
    private Route drawnRoute;
    private int routeFloor;
    private int playerFloor;
    private Geometry routeGeometry;
    private Geometry marker;
    private ScreenLayout shownLayout;

    @Override
    protected void initialize(Application app) {
        app.getInputManager().addMapping(CLICK, new MouseButtonTrigger(MouseInput.BUTTON_LEFT));
        plan = new RadarPlan(app.getAssetManager(), context().font(), model().hall());
        floorButtons = UiStyle.row();
        for (Floor f : model().hall().layout().floors()) {
            Button b = floorButtons.addChild(new Button(f.name(), UiStyle.STYLE));
            b.addClickCommands(src -> showFloor(f.level()));
        }
        playerFloor = model().player().floor();
        showFloor(playerFloor);
        PlanMeshes meshes = new PlanMeshes(q -> new Vector3f((float) q.x(), (float) -q.y(), 0));
        marker = FlatShapes.geometry(getApplication().getAssetManager(), "radar-player", meshes.pointer(new Point(0, 0), 0, 1.6),
                PLAYER);
        ScriptState script = getState(ScriptState.class);
        on(VisitReset.class, e -> showFloor(model().player().floor()));
        script.register("radar-floor", c -> ScriptStep.now(() -> showFloor((int) c.number(0))));
        script.register("radar-click", c -> ScriptStep.now(() -> jumpTo(new Point(c.number(0), c.number(1)))));
    }

    @Override
    protected void release() {
        getApplication().getInputManager().deleteMapping(CLICK);
    }

    /** Shows a floor's plan (the visitor's own floor follows the visitor). */
    public void showFloor(int level) {
        shownFloor = level;
        Floor floor = model().hall().layout().floor(level).orElseThrow();
        shownLayout = model().layout();
        frame = RadarFrame.in(floor, shownLayout.radar());
        radar.detachAllChildren();
        radar.attachChild(plan.build(floor, frame));
        radar.attachChild(viewpoints(level));
        radar.attachChild(dynamic);
        Fit.place(floorButtons, shownLayout.radarButtons(), shownLayout.scale(), Fit.Anchor.TOP_LEFT, 2);
        context().facts().put("screen.radar", new Rect(frame.left(), frame.bottom(), frame.widthPixels(), frame.heightPixels()).toList());
        routeFloor = 0;
    }

    public RadarFrame frame() {
        return frame;
    }

    public int shownFloor() {
        return shownFloor;
    }

    @Override
    public void update(float tpf) {
        Player p = model().player();
        if (p.floor() != playerFloor) {
            playerFloor = p.floor();
            showFloor(p.floor());
        } else if (model().layout() != shownLayout) {
            showFloor(shownFloor);
        }
        if (model().route() != drawnRoute || routeFloor != shownFloor) {
            drawRoute();
        }
        if (p.floor() == shownFloor) {
            marker.setLocalTranslation(frame.toScreen(p.position(), 0.5f));
            marker.setLocalScale(frame.scale());
            marker.setLocalRotation(new Quaternion().fromAngleAxis((float) -p.heading(), Vector3f.UNIT_Z));
            dynamic.attachChild(marker);
        } else {
            marker.removeFromParent();
        }
    }

    /** The route on the shown floor, redrawn only when the route or the floor changes. */
    private void drawRoute() {
        drawnRoute = model().route();
        routeFloor = shownFloor;
        if (routeGeometry != null) {
            routeGeometry.removeFromParent();
            routeGeometry = null;
        }
        if (drawnRoute == null) {
            return;
        }
        PlanMeshes route = new PlanMeshes(q -> frame.toScreen(q, 0.4f));
        for (Leg leg : drawnRoute.legs()) {
            if (leg.floor() == shownFloor) {
                route.ribbon(leg.points(), 0.7);
            }
        }
        drawnRoute.windows().forEach(n -> model().hall().window(n).filter(w -> w.floor() == shownFloor)
                .ifPresent(w -> route.rect(w.position().x() - 1, w.position().y() - 1, 2, 2)));
        if (!route.isEmpty()) {
            routeGeometry = FlatShapes.geometry(getApplication().getAssetManager(), "radar-route", route, ROUTE);
            dynamic.attachChild(routeGeometry);
        }
    }

    @Override
    public void onAction(String name, boolean pressed, float tpf) {
        if (!pressed || model().panelOpen()) {
            return;
        }
        Vector2f cursor = getApplication().getInputManager().getCursorPosition();
        if (frame.contains(cursor)) {
            Point target = frame.toPlan(cursor);
            model().hall().viewpoints().stream()
                    .filter(v -> v.floor() == shownFloor && new Point(v.x(), v.y()).distanceTo(target) <= VIEWPOINT_REACH)
                    .findFirst()
                    .ifPresentOrElse(v -> publish(new EnterViewpoint(v.id())), () -> jumpTo(target));
        }
    }

    /** The 全景 viewpoints of a floor: a click on one steps into its panorama. */
    private Spatial viewpoints(int level) {
        PlanMeshes dots = new PlanMeshes(q -> frame.toScreen(q, 0.45f));
        model().hall().viewpoints().stream().filter(v -> v.floor() == level)
                .forEach(v -> dots.rect(v.x() - 0.8, v.y() - 0.8, 1.6, 1.6));
        return dots.isEmpty() ? new Node("radar-viewpoints")
                : FlatShapes.geometry(getApplication().getAssetManager(), "radar-viewpoints", dots, VIEWPOINT);
    }

    /** Takes the visitor to the walkable spot nearest to a point of the shown floor. */
    public void jumpTo(Point target) {
        publish(new UserActive());
        NavGrid grid = model().navigation().grid(shownFloor);
        int cell = grid.nearestFree(target);
        Point spot = grid.centre(cell % grid.columns(), cell / grid.columns());
        model().movePlayer(new Player(shownFloor, spot, model().player().heading()));
        context().facts().put("radar.jump", shownFloor + "@" + Math.round(spot.x()) + "," + Math.round(spot.y()));
        publish(new Say("已到达" + ManoeuvreWriter.floorName(shownFloor) + "所选位置"));
    }

    @Override
    protected void onEnable() {
        app().getGuiNode().attachChild(radar);
        app().getGuiNode().attachChild(floorButtons);
        getApplication().getInputManager().addListener(this, CLICK);
    }

    @Override
    protected void onDisable() {
        radar.removeFromParent();
        floorButtons.removeFromParent();
        getApplication().getInputManager().removeListener(this);
    }
}
