package org.virtualhall.client.radar;

import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapFont;
import com.jme3.font.BitmapText;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import java.util.List;
import org.virtualhall.client.core.FlatShapes;
import org.virtualhall.client.core.PlanMeshes;
import org.virtualhall.client.scene.CounterShape;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Floor;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;
import org.virtualhall.model.layout.Wall;

/** The still part of the radar for one floor: background, zones, walls, furniture, counters and labels. */
final class RadarPlan {

    static final ColorRGBA BACKGROUND = new ColorRGBA(0.05f, 0.1f, 0.18f, 0.72f);

    private final AssetManager assets;
    private final BitmapFont font;
    private final Hall hall;

    RadarPlan(AssetManager assets, BitmapFont font, Hall hall) {
        this.assets = assets;
        this.font = font;
        this.hall = hall;
    }

    Node build(Floor floor, RadarFrame frame) {
        Node plan = new Node("radar-plan");
        plan.attachChild(FlatShapes.geometry(assets, "radar-bg",
                new PlanMeshes(p -> frame.toScreen(p, 0)).rect(0, 0, floor.width(), floor.depth()), BACKGROUND));
        PlanMeshes zones = new PlanMeshes(p -> frame.toScreen(p, 0.1f));
        floor.zones().forEach(z -> rect(zones, z.area()));
        plan.attachChild(FlatShapes.geometry(assets, "radar-zones", zones, new ColorRGBA(0.3f, 0.5f, 0.8f, 0.25f)));
        PlanMeshes walls = new PlanMeshes(p -> frame.toScreen(p, 0.2f));
        for (Wall w : floor.walls()) {
            walls.ribbon(List.of(w.from(), w.to()), Math.max(0.4, w.thickness()));
        }
        plan.attachChild(FlatShapes.geometry(assets, "radar-walls", walls, new ColorRGBA(0.9f, 0.92f, 0.95f, 0.9f)));
        PlanMeshes furniture = new PlanMeshes(p -> frame.toScreen(p, 0.25f));
        floor.fixtures().stream().filter(f -> f.solid()).forEach(f -> rect(furniture, f.area()));
        hall.layout().connectors().stream().filter(c -> c.floors().contains(floor.level()))
                .forEach(c -> rect(furniture, c.area()));
        plan.attachChild(FlatShapes.geometry(assets, "radar-furniture", furniture, new ColorRGBA(0.6f, 0.65f, 0.7f, 0.6f)));
        PlanMeshes counters = new PlanMeshes(p -> frame.toScreen(p, 0.3f));
        hall.windows().stream().filter(w -> w.floor() == floor.level())
                .forEach(w -> rect(counters, CounterShape.footprint(w)));
        plan.attachChild(FlatShapes.geometry(assets, "radar-counters", counters, new ColorRGBA(1f, 0.8f, 0.3f, 0.95f)));
        floor.zones().forEach(z -> plan.attachChild(label(frame, z.name(), z.area().centre(), 14, ColorRGBA.White)));
        BitmapText title = label(frame, "雷达导航 · " + floor.name(), new Point(floor.width(), 0), 18, UiStyle.ACCENT);
        title.move(-title.getLineWidth() / 2 - 4, 14, 0);
        plan.attachChild(title);
        return plan;
    }

    private static void rect(PlanMeshes shapes, Rect r) {
        shapes.rect(r.x(), r.y(), r.width(), r.depth());
    }

    private BitmapText label(RadarFrame frame, String text, Point at, float size, ColorRGBA colour) {
        BitmapText t = new BitmapText(font);
        t.setSize(size);
        t.setText(text);
        t.setColor(colour);
        Vector3f p = frame.toScreen(at, 0.6f);
        t.setLocalTranslation(p.x - t.getLineWidth() / 2, p.y + t.getLineHeight() / 2, 0.6f);
        return t;
    }
}
