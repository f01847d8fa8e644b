package org.virtualhall.client.route;

import com.jme3.app.Application;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.renderer.queue.RenderQueue.Bucket;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.virtualhall.client.core.FlatShapes;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.FloorChanged;
import org.virtualhall.client.core.HallEvents.GuideTo;
import org.virtualhall.client.core.HallEvents.OpenWindow;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.core.PlanMeshes;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.nav.Leg;
import org.virtualhall.client.nav.Manoeuvre;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.client.nav.Route;
import org.virtualhall.client.nav.RouteProgress;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.walk.WalkState;

/**
 * Route guidance: plans the route to the chosen windows, draws it on the floor (a glowing band with
 * arrows), shows the banner with the next manoeuvre, speaks each manoeuvre as it comes up, and plans
 * again when the visitor leaves the route.
 */
public final class RouteState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(RouteState.class.getName());
    /** A manoeuvre is announced when it is this close. */
    private static final double ANNOUNCE_AHEAD = 5.0;
    private static final float LINE_HEIGHT = 0.03f;

    private final Node floorMarks = new Node("route-marks");
    private RouteBanner banner;
    private ManoeuvreWriter writer;
    private RouteProgress progress;
    private Manoeuvre announced;
    private int reroutes;

    @Override
    protected void initialize(Application app) {
        writer = new ManoeuvreWriter(model().navigation());
        banner = new RouteBanner();
        on(GuideTo.class, e -> guide(e.windows(), e.why()));
        on(FloorChanged.class, e -> drawFloor());
        on(VisitReset.class, e -> clear());
        ScriptState script = getState(ScriptState.class);
        script.register("route", c -> ScriptStep.now(() -> guide(c.args(), null)));
        script.register("walk-route", c -> {
            AutoPilot pilot = new AutoPilot(model(), this, getState(WalkState.class));
            double[] left = {c.args().isEmpty() ? Double.MAX_VALUE : c.number(0)};
            return tpf -> {
                left[0] -= tpf;
                return pilot.advance(tpf) || left[0] <= 0;
            };
        });
        script.register("clear-route", c -> ScriptStep.now(this::clear));
        script.register("bench-routes", c -> ScriptStep.now(() -> context().facts().put("route.p99Ms",
                RouteBench.p99Millis(model().navigation(), model().player(), model().hall(), (int) c.number(0)))));
    }

    /** Plans and shows a route to the windows in order. */
    public void guide(List<String> windows, String why) {
        Route route = plan(windows);
        if (route == null) {
            return;
        }
        String list = String.join("、", windows);
        publish(new Say((why == null ? "" : why + "，") + "请跟随地面箭头前往" + list + "窗口，全程约"
                + Math.round(route.length()) + "米"));
        context().facts().put("route.windows", windows);
        context().facts().put("route.length", Math.round(route.length() * 10) / 10.0);
    }

    private Route plan(List<String> windows) {
        long t0 = System.nanoTime();
        Route route;
        try {
            route = model().navigation().plan(model().player(), windows);
        } catch (IllegalArgumentException | IllegalStateException e) {
            publish(new Say("无法规划路线：" + e.getMessage()));
            return null;
        }
        context().facts().put("route.lastPlanMs", (System.nanoTime() - t0) / 1e6);
        progress = new RouteProgress(route, writer.write(route));
        announced = null;
        model().setRoute(route);
        app().getGuiNode().attachChild(banner.panel());
        drawFloor();
        return route;
    }

    public RouteProgress progress() {
        return progress;
    }

    public void clear() {
        progress = null;
        model().setRoute(null);
        floorMarks.detachAllChildren();
        banner.panel().removeFromParent();
    }

    private void drawFloor() {
        floorMarks.detachAllChildren();
        if (progress == null || progress.finished()) {
            return;
        }
        int floor = model().player().floor();
        List<Leg> legs = new ArrayList<>();
        for (int i = progress.legIndex(); i < progress.route().legs().size(); i++) {
            if (progress.route().legs().get(i).floor() == floor) {
                legs.add(progress.route().legs().get(i));
            }
        }
        PlanMeshes band = new PlanMeshes(p -> new Vector3f((float) p.x(), LINE_HEIGHT, (float) p.y()));
        PlanMeshes arrows = new PlanMeshes(p -> new Vector3f((float) p.x(), LINE_HEIGHT + 0.005f, (float) p.y()));
        legs.forEach(l -> band.ribbon(l.points(), 0.45));
        legs.forEach(l -> arrows.arrows(l.points(), 1.6, 0.38));
        if (!band.isEmpty()) {
            floorMarks.attachChild(geometry("route-band", band, new ColorRGBA(0.1f, 0.75f, 0.45f, 0.75f)));
        }
        if (!arrows.isEmpty()) {
            floorMarks.attachChild(geometry("route-arrows", arrows, new ColorRGBA(1f, 1f, 1f, 0.95f)));
        }
    }

    private Geometry geometry(String name, PlanMeshes shapes, ColorRGBA colour) {
        Geometry g = FlatShapes.geometry(getApplication().getAssetManager(), name, shapes, colour);
        g.getMaterial().getAdditionalRenderState().setPolyOffset(-1, -1);
        g.setQueueBucket(Bucket.Transparent);
        return g;
    }

    @Override
    public void update(float tpf) {
        if (progress == null) {
            return;
        }
        Player player = model().player();
        Manoeuvre done = progress.update(player);
        if (done != null) {
            onLegDone(done);
            if (progress == null) {
                return;
            }
        }
        if (progress.offRoute(player)) {
            reroute();
            return;
        }
        Manoeuvre next = progress.next(player);
        double toNext = progress.toNext(player);
        if (next != null && next != announced && toNext <= ANNOUNCE_AHEAD) {
            announced = next;
            publish(new Say(next.text()));
        }
        if (next != null) {
            banner.show(next.text(), toNext, progress.remaining(player), String.join(" → ", progress.route().windows()));
            context().facts().put("route.next", next.text());
            context().facts().put("route.remaining", Math.round(progress.remaining(player)));
        }
        banner.place(model().layout(), model().panelOpen());
    }

    private void onLegDone(Manoeuvre done) {
        Leg leg = progress.route().legs().get(progress.legIndex() - 1);
        if (leg.window() != null) {
            if (done != announced) {
                publish(new Say(done.text()));
            }
            context().facts().put("route.arrived", leg.window());
            publish(new OpenWindow(leg.window()));
        }
        if (progress.finished()) {
            clear();
        } else {
            drawFloor();
        }
    }

    private void reroute() {
        List<String> left = progress.route().legs().subList(progress.legIndex(), progress.route().legs().size())
                .stream().map(Leg::window).filter(w -> w != null).toList();
        reroutes++;
        context().facts().put("route.reroutes", reroutes);
        LOG.info(() -> "off the route: planning again to " + left);
        if (plan(left) != null) {
            publish(new Say("已为您重新规划路线"));
        }
    }

    @Override
    protected void onEnable() {
        app().getRootNode().attachChild(floorMarks);
    }

    @Override
    protected void onDisable() {
        floorMarks.removeFromParent();
    }
}
