package org.virtualhall.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.virtualhall.client.testing.ClientRun;
import org.virtualhall.client.testing.Pixels;
import org.virtualhall.client.testing.XvfbDisplay;
import org.virtualhall.launch.http.Answer;
import org.virtualhall.launch.http.JsonHttp;
import org.virtualhall.model.hall.HallLoader;

/**
 * 目录发布 end to end: the administrator moves the complaints window D05 from the ground floor up to the
 * second floor (in this hall a window's number carries its zone, so upstairs it becomes E12: the window is
 * saved there, its staff and item follow it, D05 goes), adds an item, and in 全景管理 a hotspot in the D zone's
 * panorama that points to the moved window, then publishes. The outer hall API, its panorama photos, the search
 * index and the 3D hall started against it all show the change.
 */
@ExtendWith({HallStackExtension.class, DisplayExtension.class})
class CatalogRoundTripTests {

    static final String OLD = "D05";
    static final String MOVED = "E12";
    static final double X = 39.2;
    static final double Y = 2.0;
    static final String NEW_ITEM = "GA090";
    static final String NEW_NAME = "养犬登记";
    static final String VIEWPOINT = "f1-zone-d";

    private final HallStack stack;
    private final XvfbDisplay display;

    CatalogRoundTripTests(HallStack stack, XvfbDisplay display) {
        this.stack = stack;
        this.display = display;
    }

    @Test
    void aWindowMovedUpstairsAndANewItemReachTheHallApiTheSearchAndThe3dHall() throws Exception {
        try (Clerk admin = new Clerk(stack)) {
            admin.login("admin");
            BackOffice office = new BackOffice(admin.browser());
            moveComplaintsWindowUpstairs(office);
            addDogRegistration(office);
            office.addHotspot(VIEWPOINT, Map.of("hs-yaw", "20", "hs-pitch", "0", "hs-kind", "WINDOW", "hs-target", MOVED,
                    "hs-label", "投诉受理已迁至二楼"));
            office.publish();
        }

        JsonNode hall = await("the publication in the outer /api/hall").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> JsonHttp.to(stack.outer()).json("/api/hall"), h -> find(h.path("windows"), "number", MOVED) != null);
        JsonNode moved = find(hall.path("windows"), "number", MOVED);
        assertThat(moved.path("floor").asInt()).isEqualTo(2);
        assertThat(moved.path("position").path("x").asDouble()).isEqualTo(X);
        assertThat(moved.path("position").path("y").asDouble()).isEqualTo(Y);
        assertThat(moved.path("sign").asText()).isEqualTo("投诉受理窗口");
        assertThat(find(hall.path("windows"), "number", OLD)).as("D05 is gone").isNull();
        assertThat(Answer.texts(find(hall.path("items"), "code", "ZW001").path("windows"))).containsExactly(MOVED);
        assertThat(find(hall.path("items"), "code", NEW_ITEM).path("name").asText()).isEqualTo(NEW_NAME);
        assertThePanoramaCarriesTheNewHotspot(find(hall.path("viewpoints"), "id", VIEWPOINT));

