package org.virtualhall.client.scene;

import com.jme3.math.ColorRGBA;
import com.jme3.scene.Node;
import org.virtualhall.model.layout.Facing;
import org.virtualhall.model.layout.Fixture;
import org.virtualhall.model.layout.Point;
import org.virtualhall.model.layout.Rect;

/** Hall furniture by kind: desks, seats, terminals, boards, screens and signs, each labelled. */
final class FixtureBuilder {

    private final Palette palette;
    private final SignMaker signs;
    private final PeopleBuilder people;

    FixtureBuilder(Palette palette, SignMaker signs, PeopleBuilder people) {
        this.palette = palette;
        this.signs = signs;
        this.people = people;
    }

    Node build(Fixture f, double ceiling) {
        Node node = new Node("fixture-" + f.id());
        Rect a = f.area();
        switch (f.kind()) {
            case GUIDE_DESK -> {
                node.attachChild(Shapes.box("desk", a, 0, 1.0, palette.lit(Palette.WOOD)));
                node.attachChild(Shapes.box("desk-top", a, 1.0, 1.05, palette.lit(Palette.COUNTER_TOP)));
                node.attachChild(label(f, (float) longSide(a) * 0.7f, 0.8f, 2.7f, Palette.SIGN_RED));
            }
            case WAITING_SEATS -> {
                seats(f.id(), a, node);
                node.attachChild(hanging(f, 3.0f, 0.6f, (float) ceiling - 0.8f));
            }
            case SELF_SERVICE -> {
                kiosks(a, f.facing(), node);
                node.attachChild(label(f, (float) longSide(a) * 0.6f, 0.6f, 2.5f, Palette.SIGN_BLUE));
            }
            case QUEUE_MACHINE -> {
                node.attachChild(Shapes.box("body", a, 0, 1.5, palette.lit(Palette.METAL)));
                node.attachChild(label(f, 1.2f, 0.4f, 1.8f, Palette.SIGN_BLUE));
            }
            case NOTICE_BOARD -> {
                node.attachChild(Shapes.box("board", a, 0.3, 2.2, palette.lit(Palette.WOOD)));
                node.attachChild(label(f, (float) longSide(a) * 0.9f, 0.5f, 2.5f, Palette.SIGN_RED));
            }
            case LED_SCREEN -> node.attachChild(label(f, (float) longSide(a), 0.9f, (float) ceiling - 1.1f,
                    ColorRGBA.Black, Palette.SIGN_RED));
            case LEAFLET_RACK -> {
                node.attachChild(Shapes.box("rack", a, 0, 1.6, palette.lit(Palette.METAL)));
                node.attachChild(label(f, 1.5f, 0.3f, 1.8f, Palette.SIGN_BLUE));
            }
            case COMPLAINT_BOX -> {
                node.attachChild(Shapes.box("box", a, 0.9, 1.4, palette.lit(Palette.SIGN_RED)));
                node.attachChild(label(f, 0.8f, 0.25f, 1.6f, Palette.SIGN_RED));
            }
            case DIRECTION_SIGN -> directionSign(f, node);
            case PILLAR -> node.attachChild(Shapes.box("pillar", a, 0, ceiling, palette.lit(Palette.WALL)));
            case ENTRANCE -> {
                node.attachChild(Shapes.box("mat", a, 0, 0.015, palette.lit(Palette.DARK)));
                node.attachChild(label(f, (float) longSide(a), 0.7f, 3.3f, Palette.SIGN_RED));
            }
        }
        return node;
    }

    private Node label(Fixture f, float width, float height, float y, ColorRGBA background) {
        return label(f, width, height, y, background, ColorRGBA.White);
    }

    private Node label(Fixture f, float width, float height, float y, ColorRGBA background, ColorRGBA ink) {
        Point c = f.area().centre();
        Node sign = signs.panel(f.id() + "-label", width, height, background, ink, f.label());
        Node holder = Shapes.facingNode(f.id() + "-holder", c, f.facing());
        holder.attachChild(Shapes.at(sign, 0, y, (float) (depthAlong(f.area(), f.facing()) / 2 + 0.03)));
        return holder;
    }

