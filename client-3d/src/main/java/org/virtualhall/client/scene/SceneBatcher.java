package org.virtualhall.client.scene;

import com.jme3.asset.AssetManager;
import com.jme3.font.BitmapText;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.util.ArrayList;
import java.util.List;
import jme3tools.optimize.GeometryBatchFactory;

/**
 * Merges a floor's static boxes into a few meshes (one per material) so the software renderer draws the
 * hall in tens of calls instead of thousands, and bakes the hall's light into them ({@link LightBaker}).
 * Text stays out of the batch: merged BitmapText meshes lose their glyphs, so labels keep their own geometry
 * (with world transforms baked into a labels node).
 */
public final class SceneBatcher {

    private final LightBaker baker;

    public SceneBatcher(AssetManager assets) {
        this.baker = new LightBaker(assets);
    }

    public Node batch(Node floor) {
        List<BitmapText> texts = new ArrayList<>();
        floor.depthFirstTraversal(s -> {
            if (s instanceof BitmapText t) {
                texts.add(t);
            }
        });
        Node labels = new Node("labels");
        for (BitmapText text : texts) {
            com.jme3.math.Transform world = text.getWorldTransform().clone();
            text.removeFromParent();
            text.setLocalTransform(world);
            labels.attachChild(text);
        }
        GeometryBatchFactory.optimize(floor);
        baker.bake(floor);
        Node out = new Node(floor.getName());
        for (Spatial child : new ArrayList<>(floor.getChildren())) {
            out.attachChild(child);
        }
        out.attachChild(labels);
        return out;
    }
}
