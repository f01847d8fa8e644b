package org.virtualhall.client.scene;

import com.jme3.math.ColorRGBA;
import com.jme3.scene.Node;

/**
 * Seated people made of a few boxes: a clerk in the hall's navy uniform behind each staffed counter, citizens in
 * everyday clothes on some of the waiting seats. Each figure sits in a local frame facing +Z with its seat's centre
 * at the origin; the same boxes batch with the rest of the floor, so a hall full of people costs no draw calls.
 */
final class PeopleBuilder {

    private static final ColorRGBA SKIN = Palette.rgb(0xe0b896);
    private static final ColorRGBA HAIR = Palette.rgb(0x2a2220);
    private static final ColorRGBA UNIFORM = Palette.rgb(0x243b63);
    private static final ColorRGBA COLLAR = Palette.rgb(0xf2f4f7);
    private static final ColorRGBA[] SHIRTS = {Palette.rgb(0x8a4f4f), Palette.rgb(0x4f6f8a), Palette.rgb(0x6b8a4f),
        Palette.rgb(0xc9a14a), Palette.rgb(0x7a5c8a), Palette.rgb(0x5a5a5a)};
    private static final ColorRGBA[] TROUSERS = {Palette.rgb(0x2d3440), Palette.rgb(0x4a4f5a), Palette.rgb(0x6b5a45)};
    /** Of the waiting seats, about this many in a hundred are taken. */
    private static final int TAKEN_PER_HUNDRED = 30;

    private final Palette palette;

    PeopleBuilder(Palette palette) {
        this.palette = palette;
    }

    /** A clerk in uniform, seated facing the citizen's side of the counter. */
    Node clerk(String name) {
        Node clerk = seated(name, UNIFORM, TROUSERS[0]);
        clerk.attachChild(Shapes.local("collar", 0, 1.1f, 0.0f, 0.08f, 0.03f, 0.03f, palette.lit(COLLAR)));
        return clerk;
    }

    /** A citizen waiting on seat {@code seat} of a fixture, or null when that seat is free. */
    Node citizen(String fixture, int seat) {
        int h = Math.floorMod((fixture + "#" + seat).hashCode() * 0x9E3779B1, 1_000_003);
        if (h % 100 >= TAKEN_PER_HUNDRED) {
            return null;
        }
        return seated("citizen-" + fixture + "-" + seat, SHIRTS[h / 100 % SHIRTS.length], TROUSERS[h / 7 % TROUSERS.length]);
    }

    private Node seated(String name, ColorRGBA shirt, ColorRGBA trousers) {
        Node p = new Node(name);
        for (float side : new float[] {-0.09f, 0.09f}) {
            p.attachChild(Shapes.local("shin", side, 0.23f, 0.3f, 0.055f, 0.23f, 0.06f, palette.lit(trousers)));
            p.attachChild(Shapes.local("thigh", side, 0.54f, 0.12f, 0.065f, 0.06f, 0.2f, palette.lit(trousers)));
            p.attachChild(Shapes.local("arm", side * 2.45f, 0.84f, 0.0f, 0.05f, 0.2f, 0.06f, palette.lit(shirt)));
        }
        p.attachChild(Shapes.local("torso", 0, 0.85f, -0.06f, 0.17f, 0.25f, 0.1f, palette.lit(shirt)));
        p.attachChild(Shapes.local("head", 0, 1.24f, -0.05f, 0.09f, 0.11f, 0.1f, palette.lit(SKIN)));
        p.attachChild(Shapes.local("hair", 0, 1.36f, -0.07f, 0.095f, 0.035f, 0.105f, palette.lit(HAIR)));
        return p;
    }
}