    /** A two-sided sign hanging from the ceiling over the fixture's centre. */
    private Node hanging(Fixture f, float width, float height, float y) {
        Node holder = Shapes.facingNode(f.id() + "-hanging", f.area().centre(), f.facing());
        holder.attachChild(Shapes.at(signs.twoSided(f.id() + "-sign", width, height, Palette.SIGN_BLUE, f.label()),
                0, y, 0));
        return holder;
    }

    private void directionSign(Fixture f, Node node) {
        Point c = f.area().centre();
        node.attachChild(Shapes.box("post", Rect.around(c, 0.08, 0.08), 0, 2.0, palette.lit(Palette.METAL)));
        Node holder = Shapes.facingNode(f.id() + "-holder", c, f.facing());
        holder.attachChild(Shapes.at(signs.twoSided(f.id() + "-panel", 2.6f, 0.55f, Palette.SIGN_GREEN, f.label()),
                0, 2.3f, 0));
        node.attachChild(holder);
    }

    /** Rows of chairs facing the plan's facing; rows every 1.6 m, chairs every 0.6 m. */
    /** Rows of seats facing north, some of them taken by citizens waiting their turn. */
    private void seats(String fixture, Rect a, Node node) {
        int seat = 0;
        for (double y = a.y() + 0.5; y < a.y() + a.depth() - 0.3; y += 1.6) {
            node.attachChild(Shapes.box("shadow", new Rect(a.x() + 0.2, y - 0.35, a.width() - 0.3, 1.0), 0.012, 0.014,
                    palette.shadow()));
            for (double x = a.x() + 0.3; x < a.x() + a.width() - 0.2; x += 0.6) {
                node.attachChild(Shapes.box("seat", new Rect(x, y, 0.5, 0.5), 0.42, 0.48, palette.lit(Palette.SEAT)));
                node.attachChild(Shapes.box("back", new Rect(x, y + 0.45, 0.5, 0.06), 0.42, 0.9, palette.lit(Palette.SEAT)));
                Node citizen = people.citizen(fixture, seat++);
                if (citizen != null) {
                    citizen.setLocalTranslation((float) x + 0.25f, 0, (float) y + 0.25f);
                    citizen.setLocalRotation(Shapes.rotation(Facing.NORTH));
                    node.attachChild(citizen);
                }
            }
            node.attachChild(Shapes.box("beam", new Rect(a.x() + 0.3, y + 0.2, a.width() - 0.5, 0.1), 0, 0.42,
                    palette.lit(Palette.METAL)));
        }
    }

    /** Self-service terminals every 1.4 m along the area, screens towards the facing side. */
    private void kiosks(Rect a, Facing facing, Node node) {
        boolean alongX = a.width() >= a.depth();
        double length = alongX ? a.width() : a.depth();
        for (double s = 0.7; s < length; s += 1.4) {
            Point p = alongX ? new Point(a.x() + s, a.y() + a.depth() / 2) : new Point(a.x() + a.width() / 2, a.y() + s);
            Node kiosk = Shapes.facingNode("kiosk", p, facing);
            kiosk.attachChild(Shapes.local("body", 0, 0.75f, 0, 0.35f, 0.75f, 0.25f, palette.lit(Palette.METAL)));
            kiosk.attachChild(Shapes.local("screen", 0, 1.2f, 0.26f, 0.28f, 0.2f, 0.01f, palette.glow(Palette.SCREEN)));
            node.attachChild(kiosk);
        }
    }

    private static double longSide(Rect a) {
        return Math.max(a.width(), a.depth());
    }

    private static double depthAlong(Rect a, Facing facing) {
        return facing.alongX() ? a.depth() : a.width();
    }
}
