package org.virtualhall.client.scene;

import com.jme3.scene.Node;
import org.virtualhall.client.nav.ManoeuvreWriter;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.ConnectorKind;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;

/** Stairs (a flight of steps) and the lift (a shaft with doors), labelled with where they go. */
final class ConnectorBuilder {

    private static final double STEP = 0.3;

    private final Palette palette;
    private final SignMaker signs;

    ConnectorBuilder(Palette palette, SignMaker signs) {
        this.palette = palette;
        this.signs = signs;
    }

    Node build(Connector c, int level, double ceiling) {
        Node node = new Node("connector-" + c.id());
        Rect a = c.area();
        Facing open = openSide(c);
        if (c.kind() == ConnectorKind.LIFT) {
            node.attachChild(Shapes.box("shaft", a, 0, ceiling, palette.lit(Palette.METAL)));
        } else {
            steps(a, ceiling, node);
        }
        String where = c.floors().stream().filter(f -> f != level)
                .map(ManoeuvreWriter::floorName).reduce((x, y) -> x + "·" + y).orElse("");
        Point front = open.step(a.centre(), (open.alongX() ? a.depth() : a.width()) / 2 + 0.05);
        Node holder = Shapes.facingNode(c.id() + "-label", front, open);
        holder.attachChild(Shapes.at(signs.panel(c.id() + "-sign", 2.4f, 0.6f, Palette.SIGN_GREEN,
                Palette.GOLD, c.kind().label() + " 往" + where), 0, 2.6f, 0.03f));
        if (c.kind() == ConnectorKind.LIFT) {
            holder.attachChild(Shapes.local("doors", 0, 1.1f, 0.01f, 0.6f, 1.1f, 0.01f, palette.lit(Palette.DARK)));
        }
        node.attachChild(holder);
        return node;
    }

    /** The side of the footprint nearest to its access point. */
    private static Facing openSide(Connector c) {
        Rect a = c.area();
        Point p = c.access();
        double north = Math.abs(p.y() - a.y());
        double south = Math.abs(p.y() - (a.y() + a.depth()));
        double west = Math.abs(p.x() - a.x());
        double east = Math.abs(p.x() - (a.x() + a.width()));
        double min = Math.min(Math.min(north, south), Math.min(west, east));
        return min == south ? Facing.SOUTH : min == north ? Facing.NORTH : min == east ? Facing.EAST : Facing.WEST;
    }

    /** Steps rising away from the open side along the footprint's long axis, with side rails. */
    private void steps(Rect a, double ceiling, Node node) {
        int count = (int) Math.floor(a.depth() / STEP);
        for (int i = 0; i < count; i++) {
            double y = a.y() + a.depth() - (i + 1) * STEP;
            double top = (i + 1) * ceiling / count * 0.6;
            node.attachChild(Shapes.box("step", new Rect(a.x() + 0.1, y, a.width() - 0.2, STEP), 0, top,
                    palette.lit(i % 2 == 0 ? Palette.COUNTER_TOP : Palette.METAL)));
        }
        node.attachChild(Shapes.box("rail-w", new Rect(a.x(), a.y(), 0.1, a.depth()), 0, 1.0, palette.glass()));
        node.attachChild(Shapes.box("rail-e", new Rect(a.x() + a.width() - 0.1, a.y(), 0.1, a.depth()), 0, 1.0,
                palette.glass()));
    }
}
