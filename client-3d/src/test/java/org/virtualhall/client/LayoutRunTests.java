package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/**
 * The shipped hall's busiest window and one of its items at the three screen sizes, in 大字 too, and after a resize: what
 * is drawn (the report's {@code screen.*} rectangles) never overlaps, every item of the window is listed, every published
 * field of the item is shown, and the list takes its column's height down to the caption bar. Screenshots stay in
 * {@code target/layout-screens/WxH/} ({@code WxH-large/} in 大字).
 */
class LayoutRunTests {

    private static final Path SHOTS = Path.of("target", "layout-screens");
    private static final Hall HALL = HallLoader.fromClasspath();
    /** The window with the most items: its list needs pages at every size. */
    private static final String BUSIEST = HALL.windows().stream()
            .max((a, b) -> Integer.compare(HALL.itemsAt(a.number()).size(), HALL.itemsAt(b.number()).size()))
            .orElseThrow().number();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1280, 720, false", "1920, 1080, false", "2560, 1440, false", "1280, 720, true"})
    void panelsCaptionRadarAndCardNeverOverlapAndLongListsArePaged(int width, int height, boolean large) throws Exception {
        Item item = HALL.itemsAt(BUSIEST).get(0);
        String script = """
                frames 3
                open %s
                frames 3
                screenshot window
                checkpoint window
                item %s
                frames 3
                screenshot item
                checkpoint item
                """.formatted(BUSIEST, item.code());
        String size = width + "x" + height + (large ? "-large" : "");
        List<String> args = new ArrayList<>(List.of("--offline", "--no-audio", "--size", width + "x" + height,
                "--screenshots", SHOTS.resolve(size).toAbsolutePath().toString()));
        if (large) {
            args.add("--large-text");
        }
        ClientRun.Result run;
        try (XvfbDisplay display = XvfbDisplay.start(width, height)) {
            run = ClientRun.run(display.display(), dir.resolve("run"), script, Map.of(), args.toArray(String[]::new));
        }
        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.report().path("size").asText()).isEqualTo(width + "x" + height);

        JsonNode window = run.checkpoint("window").path("facts");
        assertNoOverlap(window, width, height);
        assertThat(window.path("panel.rows").asInt()).as("every item of the window in the list")
                .isEqualTo(HALL.itemsAt(BUSIEST).size());
        assertThat(window.path("panel.pages").asInt()).as("a long list is paged").isGreaterThan(1);
        assertThat(window.path("panel.pageRows").asInt()).as("a page holds five items or more, in 大字 too")
                .isGreaterThanOrEqualTo(5);
        Rect column = ClientRun.rect(window.path("layout.panel"));
        Rect drawn = ClientRun.rect(window.path("screen.panel"));
        assertThat(drawn.y() - column.y()).as("the list takes the column's height down to the caption bar, %s in %s", drawn, column)
                .isLessThan(height / 12f);
        assertThat(ClientRun.rect(window.path("screen.hud")).height()).as("the hall's card keeps to its title line")
                .isLessThanOrEqualTo(ClientRun.rect(window.path("layout.hudTitle")).height() + 1);

        JsonNode sheet = run.checkpoint("item").path("facts");
        assertNoOverlap(sheet, width, height);
        List<String> fields = new ArrayList<>();
        sheet.path("item.fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("办件类型", "责任部门", "申办条件", "收费标准与依据", "咨询电话", "办事程序", "办理时限", "设立依据");
        assertThat(sheet.path("panel.rows").asInt()).as("a row per field and per material")
                .isGreaterThanOrEqualTo(fields.size() + item.materials().size());
        Rect panel = ClientRun.rect(sheet.path("screen.panel"));
        assertThat(Pixels.of(screenshot(size, "item")).share((int) panel.x(), height - (int) panel.top(), (int) panel.width(),
                (int) panel.height(), Pixels::panelDark)).as("the item sheet drawn where the report says").isGreaterThan(0.3);
    }

    @Test
    void aResizedWindowKeepsEverythingApart() throws Exception {
        try (XvfbDisplay display = XvfbDisplay.start(1920, 1080)) {
            ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("resize"), """
                    frames 3
                    open %s
                    frames 2
                    resize 1600x900
                    frames 3
                    screenshot resized
                    """.formatted(BUSIEST), Map.of(), "--offline", "--no-audio", "--size", "1280x720",
                    "--screenshots", SHOTS.resolve("resized").toAbsolutePath().toString());
            assertThat(run.exitCode()).as(run.log()).isZero();
            assertThat(run.report().path("size").asText()).isEqualTo("1600x900");
            assertThat(run.facts().path("layout.scale").asDouble()).isEqualTo(900 / 720.0, within(1e-4));
            assertNoOverlap(run.facts(), 1600, 900);
        }
    }

    /** The rectangles the client reported drawing: each on the screen, none over another. */
    private static void assertNoOverlap(JsonNode facts, int width, int height) {
        Map<String, Rect> drawn = new LinkedHashMap<>();
        for (String name : List.of("panel", "caption", "radar", "hud", "keys")) {
            JsonNode r = facts.path("screen." + name);
            if (r.size() == 4) {
                drawn.put(name, new Rect((float) r.get(0).asDouble(), (float) r.get(1).asDouble(), (float) r.get(2).asDouble(),
                        (float) r.get(3).asDouble()));
            }
        }
        assertThat(drawn).as(facts.toString()).containsKeys("panel", "caption", "radar", "hud");
        Rect screen = new Rect(0, 0, width, height);
        List<String> names = List.copyOf(drawn.keySet());
        for (int i = 0; i < names.size(); i++) {
            Rect a = drawn.get(names.get(i));
            assertThat(a.within(screen)).as(names.get(i) + " " + a + " on the screen").isTrue();
            for (int j = i + 1; j < names.size(); j++) {
                Rect b = drawn.get(names.get(j));
                assertThat(a.overlaps(b)).as(names.get(i) + " " + a + " over " + names.get(j) + " " + b).isFalse();
            }
        }
    }

    private static Path screenshot(String size, String name) throws Exception {
        try (var files = Files.list(SHOTS.resolve(size))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".png")).findFirst().orElseThrow();
        }
    }
}
