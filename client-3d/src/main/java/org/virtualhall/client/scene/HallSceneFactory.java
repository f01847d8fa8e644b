package org.virtualhall.client.scene;

import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapFont;
import com.jme3.scene.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.layout.Connector;
import org.virtualhall.model.layout.Floor;

/**
 * Generates the 3D hall from its data: one node per floor, everything placed from the layout and windows, with a clerk
 * at each window someone is on duty at.
 */
public final class HallSceneFactory {

    private final FloorBuilder floors;
    private final CounterBuilder counters;
    private final FixtureBuilder fixtures;
    private final ConnectorBuilder connectors;

    public HallSceneFactory(AssetManager assets, BitmapFont font) {
        Palette palette = new Palette(assets);
        SignMaker signs = new SignMaker(font, palette);
        this.floors = new FloorBuilder(palette, signs);
        PeopleBuilder people = new PeopleBuilder(palette);
        this.counters = new CounterBuilder(palette, signs, people);
        this.fixtures = new FixtureBuilder(palette, signs, people);
        this.connectors = new ConnectorBuilder(palette, signs);
    }

    public Map<Integer, Node> build(Hall hall) {
        Map<Integer, Node> nodes = new LinkedHashMap<>();
        for (Floor floor : hall.layout().floors()) {
            nodes.put(floor.level(), floor(hall, floor));
        }
        return nodes;
    }

    /** One floor's node. */
    public Node floor(Hall hall, Floor floor) {
        Node node = new Node("floor-" + floor.level());
        floors.build(floor, node);
        hall.windows().stream().filter(w -> w.floor() == floor.level())
                .forEach(w -> node.attachChild(counters.build(w, hall.onDutyAt(w.number()).isPresent())));
        floor.fixtures().forEach(f -> node.attachChild(fixtures.build(f, floor.height())));
        for (Connector c : hall.layout().connectors()) {
            if (c.floors().contains(floor.level())) {
                node.attachChild(connectors.build(c, floor.level(), floor.height()));
            }
        }
        return node;
    }
}
