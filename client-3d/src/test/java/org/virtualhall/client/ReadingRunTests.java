package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.ui.Rect;
import org.virtualhall.client.ui.ScreenLayout;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.hall.Hall;
import org.virtualhall.model.hall.HallLoader;

/**
 * Reading help with the keys alone: 大字 and 高对比 from the command line, the window's items and an item's 一次性告知
 * read aloud one by one (F10), the last prompt again (F8), the caption history (F9), the speech rate (F12); what was
 * chosen is there at the next start.
 */
class ReadingRunTests extends OnXvfb {

    private static final Hall HALL = HallLoader.fromClasspath();

    @Test
    void largeTextHighContrastReadingAloudAndTheSpeechRateAreKeptForTheNextVisit() throws Exception {
        Path config = dir.resolve("config");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
        Item item = HALL.itemsAt("D04").get(0);
        ClientRun.Result first = ClientRun.run(display.display(), dir.resolve("first"), """
                frames 3
                open D04
                frames 2
                press F10
                checkpoint window-read
                item %s
                frames 2
                screenshot contrast
                press F10
                checkpoint item-read
                press F8
                press F9
                wait-panel captions
                frames 2
                checkpoint history
                press F12
                press F7
                frames 2
                """.formatted(item.code()), env, "--offline", "--no-audio", "--large-text", "--high-contrast");
        assertThat(first.exitCode()).as(first.log()).isZero();

        JsonNode windowRead = first.checkpoint("window-read").path("facts");
        assertThat(windowRead.path("reading.largeText").asBoolean()).isTrue();
        assertThat(windowRead.path("reading.highContrast").asBoolean()).isTrue();
        assertThat(windowRead.path("layout.scale").asDouble()).isCloseTo(ScreenLayout.LARGE_TEXT, within(1e-4));
        List<Item> items = HALL.itemsAt("D04");
        assertThat(ClientRun.captions(windowRead)).as("each item of the window, one by one").contains("D04窗口可办理" + items.size() + "项事项",
                "第1项，" + items.get(0).name(), "第" + items.size() + "项，" + items.get(items.size() - 1).name());
        List<String> itemRead = ClientRun.captions(first.checkpoint("item-read").path("facts"));
        assertThat(itemRead).contains(item.name() + "，一次性告知，共" + item.materials().size() + "项材料");
        assertThat(itemRead.get(itemRead.size() - 1)).startsWith("第" + item.materials().size() + "项，" + item.materials()
                .get(item.materials().size() - 1).name());

        JsonNode history = first.checkpoint("history").path("facts");
        assertThat(history.path("voice.repeated").asInt()).isEqualTo(1);
        assertThat(history.path("panel").asText()).isEqualTo("captions");
        assertThat(history.path("captions.shown").asInt()).isEqualTo(ClientRun.captions(history).size());
        assertThat(first.facts().path("reading.speechRate").asInt()).isEqualTo(200);
        assertThat(first.facts().path("reading.highContrast").asBoolean()).isFalse();

        Pixels contrast = Pixels.of(first.screenshot("contrast"));
        Rect panel = ClientRun.rect(first.checkpoint("item-read").path("facts").path("screen.panel"));
        assertThat(contrast.share((int) panel.x() + 4, HEIGHT - (int) panel.top() + 4, (int) panel.width() - 8,
                (int) panel.height() - 8, c -> Pixels.r(c) < 8 && Pixels.g(c) < 8 && Pixels.b(c) < 8))
                .as("the panel drawn opaque black").isGreaterThan(0.5);

        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(config.resolve("virtual-hall").resolve("settings.properties"))) {
            kept.load(in);
        }
        assertThat(kept).containsEntry("speech-rate", "200").containsEntry("high-contrast", "false")
                .containsEntry("large-text", "true");

        ClientRun.Result next = ClientRun.run(display.display(), dir.resolve("next"), "frames 3\n", env, "--offline", "--no-audio");
        assertThat(next.exitCode()).as(next.log()).isZero();
        assertThat(next.facts().path("reading.largeText").asBoolean()).as("大字 remembered").isTrue();
        assertThat(next.facts().path("reading.highContrast").asBoolean()).isFalse();
        assertThat(next.facts().path("reading.speechRate").asInt()).isEqualTo(200);
        assertThat(next.facts().path("layout.scale").asDouble()).isCloseTo(ScreenLayout.LARGE_TEXT, within(1e-4));
    }
}
