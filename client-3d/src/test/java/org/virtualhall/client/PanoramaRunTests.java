package org.virtualhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.OnXvfb;
import org.virtualhall.client.testing.Pixels;

/**
 * 实景 in the real client: a viewpoint's photo around the citizen, its hotspots picked where they are drawn — a window's
 * leads to its panel, a viewpoint's to the next panorama — and Esc back into the hall at the spot, facing the same way;
 * walking onto a viewpoint's mark steps in once per arrival, and a mark's label overhead is hidden when one stands by it.
 */
class PanoramaRunTests extends OnXvfb {

    @Test
    void hotspotsLeadToTheWindowAndTheNextViewpointAndEscReturnsToTheHall() throws Exception {
        String script = """
                frames 3
                at 1 8 16 270
                frames 3
                screenshot walk
                panorama f1-zone-a
                panorama-look 0 0
                frames 3
                screenshot panorama
                checkpoint panorama
                panorama-look 56.3 1.3
                frames 2
                panorama-pick
                wait-panel window
                frames 2
                screenshot hotspot-window
                checkpoint window
                close
                frames 2
                panorama-look -158.4 -3.7
                frames 2
                panorama-pick
                wait-fact panorama f1-guide
                panorama-look 90 0
                frames 3
                screenshot next
                checkpoint next
                press ESCAPE
                frames 3
                checkpoint back
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("panorama"), script, Map.of(),
                "--offline", "--no-audio", "--idle", "0");

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode inside = run.checkpoint("panorama").path("facts");
        assertThat(inside.path("panorama").asText()).isEqualTo("f1-zone-a");
        assertThat(inside.path("panorama.photo").asText()).isEqualTo("full");
        assertThat(inside.path("panorama.hotspots").asInt()).isEqualTo(5);
        assertThat(changedShare(run.screenshot("walk"), run.screenshot("panorama"))).as("the photo, not the walk view")
                .isGreaterThan(0.2);
        assertThat(Pixels.of(run.screenshot("panorama")).share(0, 0, OnXvfb.WIDTH, OnXvfb.HEIGHT,
                rgb -> Pixels.r(rgb) > 200 && Pixels.g(rgb) > 100 && Pixels.g(rgb) < 170 && Pixels.b(rgb) < 60))
                .as("the orange dots of the window hotspots").isGreaterThan(0.0001);

        JsonNode window = run.checkpoint("window").path("facts");
        assertThat(window.path("panorama.hotspot").asText()).isEqualTo("1 WINDOW A01");
        assertThat(window.path("panel").asText()).isEqualTo("window");
        assertThat(window.path("window.open").asText()).isEqualTo("A01");
        assertThat(Pixels.of(run.screenshot("hotspot-window")).panelShown()).isTrue();

        JsonNode next = run.checkpoint("next").path("facts");
        assertThat(next.path("panorama").asText()).isEqualTo("f1-guide");
        assertThat(changedShare(run.screenshot("panorama"), run.screenshot("next"))).isGreaterThan(0.2);

        JsonNode back = run.checkpoint("back");
        assertThat(back.path("facts").path("panorama").asText()).isEqualTo("none");
        assertThat(back.path("floor").asInt()).isEqualTo(1);
        assertThat(back.path("x").asDouble()).isCloseTo(32, within(0.01));
        assertThat(back.path("y").asDouble()).isCloseTo(25.5, within(0.01));
        assertThat(back.path("heading").asDouble()).as("facing the way the panorama was looked at, east")
                .isCloseTo(90, within(0.5));
    }

    @Test
    void walkingOntoAMarkStepsInOnceAndAgainOnlyAfterWalkingOffAndBackOn() throws Exception {
        String script = """
                frames 3
                checkpoint start
                at 1 8 18.5 0
                frames 2
                checkpoint approach
                forward 2.5
                wait-fact panorama f1-zone-a
                frames 3
                screenshot arrived
                checkpoint arrived
                press ESCAPE
                frames 3
                look 0
                forward 0.2
                frames 5
                checkpoint still-on-mark
                forward 1.5
                frames 3
                checkpoint off-mark
                look 180
                forward 1.6
                wait-fact panorama f1-zone-a
                checkpoint back-on-mark
                """;
        ClientRun.Result run = ClientRun.run(display.display(), dir.resolve("arrival"), script, Map.of(),
                "--offline", "--no-audio", "--idle", "0");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.checkpoint("approach").path("facts").path("panorama").asText()).isNotEqualTo("f1-zone-a");
        assertThat(run.checkpoint("start").path("facts").path("panorama.labelsHidden").toString())
                .as("the entrance's 全景 label, over the head of a visitor who just came in").isEqualTo("[\"f1-entrance\"]");
        assertThat(run.checkpoint("approach").path("facts").path("panorama.labelsHidden").toString()).isEqualTo("[\"f1-zone-a\"]");
        JsonNode arrived = run.checkpoint("arrived");
        assertThat(arrived.path("facts").path("panorama").asText()).isEqualTo("f1-zone-a");
        assertThat(arrived.path("facts").path("panorama.photo").asText()).isEqualTo("full");
        JsonNode still = run.checkpoint("still-on-mark");
        assertThat(still.path("facts").path("panorama").asText()).as("not pulled back in on the mark").isEqualTo("none");
        assertThat(still.path("x").asDouble()).isCloseTo(8, within(0.01));
        assertThat(still.path("y").asDouble()).as("a step, still on the mark").isCloseTo(15.8, within(0.01));
        assertThat(run.checkpoint("off-mark").path("facts").path("panorama").asText()).isEqualTo("none");
        assertThat(run.checkpoint("off-mark").path("y").asDouble()).isCloseTo(14.3, within(0.01));
        assertThat(run.checkpoint("back-on-mark").path("facts").path("panorama").asText()).isEqualTo("f1-zone-a");
    }

    /** Share of pixels that differ clearly between two screenshots of the same size. */
    private static double changedShare(Path a, Path b) throws IOException {
        BufferedImage x = ImageIO.read(a.toFile());
        BufferedImage y = ImageIO.read(b.toFile());
        long changed = 0;
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                int p = x.getRGB(i, j);
                int q = y.getRGB(i, j);
                int d = Math.abs(Pixels.r(p) - Pixels.r(q)) + Math.abs(Pixels.g(p) - Pixels.g(q)) + Math.abs(Pixels.b(p) - Pixels.b(q));
                if (d > 60) {
                    changed++;
                }
            }
        }
        return (double) changed / (x.getWidth() * x.getHeight());
    }
}
