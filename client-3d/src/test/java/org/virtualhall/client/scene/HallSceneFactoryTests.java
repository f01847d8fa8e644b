package org.virtualhall.client.scene;

import static org.assertj.core.api.Assertions.assertThat;

import com.jme3.asset.DesktopAssetManager;
import com.jme3.font.BitmapFont;
import com.jme3.font.BitmapText;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.font.CjkFontFactory;
import org.virtualhall.client.font.GlyphSet;
import org.virtualhall.model.catalog.Window;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

class HallSceneFactoryTests {

    private final Hall hall = HallLoader.fromClasspath();
    private final DesktopAssetManager assets = new DesktopAssetManager(true);
    private final BitmapFont font = new CjkFontFactory(24).create(assets, new GlyphSet().add(hall.toString()));

    @Test
    void everyWindowGetsACounterWithItsNumberAndSignOnItsFloor() {
        Map<Integer, Node> floors = new HallSceneFactory(assets, font).build(hall);

        assertThat(floors.keySet()).containsExactly(1, 2);
        for (Window w : hall.windows()) {
            Node counter = (Node) floors.get(w.floor()).getChild("window-" + w.number());
            assertThat(counter).as("counter of %s", w.number()).isNotNull();
            assertThat(counter.getLocalTranslation().x).isEqualTo((float) w.position().x());
            assertThat(counter.getLocalTranslation().z).isEqualTo((float) w.position().y());
            assertThat(texts(counter)).contains(w.number() + " 窗口", w.sign());
        }
    }

    @Test
    void aClerkSitsAtEveryWindowSomeoneIsOnDutyAtAndCitizensWaitOnSomeSeats() {
        Map<Integer, Node> floors = new HallSceneFactory(assets, font).build(hall);

        for (Window w : hall.windows()) {
            Node counter = (Node) floors.get(w.floor()).getChild("window-" + w.number());
            assertThat(counter.getChild("clerk-" + w.number()) != null).as("clerk at %s", w.number())
                    .isEqualTo(hall.onDutyAt(w.number()).isPresent());
        }
        List<Spatial> waiting = floors.get(1).descendantMatches("citizen-.*");
        assertThat(waiting).hasSizeGreaterThan(10);
        List<Spatial> again = new HallSceneFactory(assets, font).build(hall).get(1).descendantMatches("citizen-.*");
        assertThat(again.stream().map(Spatial::getName)).as("the same seats are taken each time")
                .containsExactlyElementsOf(waiting.stream().map(Spatial::getName).toList());
    }

    @Test
    void furnitureAndStairsAreLabelledInChinese() {
        Map<Integer, Node> floors = new HallSceneFactory(assets, font).build(hall);

        List<String> groundFloor = texts(floors.get(1));
        assertThat(groundFloor).contains("咨询导办台", "政务公开栏", "休息等待区");
        assertThat(groundFloor).anyMatch(t -> t.startsWith("楼梯") && t.contains("二楼"));
        assertThat(groundFloor).anyMatch(t -> t.startsWith("电梯"));
    }

    @Test
    void theFontHoldsEveryCharacterOfTheHallData() {
        hall.windows().forEach(w -> w.sign().codePoints()
                .forEach(c -> assertThat(font.getCharSet().getCharacter(c)).as("glyph %c", c).isNotNull()));
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        node.depthFirstTraversal(s -> {
            if (s instanceof BitmapText t) {
                out.add(t.getText());
            }
        });
        return out;
    }
}