        for (String words : List.of(NEW_NAME, "养狗")) {
            List<String> hits = await("search for " + words + " finds the new item").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> ids(JsonHttp.to(stack.outer()).json("/api/search?type=item&q=" + JsonHttp.query(words))),
                            ids -> ids.contains(NEW_ITEM));
            assertThat(hits.indexOf(NEW_ITEM)).as("rank of " + NEW_ITEM + " for " + words + " in " + hits).isLessThan(3);
        }

        assertThe3dHallPlacesTheWindowUpstairs();
    }

    private void moveComplaintsWindowUpstairs(BackOffice office) {
        office.save("/admin/windows/" + OLD, Map.of("number", MOVED, "floor", "2", "zone", "E",
                "x", String.valueOf(X), "y", String.valueOf(Y), "facing", "SOUTH"), MOVED);
        HallLoader.fromClasspath().staff().stream().filter(s -> s.window().equals(OLD))
                .forEach(s -> office.save("/admin/staff/" + s.badge(), Map.of("window", MOVED), s.name()));
        office.save("/admin/items/ZW001", Map.of("windows", MOVED), "政务服务投诉受理");
        office.deleteWindow(OLD);
    }

    private void addDogRegistration(BackOffice office) {
        office.save("/admin/items/new", Map.ofEntries(Map.entry("code", NEW_ITEM), Map.entry("unifiedCode", "330101090000"),
                Map.entry("name", NEW_NAME), Map.entry("department", "GA"), Map.entry("category", "犬只管理"),
                Map.entry("legalBasis", "《青溪县养犬管理规定》"),
                Map.entry("conditions", "在县城规划区内养狗的居民，须办理养犬登记"),
                Map.entry("materials", "犬只狂犬病免疫证明|MAIN|ORIGINAL|1|必交|"),
                Map.entry("form", "dogName|犬只名称|TEXT|必填||20"),
                Map.entry("windows", "A02"), Map.entry("phone", "0571-64010110"), Map.entry("responsible", "治安户政大队")),
                NEW_NAME);
    }

    /** The hotspot crossed the gap with the catalog; the viewpoint's photo answers on the outer API as a 2:1 JPEG. */
    private void assertThePanoramaCarriesTheNewHotspot(JsonNode viewpoint) throws Exception {
        assertThat(viewpoint).as("viewpoint " + VIEWPOINT + " in /api/hall").isNotNull();
        JsonNode added = find(viewpoint.path("hotspots"), "target", MOVED);
        assertThat(added).as("the hotspot added in 全景管理").isNotNull();
        assertThat(added.path("kind").asText()).isEqualTo("WINDOW");
        assertThat(added.path("yaw").asDouble()).isEqualTo(20);
        assertThat(added.path("label").asText()).isEqualTo("投诉受理已迁至二楼");
        HttpResponse<byte[]> photo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.outer() + viewpoint.path("panorama").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(image.getWidth()).isEqualTo(2 * image.getHeight());
    }

    /** The client, started against the outer API after the publication, builds E12 on the second floor. */
    private void assertThe3dHallPlacesTheWindowUpstairs() throws Exception {
        String script = """
                frames 3
                locate %1$s
                at 2 %2$s 7 0
                look 0 8
                frames 3
                screenshot moved
                open A02
                item %3$s
                frames 2
                screenshot new-item
                """.formatted(MOVED, X, NEW_ITEM);
        ClientRun.Result run = ClientRun.run(display.display(), Path.of("target", "journey", "round-trip").toAbsolutePath(),
                script, Map.of(), "--server", stack.outer() + "/", "--no-audio");
        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.report().path("hallSource").asText()).startsWith(stack.outer().toString());
        JsonNode where = run.facts().path("locate." + MOVED);
        assertThat(where.path("floor").asInt()).isEqualTo(2);
        assertThat(where.path("sceneFloor").asInt()).as("sign built in the second floor's scene").isEqualTo(2);
        assertThat(where.path("signX").asDouble()).isCloseTo(X, org.assertj.core.data.Offset.offset(0.2));
        assertThat(where.path("signZ").asDouble()).isCloseTo(Y, org.assertj.core.data.Offset.offset(0.2));
        assertThat(run.facts().path("window.item").asText()).isEqualTo(NEW_ITEM);
        Pixels sign = Pixels.of(run.screenshot("moved"));
        assertThat(sign.share(500, 290, 280, 95, CatalogRoundTripTests::signBlue)).as("E12's sign ahead upstairs")
                .isGreaterThan(0.4);
        Screenshots.keep(run.screenshot("moved"), "9-moved-window");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("hits").forEach(h -> out.add(h.path("id").asText()));
        return out;
    }


    private static boolean signBlue(int c) {
        return Pixels.b(c) > 110 && Pixels.b(c) < 170 && Pixels.r(c) < 60 && Pixels.g(c) > 55 && Pixels.g(c) < 110;
    }
}
